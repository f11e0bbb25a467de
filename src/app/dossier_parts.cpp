#include "app/dossier_parts.hpp"

#include "core/dates.hpp"
#include "core/messages.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <sstream>

namespace acquis::app {

namespace {

// The order of a dossier's elements (docs/formats.md): a new element goes before the first one
// that follows it.
constexpr std::array kOrder = {"inscription", "autoevaluation", "entrevue",
                               "observation", "evaluation",     "reconnaissance",
                               "volet",       "etapes",         "pieces"};

std::size_t rank(const char* name) {
  const auto it = std::find_if(kOrder.begin(), kOrder.end(),
                               [name](const char* n) { return std::string(n) == name; });
  return static_cast<std::size_t>(it - kOrder.begin());
}

pugi::xml_node insert_in_order(pugi::xml_node dossier, const char* name) {
  for (pugi::xml_node child : dossier.children())
    if (child.type() == pugi::node_element && rank(child.name()) > rank(name))
      return dossier.insert_child_before(name, child);
  return dossier.append_child(name);
}

void set(pugi::xml_node node, const char* name, const std::string& value) {
  if (value.empty()) return void(node.remove_attribute(name));
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(value.c_str());
}

// Texts compared as the loader reads them: white space folded (a remark wrapped over lines
// is the same remark).
bool same_text(const std::string& a, const std::string& b) {
  return fold_white_space(a) == fold_white_space(b);
}

// An English twin stays while the French it translates is unchanged.
void keep_english(pugi::xml_node old, pugi::xml_node fresh, const char* french, const char* english,
                  const std::string& new_french) {
  if (old && same_text(new_french, old.attribute(french).value()) && old.attribute(english))
    set(fresh, english, old.attribute(english).value());
}

void set_text(pugi::xml_node node, const std::string& text) {
  while (node.first_child()) node.remove_child(node.first_child());
  if (!text.empty()) node.append_child(pugi::node_pcdata).set_value(text.c_str());
}

// An element's text kept as written (its line breaks) when only its white space differs.
void set_text_keeping(pugi::xml_node node, pugi::xml_node old, const std::string& text) {
  const std::string before = old ? old.child_value() : "";
  set_text(node, old && same_text(before, text) ? before : text);
}

void remove_children(pugi::xml_node parent, const char* name) {
  while (pugi::xml_node child = parent.child(name)) parent.remove_child(child);
}

void write_steps(pugi::xml_node dossier, const AssessmentRecord& values) {
  pugi::xml_node steps = dossier.child("etapes");
  if (values.steps.empty()) return void(dossier.remove_child(steps));
  if (!steps) steps = insert_in_order(dossier, "etapes");
  pugi::xml_document old;
  old.append_copy(steps);
  remove_children(steps, "etape");
  for (const AssessmentRecord::Step& s : values.steps) {
    const std::string number = std::to_string(s.number);
    const pugi::xml_node before =
        old.first_child().find_child_by_attribute("etape", "numero", number.c_str());
    pugi::xml_node step = steps.append_child("etape");
    set(step, "numero", number);
    set(step, "prevue", s.planned);
    set(step, "heure", s.time);
    set(step, "lieu", s.place.fr);
    keep_english(before, step, "lieu", "lieu-en", s.place.fr);
    set(step, "faite", s.done);
    set(step, "par", s.by);
    set_text_keeping(step, before, s.remark.fr);
    if (before && same_text(s.remark.fr, before.child_value()) && before.attribute("en"))
      set(step, "en", before.attribute("en").value());
  }
}

void write_documents(pugi::xml_node dossier, const AssessmentRecord& values) {
  pugi::xml_node documents = dossier.child("pieces");
  if (values.documents.empty()) return void(dossier.remove_child(documents));
  if (!documents) documents = insert_in_order(dossier, "pieces");
  remove_children(documents, "piece");
  for (const AssessmentRecord::SupportingDocument& d : values.documents) {
    pugi::xml_node piece = documents.append_child("piece");
    set(piece, "type", d.kind);
    set(piece, "recue", d.received);
  }
}

void write_self_assessment(pugi::xml_node dossier, const AssessmentRecord& values) {
  pugi::xml_node node = dossier.child("autoevaluation");
  const bool empty = values.self_assessment_date.empty() && values.answers.empty();
  if (empty && !node.child("exemples") && !node.child("joint"))
    return void(dossier.remove_child(node));
  if (!node) node = insert_in_order(dossier, "autoevaluation");
  set(node, "date", values.self_assessment_date);
  remove_children(node, "reponse");
  pugi::xml_node first = node.first_child();
  for (const AssessmentRecord::Answer& a : values.answers) {
    pugi::xml_node answer =
        first ? node.insert_child_before("reponse", first) : node.append_child("reponse");
    set(answer, "competence", a.competency);
    set(answer, "element", a.element);
    set(answer, "niveau", a.level);
  }
}

void write_interview(pugi::xml_node dossier, const AssessmentRecord& values) {
  pugi::xml_node node = dossier.child("entrevue");
  const bool empty =
      values.interview_date.empty() && values.outcomes.empty() && values.recommendation.fr.empty();
  if (empty && !node.child("formation-generale")) return void(dossier.remove_child(node));
  if (!node) node = insert_in_order(dossier, "entrevue");
  // Step 7 is done on the interview's day: a corrected date moves it too.
  const std::string held = node.attribute("date").value();
  pugi::xml_node step = dossier.child("etapes").find_child_by_attribute("etape", "numero", "7");
  CalendarDate day;
  if (!held.empty() && held == step.attribute("faite").value() &&
      parse_calendar_date(values.interview_date, day))
    set(step, "faite", values.interview_date);
  set(node, "date", values.interview_date);
  remove_children(node, "competence");
  pugi::xml_node first = node.first_child();
  for (const AssessmentRecord::Outcome& o : values.outcomes) {
    pugi::xml_node outcome =
        first ? node.insert_child_before("competence", first) : node.append_child("competence");
    set(outcome, "code", o.competency);
    set(outcome, "element", o.element);
    set(outcome, "statut", o.mastered ? "maitrisee" : "non-maitrisee");
  }
  pugi::xml_document old;
  const pugi::xml_node before = old.append_copy(node.child("recommandation"));
  node.remove_child(node.child("recommandation"));
  if (values.recommendation.fr.empty()) return;
  pugi::xml_node recommendation = node.append_child("recommandation");
  if (before && same_text(before.child_value(), values.recommendation.fr))
    set(recommendation, "en", before.attribute("en").value());
  set_text_keeping(recommendation, before, values.recommendation.fr);
}

// Elements directly under <dossier> (observations, verdicts): written where the last one was,
// each given the former elements to find the one it stands for.
using Fill =
    std::function<void(pugi::xml_node fresh, std::vector<pugi::xml_node>& old, std::size_t index)>;
void write_list(pugi::xml_node dossier, const char* name, std::size_t count, const Fill& fill) {
  pugi::xml_document old;
  std::vector<pugi::xml_node> gone;
  for (pugi::xml_node n : dossier.children(name)) gone.push_back(n);
  const pugi::xml_node place = gone.empty() ? pugi::xml_node() : gone.back().next_sibling();
  std::vector<pugi::xml_node> before;
  for (pugi::xml_node n : gone) {
    before.push_back(old.append_copy(n));
    dossier.remove_child(n);
  }
  pugi::xml_node previous;
  for (std::size_t i = 0; i < count; ++i) {
    pugi::xml_node fresh = previous ? dossier.insert_child_after(name, previous)
                           : place  ? dossier.insert_child_before(name, place)
                                    : insert_in_order(dossier, name);
    fill(fresh, before, i);
    previous = fresh;
  }
}

// The former session this one is (same competency, element, date and French comment), taken
// from the list so that two alike sessions each keep their own.
pugi::xml_node take_same(std::vector<pugi::xml_node>& old, const AssessmentRecord::Observation& o) {
  for (pugi::xml_node& n : old) {
    if (!n || o.competency != n.attribute("competence").value() ||
        o.element != n.attribute("element").value() || o.date != n.attribute("date").value() ||
        !same_text(o.comment.fr, n.attribute("commentaire").value()))
      continue;
    const pugi::xml_node found = n;
    n = pugi::xml_node();
    return found;
  }
  return {};
}

void write_observations(pugi::xml_node dossier, const AssessmentRecord& values) {
  write_list(dossier, "observation", values.observations.size(),
             [&](pugi::xml_node fresh, std::vector<pugi::xml_node>& before, std::size_t i) {
               const AssessmentRecord::Observation& o = values.observations[i];
               const pugi::xml_node old = take_same(before, o);
               set(fresh, "competence", o.competency);
               set(fresh, "element", o.element);
               set(fresh, "date", o.date);
               set(fresh, "resultat", o.result);
               set(fresh, "commentaire", o.comment.fr);
               keep_english(old, fresh, "commentaire", "commentaire-en", o.comment.fr);
             });
}

void write_verdicts(pugi::xml_node dossier, const AssessmentRecord& values) {
  write_list(dossier, "evaluation", values.verdicts.size(),
             [&](pugi::xml_node fresh, std::vector<pugi::xml_node>&, std::size_t i) {
               const AssessmentRecord::Verdict& v = values.verdicts[i];
               set(fresh, "competence", v.competency);
               set(fresh, "date", v.date);
               set(fresh, "verdict", v.verdict);
               set(fresh, "enseignant", v.teacher);
             });
}

std::vector<const char*> part_elements(DossierPart part) {
  switch (part) {
    case DossierPart::Steps:
      return {"etapes"};
    case DossierPart::Documents:
      return {"pieces"};
    case DossierPart::SelfAssessment:
      return {"autoevaluation"};
    case DossierPart::Interview:
      return {"entrevue"};
    case DossierPart::Observations:
      return {"observation"};
    case DossierPart::Evaluations:
      return {"evaluation"};
  }
  return {};
}

// The JSON key of an attribute or of an element's text.
std::string key_of(const std::string& element, const std::string& attribute) {
  if (element == "competence" && attribute == "code") return "competence";
  if (attribute.empty()) return element == "etape" ? "remarque" : "";
  return attribute;
}

// The attribute whose name or value `column` (in characters) falls on in `line`, or "".
std::string attribute_at(const std::string& line, int column) {
  std::size_t byte = 0;
  for (int c = 1; c < column && byte < line.size(); ++c) utf8::next(line, byte);
  for (std::size_t at = line.find("=\""); at != std::string::npos; at = line.find("=\"", at + 1)) {
    std::size_t start = at;
    while (start > 0 && line[start - 1] != ' ') --start;
    const std::size_t end = line.find('"', at + 2);
    if (start <= byte && byte <= end) return line.substr(start, at - start);
  }
  return {};
}

}  // namespace

void write_part(pugi::xml_node dossier, DossierPart part, const AssessmentRecord& values) {
  switch (part) {
    case DossierPart::Steps:
      return write_steps(dossier, values);
    case DossierPart::Documents:
      return write_documents(dossier, values);
    case DossierPart::SelfAssessment:
      return write_self_assessment(dossier, values);
    case DossierPart::Interview:
      return write_interview(dossier, values);
    case DossierPart::Observations:
      return write_observations(dossier, values);
    case DossierPart::Evaluations:
      return write_verdicts(dossier, values);
  }
}

std::string part_text(pugi::xml_node dossier, DossierPart part) {
  std::ostringstream out;
  for (const char* name : part_elements(part))
    for (pugi::xml_node node : dossier.children(name)) node.print(out, "", pugi::format_raw);
  return out.str();
}

std::string pointer_at(const std::string& text, int line, int column) {
  pugi::xml_document document;
  if (!document.load_string(text.c_str())) return {};
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts.push_back(i + 1);
  const auto line_of = [&](pugi::xml_node node) {
    const auto offset = static_cast<std::size_t>(node.offset_debug());
    return static_cast<int>(std::upper_bound(line_starts.begin(), line_starts.end(), offset) -
                            line_starts.begin());
  };
  if (line < 1 || static_cast<std::size_t>(line) > line_starts.size()) return {};
  const std::size_t start = line_starts[static_cast<std::size_t>(line - 1)];
  const std::string line_text = text.substr(start, text.find('\n', start) - start);
  const std::string attribute = attribute_at(line_text, column);
  const auto leaf = [&](const std::string& base, pugi::xml_node node) {
    const std::string key = key_of(node.name(), attribute);
    return key.empty() ? base : base + "/" + key;
  };
  const pugi::xml_node dossier = document.child("dossier");
  std::map<std::string, std::size_t> counts;
  for (pugi::xml_node node : dossier.children()) {
    const std::string name = node.name();
    const std::size_t index = counts[name]++;
    if (name == "observation" || name == "evaluation") {
      if (line_of(node) == line) return leaf("/" + name + "s/" + std::to_string(index), node);
      continue;
    }
    const bool own_line = line_of(node) == line;
    if (name == "etapes" || name == "pieces") {
      for (pugi::xml_node child : node.children()) {
        if (line_of(child) != line) continue;
        const std::string id =
            name == "etapes" ? child.attribute("numero").value() : child.attribute("type").value();
        return leaf("/" + name + "/" + id, child);
      }
    }
    if (name == "autoevaluation" || name == "entrevue") {
      std::size_t i = 0;
      const char* item = name == "entrevue" ? "competence" : "reponse";
      for (pugi::xml_node child : node.children(item)) {
        const std::string list = name == "entrevue" ? "/resultats/" : "/reponses/";
        if (line_of(child) == line) return leaf("/" + name + list + std::to_string(i), child);
        ++i;
      }
      if (name == "entrevue" && line_of(node.child("recommandation")) == line)
        return "/entrevue/recommandation";
      if (own_line) return attribute.empty() ? "/" + name : "/" + name + "/" + attribute;
    }
  }
  return {};
}

}  // namespace acquis::app

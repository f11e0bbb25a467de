// The observation booklet's fields: for each element or task still to observe,
// "<program>/<competency>[/<element>]/seance/<n>/<date|resultat|commentaire>"; a session with a
// date and a result becomes an <observation> of the dossier. The booklet prints the sessions
// already recorded, so the ones typed are new; one read twice is not recorded twice.
#include "app/form_content.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace acquis::app {

namespace {

constexpr std::size_t kMaxComment = 2000;  // characters

struct Session {
  std::string competency, element, number, date, result, comment;
};

// The part after the program: "01/2/seance/3/date" → competency 01, element 2, session 3, date.
struct SessionField {
  std::string competency, element, number, part;
};

bool parse_session_field(const std::string& rest, SessionField& out) {
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const std::size_t slash = rest.find('/', start);
    parts.push_back(rest.substr(start, slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.size() == 4 && parts[1] == "seance") {
    out = {parts[0], "", parts[2], parts[3]};
    return true;
  }
  if (parts.size() == 5 && parts[2] == "seance") {
    out = {parts[0], parts[1], parts[3], parts[4]};
    return true;
  }
  return false;
}

class ObservationContent : public FormContent {
 public:
  ObservationContent(const Program& program, std::string today)
      : program_(program), today_(std::move(today)) {}

  void take(const FilledField& field, const FieldProblem& problem) override {
    const std::string prefix = field_prefix(program_);
    if (field.name == "personne/code-permanent")  // a blank booklet's
      return void(typed_code_ = clean_text(field.value, true));
    if (field.name.starts_with("personne/")) return;  // the name: the list of people's
    if (!field.name.starts_with(prefix))
      return problem("form.field-foreign", {{"field", field.name}, {"program", program_.code}});
    const std::string rest = field.name.substr(prefix.size());
    if (rest.ends_with("/synthese") && field.kind == "radio") {
      syntheses_ += field.value != "Off";  // a call for the teacher, not kept in the dossier
      return;
    }
    SessionField at;
    const Competency* competency = nullptr;
    if (!parse_session_field(rest, at) || !(competency = program_.competency(at.competency)) ||
        (!at.element.empty() && !competency->element(at.element)))
      return problem("form.field-unknown", {{"field", field.name}});
    Session& s = sessions_[field.name.substr(0, field.name.rfind('/'))];
    s.competency = at.competency;
    s.element = at.element;
    s.number = at.number;
    if (at.part == "date" && field.kind == "texte") return date(s, field, problem);
    if (at.part == "commentaire" && field.kind == "texte") {
      s.comment = clean_text(field.value, true);
      if (!acceptable_text(field, s.comment, kMaxComment, problem)) s.comment.clear();
      return;
    }
    if (at.part == "resultat" && field.kind == "radio") return result(s, field, problem);
    problem("form.field-unknown", {{"field", field.name}});
  }

  bool empty() const override { return fresh().empty(); }
  std::string empty_reason() const override {
    return complete().empty() ? "form.empty" : "form.already-read";
  }
  std::string typed_code() const override { return typed_code_; }
  bool person_entry(PersonEntry&) const override { return false; }
  void know_record(const AssessmentRecord* record) override { record_ = record; }

  // A session half filled (a date without a result) says nothing sure: it is refused.
  void check_together(const FieldProblem& problem) const override {
    for (const auto& [name, s] : sessions_) {
      const bool some = !s.date.empty() || !s.result.empty() || !s.comment.empty();
      if (some && (s.date.empty() || s.result.empty()))
        problem("form.session-incomplete",
                {{"competency", s.competency},
                 {"element", s.element.empty() ? std::string("none") : s.element},
                 {"n", s.number}});
    }
  }

  // The new sessions after the recorded ones, in the program's order.
  void write_into(pugi::xml_node dossier, const std::string&) const override {
    pugi::xml_node after;
    for (pugi::xml_node o : dossier.children("observation")) after = o;
    for (const Session* s : fresh()) {
      const pugi::xml_node before = anchor(dossier);
      pugi::xml_node o = after    ? dossier.insert_child_after("observation", after)
                         : before ? dossier.insert_child_before("observation", before)
                                  : dossier.append_child("observation");
      o.append_attribute("competence") = s->competency.c_str();
      if (!s->element.empty()) o.append_attribute("element") = s->element.c_str();
      o.append_attribute("date") = s->date.c_str();
      o.append_attribute("resultat") = s->result.c_str();
      if (!s->comment.empty()) o.append_attribute("commentaire") = s->comment.c_str();
      after = o;
    }
  }

  void summarize(FormImport& result) const override {
    result.sessions = fresh().size();
    result.sessions_known = complete().size() - fresh().size();
    result.syntheses = syntheses_;
  }

 private:
  void date(Session& s, const FilledField& field, const FieldProblem& problem) {
    s.date = clean_text(field.value, true);
    acceptable_date(field, s.date, today_, problem);
  }

  void result(Session& s, const FilledField& field, const FieldProblem& problem) {
    if (field.value == "Off") return;
    if (field.value != "atteint" && field.value != "non-atteint")
      return problem("form.field-value", {{"field", field.name},
                                          {"value", field.value},
                                          {"options", std::string("atteint, non-atteint")}});
    s.result = field.value;
  }

  std::vector<const Session*> complete() const {
    std::vector<const Session*> out;
    for (const auto& [name, s] : sessions_)
      if (!s.date.empty() && !s.result.empty()) out.push_back(&s);
    // By competency and element as the program lists them, then by date.
    const auto rank = [this](const Session* s) {
      std::size_t c = 0, e = 0;
      for (; c < program_.competencies.size(); ++c)
        if (program_.competencies[c].code == s->competency) break;
      if (c < program_.competencies.size())
        for (const auto& elements = program_.competencies[c].elements; e < elements.size(); ++e)
          if (elements[e].code == s->element) break;
      return std::tuple(c, e, s->date);
    };
    std::sort(out.begin(), out.end(),
              [&rank](const Session* a, const Session* b) { return rank(a) < rank(b); });
    return out;
  }

  // The complete sessions the dossier does not have yet.
  std::vector<const Session*> fresh() const {
    std::vector<const Session*> out;
    for (const Session* s : complete()) {
      const bool known = record_ && std::any_of(record_->observations.begin(),
                                                record_->observations.end(), [s](const auto& o) {
                                                  return o.competency == s->competency &&
                                                         o.element == s->element &&
                                                         o.date == s->date && o.result == s->result;
                                                });
      if (!known) out.push_back(s);
    }
    return out;
  }

  // Where the first observation goes: before the results that follow it in a dossier.
  static pugi::xml_node anchor(pugi::xml_node dossier) {
    for (pugi::xml_node child : dossier.children())
      for (const char* name : {"evaluation", "reconnaissance", "volet", "etapes", "pieces"})
        if (std::string(child.name()) == name) return child;
    return {};
  }

  const Program& program_;
  const std::string today_;
  const AssessmentRecord* record_ = nullptr;  // the person's, once known
  std::map<std::string, Session> sessions_;   // by the name of their fields
  std::size_t syntheses_ = 0;
  std::string typed_code_;
};

}  // namespace

std::unique_ptr<FormContent> observation_content(const Program& program, const std::string& today) {
  return std::make_unique<ObservationContent>(program, today);
}

}  // namespace acquis::app

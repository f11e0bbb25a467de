#include "dossier_json.hpp"

#include <algorithm>

namespace acquis::serve {

namespace {

using Json = nlohmann::ordered_json;
using app::DossierPart;

Json steps_json(const AssessmentRecord& r) {
  Json steps = Json::array();
  for (const AssessmentRecord::Step& s : r.steps)
    steps.push_back({{"numero", s.number},
                     {"prevue", s.planned},
                     {"heure", s.time},
                     {"lieu", s.place.fr},
                     {"faite", s.done},
                     {"par", s.by},
                     {"remarque", s.remark.fr}});
  return steps;
}

Json part_of(const AssessmentRecord& r, DossierPart part) {
  Json list = Json::array();
  switch (part) {
    case DossierPart::Steps:
      return steps_json(r);
    case DossierPart::Documents:
      for (const auto& d : r.documents) list.push_back({{"type", d.kind}, {"recue", d.received}});
      return list;
    case DossierPart::SelfAssessment:
      for (const auto& a : r.answers)
        list.push_back({{"competence", a.competency}, {"element", a.element}, {"niveau", a.level}});
      return {{"date", r.self_assessment_date}, {"reponses", list}};
    case DossierPart::Interview:
      for (const auto& o : r.outcomes)
        list.push_back({{"competence", o.competency},
                        {"element", o.element},
                        {"statut", o.mastered ? "maitrisee" : "non-maitrisee"}});
      return {
          {"date", r.interview_date}, {"resultats", list}, {"recommandation", r.recommendation.fr}};
    case DossierPart::Observations:
      for (const auto& o : r.observations)
        list.push_back({{"competence", o.competency},
                        {"element", o.element},
                        {"date", o.date},
                        {"resultat", o.result},
                        {"commentaire", o.comment.fr}});
      return list;
    case DossierPart::Evaluations:
      for (const auto& v : r.verdicts)
        list.push_back({{"competence", v.competency},
                        {"date", v.date},
                        {"verdict", v.verdict},
                        {"enseignant", v.teacher}});
      return list;
  }
  return list;
}

constexpr std::size_t kMaxCharacters = 2000;  // a remark, a comment, a recommendation

std::size_t characters(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Text an XML file can hold: no control character but tab and line breaks, no U+FFFE or U+FFFF
// (the JSON parser has already refused what is not UTF-8).
bool xml_text(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return false;
    if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
      return false;
  }
  return true;
}

// Reads the strings of a part, reporting a value of the wrong kind at its pointer.
class Reader {
 public:
  explicit Reader(Problem& problem) : problem_(problem) {}

  std::string text(const nlohmann::json& object, const char* key, const std::string& at) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) return problem_.field(at + "/" + key, "service.text-expected"), "";
    std::string text = trimmed(it->get<std::string>());
    if (!xml_text(text))
      problem_.field(at + "/" + key, "service.text-invalid-character");
    else if (characters(text) > kMaxCharacters)
      problem_.field(at + "/" + key, "service.text-too-long",
                     {{"max", static_cast<double>(kMaxCharacters)}});
    return text;
  }
  // The items of an array (none when absent or of another kind, reported).
  std::vector<nlohmann::json> items(const nlohmann::json& value, const std::string& at) {
    if (value.is_null()) return {};
    if (!value.is_array())
      return problem_.field(at, "service.array-expected"), std::vector<nlohmann::json>{};
    if (value.size() > app::kMaxDossierRows)
      return problem_.field(at, "service.too-many-rows",
                            {{"max", static_cast<double>(app::kMaxDossierRows)}}),
             std::vector<nlohmann::json>{};
    std::vector<nlohmann::json> objects;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i].is_object())
        objects.push_back(value[i]);
      else
        problem_.field(at + "/" + std::to_string(i), "service.object-expected");
    }
    return objects;
  }

 private:
  static std::string trimmed(std::string text) {
    const auto blank = [](unsigned char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!text.empty() && blank(static_cast<unsigned char>(text.back()))) text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && blank(static_cast<unsigned char>(text[start]))) ++start;
    return text.substr(start);
  }
  Problem& problem_;
};

void read_steps(Reader& read, const nlohmann::json& json, AssessmentRecord& r, Problem& problem) {
  const std::vector<nlohmann::json> items = read.items(json, "/etapes");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const nlohmann::json& s = items[i];
    const auto number = s.find("numero");
    const int n = number != s.end() && number->is_number_integer() ? number->get<int>() : 0;
    if (n < 1 || n > 14) {
      problem.field("/etapes/" + std::to_string(i) + "/numero", "service.step-number");
      continue;
    }
    const std::string at = "/etapes/" + std::to_string(n);
    AssessmentRecord::Step step;
    step.number = n;
    step.planned = read.text(s, "prevue", at);
    step.time = read.text(s, "heure", at);
    step.place.fr = read.text(s, "lieu", at);
    step.done = read.text(s, "faite", at);
    step.by = read.text(s, "par", at);
    step.remark.fr = read.text(s, "remarque", at);
    const bool any = !step.planned.empty() || !step.time.empty() || !step.place.fr.empty() ||
                     !step.done.empty() || !step.by.empty() || !step.remark.fr.empty();
    if (any) r.steps.push_back(std::move(step));
  }
  std::sort(r.steps.begin(), r.steps.end(),
            [](const auto& a, const auto& b) { return a.number < b.number; });
}

void read_documents(Reader& read, const nlohmann::json& json, AssessmentRecord& r) {
  for (const nlohmann::json& d : read.items(json, "/pieces")) {
    const std::string kind = read.text(d, "type", "/pieces");
    r.documents.push_back({kind, read.text(d, "recue", "/pieces/" + kind)});
  }
}

void read_self_assessment(Reader& read, const nlohmann::json& json, AssessmentRecord& r) {
  r.self_assessment_date = read.text(json, "date", "/autoevaluation");
  const auto items =
      read.items(json.value("reponses", nlohmann::json()), "/autoevaluation/reponses");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "/autoevaluation/reponses/" + std::to_string(i);
    r.answers.push_back({read.text(items[i], "competence", at), read.text(items[i], "element", at),
                         read.text(items[i], "niveau", at)});
  }
}

void read_interview(Reader& read, const nlohmann::json& json, AssessmentRecord& r,
                    Problem& problem) {
  r.interview_date = read.text(json, "date", "/entrevue");
  r.recommendation.fr = read.text(json, "recommandation", "/entrevue");
  const auto items = read.items(json.value("resultats", nlohmann::json()), "/entrevue/resultats");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "/entrevue/resultats/" + std::to_string(i);
    const std::string status = read.text(items[i], "statut", at);
    if (status != "maitrisee" && status != "non-maitrisee")
      problem.field(at + "/statut", "service.interview-status");
    r.outcomes.push_back({read.text(items[i], "competence", at), status == "maitrisee",
                          read.text(items[i], "element", at)});
  }
}

void read_observations(Reader& read, const nlohmann::json& json, AssessmentRecord& r) {
  const auto items = read.items(json, "/observations");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "/observations/" + std::to_string(i);
    AssessmentRecord::Observation o{read.text(items[i], "competence", at),
                                    read.text(items[i], "element", at),
                                    read.text(items[i], "date", at),
                                    read.text(items[i], "resultat", at),
                                    {}};
    o.comment.fr = read.text(items[i], "commentaire", at);
    r.observations.push_back(std::move(o));
  }
}

void read_verdicts(Reader& read, const nlohmann::json& json, AssessmentRecord& r) {
  const auto items = read.items(json, "/evaluations");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = "/evaluations/" + std::to_string(i);
    r.verdicts.push_back({read.text(items[i], "competence", at), read.text(items[i], "date", at),
                          read.text(items[i], "verdict", at),
                          read.text(items[i], "enseignant", at)});
  }
}

}  // namespace

nlohmann::ordered_json part_json(const AssessmentRecord* record, DossierPart part) {
  static const AssessmentRecord empty;
  return part_of(record ? *record : empty, part);
}

nlohmann::ordered_json dossier_json(const AssessmentRecord* record) {
  Json json = Json::object();
  for (const DossierPart part : app::kDossierParts)
    json[app::dossier_part_name(part)] = part_json(record, part);
  return json;
}

bool part_from_json(DossierPart part, const nlohmann::json& json, AssessmentRecord& record,
                    Problem& problem) {
  const std::size_t before = problem.errors.size();
  Reader read(problem);
  // A part is sent whole: null (or a part of the wrong kind) would empty it.
  const bool object = part == DossierPart::SelfAssessment || part == DossierPart::Interview;
  if (object ? !json.is_object() : !json.is_array()) {
    problem.field(std::string("/") + app::dossier_part_name(part),
                  object ? "service.object-expected" : "service.array-expected");
    return false;
  }
  switch (part) {
    case DossierPart::Steps:
      read_steps(read, json, record, problem);
      break;
    case DossierPart::Documents:
      read_documents(read, json, record);
      break;
    case DossierPart::SelfAssessment:
      read_self_assessment(read, json, record);
      break;
    case DossierPart::Interview:
      read_interview(read, json, record, problem);
      break;
    case DossierPart::Observations:
      read_observations(read, json, record);
      break;
    case DossierPart::Evaluations:
      read_verdicts(read, json, record);
      break;
  }
  return problem.errors.size() == before;
}

}  // namespace acquis::serve

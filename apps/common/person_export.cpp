#include "person_export.hpp"

namespace acquis {

namespace {

using Json = nlohmann::ordered_json;  // keys in the order written: a file people can read

Json person(const Candidate& c, const app::DataSet& data) {
  Json employer = c.employer;
  if (const Employer* e = data.employer(c.employer))
    employer = Json{{"id", e->id}, {"nom", e->name}};
  Json program = c.program;
  if (const Program* p = data.program(c.program))
    program = Json{{"code", p->code}, {"niveau", p->level}, {"titre", p->title.fr}};
  return Json{{"prenom", c.given_name},
              {"nom", c.family_name},
              {"code_permanent", c.permanent_code},
              {"courriel", c.email},
              {"telephone", c.phone},
              {"genre", c.gender},
              {"employeur", employer},
              {"programme", program},
              {"numero_attestation", c.number},
              {"date_attestation", c.certification_date}};
}

// A free text of the dossier: its French, and its English when written.
Json text(const Text& t) {
  if (t.en.empty()) return t.fr;
  return Json{{"fr", t.fr}, {"en", t.en}};
}

Json record(const AssessmentRecord& r) {
  Json answers = Json::array(), outcomes = Json::array(), observations = Json::array(),
       verdicts = Json::array();
  for (const auto& a : r.answers)
    answers.push_back({{"competence", a.competency}, {"element", a.element}, {"niveau", a.level}});
  for (const auto& o : r.outcomes)
    outcomes.push_back(
        {{"competence", o.competency}, {"element", o.element}, {"maitrisee", o.mastered}});
  for (const auto& o : r.observations)
    observations.push_back({{"competence", o.competency},
                            {"element", o.element},
                            {"date", o.date},
                            {"resultat", o.result},
                            {"commentaire", text(o.comment)}});
  for (const auto& v : r.verdicts)
    verdicts.push_back({{"competence", v.competency},
                        {"date", v.date},
                        {"verdict", v.verdict},
                        {"enseignant", v.teacher}});
  Json general = Json::array();
  for (const Text& g : r.general_education) general.push_back(text(g));
  return Json{{"programme", r.program},
              {"autoevaluation", {{"date", r.self_assessment_date}, {"reponses", answers}}},
              {"entrevue_validation",
               {{"date", r.interview_date},
                {"resultats", outcomes},
                {"formation_generale", general},
                {"recommandation", text(r.recommendation)}}},
              {"observations", observations},
              {"evaluations", verdicts}};
}

// What the files themselves hold: every column of the person's rows (those the model does not
// know too) and each record's text as it is.
Json sources(const app::PersonFiles& found) {
  Json entries = Json::array(), records = Json::array();
  for (const app::PersonFiles::Entry& entry : found.entries) {
    Json fields = Json::object();
    for (const auto& [name, value] : entry.fields) fields[name] = value;
    Json one{{"fichier", entry.file}};
    if (entry.row > 0) one["rangee"] = entry.row;
    one["champs"] = fields;
    entries.push_back(one);
  }
  for (const auto& [path, text] : found.records)
    records.push_back({{"fichier", path}, {"contenu", text}});
  return Json{{"listes", entries}, {"dossiers", records}};
}

}  // namespace

nlohmann::ordered_json person_export(const app::DataSet* data, const std::string& permanent_code,
                                     const app::PersonFiles& found, const std::string& today) {
  // The files are read whole whatever the model made of them: a record whose person left the
  // list, or a folder with an error elsewhere, still gives the person all of their data.
  Json data_of_person{{"format", "acquis-donnees-personnelles/2"},
                      {"exporte_le", today},
                      {"organisation", data ? data->organization.name : std::string()}};
  if (const Candidate* candidate = data ? data->candidate(permanent_code) : nullptr)
    data_of_person["personne"] = person(*candidate, *data);
  if (const AssessmentRecord* r = data ? data->record(permanent_code) : nullptr)
    data_of_person["dossier"] = record(*r);
  data_of_person["sources"] = sources(found);
  return data_of_person;
}

}  // namespace acquis

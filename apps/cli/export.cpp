#include "export.hpp"

#include "session.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace acquis::cli {

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

Json record(const AssessmentRecord& r) {
  Json answers = Json::array(), outcomes = Json::array(), observations = Json::array(),
       verdicts = Json::array();
  for (const auto& a : r.answers)
    answers.push_back({{"competence", a.competency}, {"element", a.element}, {"niveau", a.level}});
  for (const auto& o : r.outcomes)
    outcomes.push_back({{"competence", o.competency}, {"maitrisee", o.mastered}});
  for (const auto& o : r.observations)
    observations.push_back({{"competence", o.competency},
                            {"element", o.element},
                            {"date", o.date},
                            {"resultat", o.result},
                            {"commentaire", o.comment}});
  for (const auto& v : r.verdicts)
    verdicts.push_back({{"competence", v.competency},
                        {"date", v.date},
                        {"verdict", v.verdict},
                        {"enseignant", v.teacher}});
  return Json{{"programme", r.program},
              {"autoevaluation", {{"date", r.self_assessment_date}, {"reponses", answers}}},
              {"entrevue_validation",
               {{"date", r.interview_date},
                {"resultats", outcomes},
                {"formation_generale", r.general_education},
                {"recommandation", r.recommendation}}},
              {"observations", observations},
              {"evaluations", verdicts}};
}

}  // namespace

int export_candidate(const Arguments& args) {
  const std::string code = args.option("candidat");
  if (code.empty()) return usage_error(args, "cli.give-the-person");
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::DataSet data;
  if (!load(args, config, data)) return 1;
  const Candidate* candidate = data.candidate(code);
  if (!candidate) return usage_error(args, "cli.unknown-candidate");
  Json data_of_person{{"format", "acquis-donnees-personnelles/1"},
                      {"exporte_le", app::today(config)},
                      {"organisation", data.organization.name},
                      {"personne", person(*candidate, data)}};
  if (const AssessmentRecord* r = data.record(code)) data_of_person["dossier"] = record(*r);
  const std::string text = data_of_person.dump(2) + "\n";
  return write_text(args, args.option("sortie", "-"), text);
}

}  // namespace acquis::cli

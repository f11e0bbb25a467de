#include "template/data_values.hpp"

#include "template/process_values.hpp"
#include "template/template_cache.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace acquis {

namespace {

Value text_list(const std::vector<Text>& texts, Language lang) {
  List out;
  for (const Text& t : texts) out.emplace_back(t.in(lang));
  return out;
}

Value program_value(const Program& p, Language lang) {
  List competencies;
  for (const Competency& c : p.competencies) {
    List elements;
    for (std::size_t i = 0; i < c.elements.size(); ++i) {
      const Element& e = c.elements[i];
      elements.emplace_back(Map{{"code", e.code},
                                {"numero", static_cast<int>(i + 1)},
                                {"texte", e.text.in(lang)},
                                {"criteres", text_list(e.criteria, lang)}});
    }
    competencies.emplace_back(Map{{"code", c.code},
                                  {"enonce", c.statement.in(lang)},
                                  {"heures", c.hours},
                                  {"unites", c.units},
                                  {"unites_publiees", c.units_published},
                                  {"type", c.kind},
                                  {"statut", c.status},
                                  {"contexte", text_list(c.context, lang)},
                                  {"criteres", text_list(c.criteria, lang)},
                                  {"elements", std::move(elements)}});
  }
  return Map{{"code", p.published_code()},
             {"identifiant", p.code},
             {"designation", p.designation(lang)},
             {"code_anglais", p.english_code},
             {"niveau", p.level},
             {"titre", p.title.in(lang)},
             {"titre_feminin", p.title_feminine},
             {"titre_masculin", p.title_masculine},
             {"secteur", p.sector},
             {"version", p.version},
             {"heures", p.hours},
             {"unites", p.units},
             {"unites_publiees", p.units_published},
             {"type_elements", p.item_kind},
             {"introduction", text_list(p.introduction, lang)},
             {"competences", std::move(competencies)}};
}

Value organization_value(const Organization& o, const std::string& data_dir, Language lang) {
  const bool english = lang == Language::English;
  const auto in = [english](const std::string& fr, const std::string& en) {
    return english && !en.empty() ? en : fr;
  };
  List signatories;
  for (const Signatory& s : o.signatories)
    signatories.emplace_back(Map{{"nom", s.name}, {"role", in(s.role, s.role_en)}});
  List responsibles;
  for (const Responsible& r : o.responsibles)
    responsibles.emplace_back(Map{{"role", r.role}, {"nom", r.name}, {"courriel", r.email}});
  List forms;
  for (const FormCode& f : o.form_codes)
    forms.emplace_back(Map{{"document", f.document}, {"code", f.code}, {"version", f.version}});
  const std::string logo =
      o.logo.empty() ? std::string() : (std::filesystem::path(data_dir) / o.logo).string();
  return Map{{"nom", o.name},
             {"langue", o.name_language},
             {"service", in(o.service, o.service_en)},
             {"centre", o.centre.in(lang)},
             {"courriel", o.email},
             {"telephone", in(o.phone, o.phone_en)},
             {"adresse", o.address},
             {"site", o.website},
             {"logo", logo},
             {"annee_scolaire", o.school_year},
             {"couleur_principale", o.primary_color},
             {"couleur_accent", o.accent_color},
             {"signataires", std::move(signatories)},
             {"responsables", std::move(responsibles)},
             {"delai_retour", static_cast<double>(o.return_days)},
             {"engagement_specialiste", static_cast<double>(o.specialist_hours)},
             {"formulaires", std::move(forms)},
             {"seance_date", o.session.date},
             {"seance_heure", o.session.time},
             {"seance_lieu", o.session.place.in(lang)}};
}

Value certification_value(const Certification& certification) {
  List without_success;
  for (const std::string& code : certification.without_success) without_success.emplace_back(code);
  List incomplete_parts;
  for (const std::string& part : certification.incomplete_parts)
    incomplete_parts.emplace_back(part);
  return Map{{"certifie", certification.certified()},
             {"complet", certification.complete()},
             {"sanction", certification.has_sanction},
             {"sans_succes", std::move(without_success)},
             {"codes_sans_succes", certification.first_codes()},
             {"volets_incomplets", std::move(incomplete_parts)},
             {"mot_volets", certification.parts_keyword()}};
}

Value candidate_value(const Candidate& c, const Certification& certification) {
  return Map{{"prenom", c.given_name},
             {"nom", c.family_name},
             {"nom_complet", c.given_name + " " + c.family_name},
             {"code_permanent", c.permanent_code},
             {"courriel", c.email},
             {"telephone", c.phone},
             {"employeur", c.employer},
             {"programme", c.program},
             {"genre", c.gender.empty() ? std::string("x") : c.gender},
             {"numero", c.number},
             {"date_attestation", c.certification_date},
             {"certifie", certification.certified()},
             {"certification", certification_value(certification)}};
}

// A person of the list with their own program and dossier, for a register or a summary:
// their program's title (agreeing with them), where they are in the process.
Value listed_candidate_value(const Candidate& c, const TemplateData& data, Language language) {
  const Program* program = nullptr;
  if (data.programs)
    for (const Program& p : *data.programs)
      if (p.answers_to(c.program)) program = &p;
  const AssessmentRecord* record = nullptr;
  if (data.records) {
    const auto found = data.records->find(c.permanent_code);
    if (found != data.records->end()) record = &found->second;
  }
  const Certification certification = certification_of(c, program, record);
  Map person = *candidate_value(c, certification).map();
  person["titre_programme"] = program ? program->title_for(c.gender, language) : std::string();
  person["niveau_programme"] = program ? program->level : std::string();
  person["code_programme"] = program ? program->published_code() : c.program;
  person["designation_programme"] = program ? program->designation(language) : std::string();
  for (auto& [name, value] : progress_values(record, &c, certification.certified()))
    person[name] = std::move(value);
  return person;
}

// The latest date of `items` ("" when none), and that item.
template <class Item>
const Item* latest(const std::vector<Item>& items) {
  const Item* found = nullptr;
  for (const Item& item : items)
    if (!found || found->date <= item.date) found = &item;
  return found;
}

// The interview's outcomes, one per competency in the order given: {competence, maitrisee,
// a_acquerir}. A competency is mastered when every outcome given for it is (as a whole or
// task by task); a_acquerir lists the elements or tasks judged not mastered ({code}).
List outcomes_by_competency(const std::vector<AssessmentRecord::Outcome>& given) {
  List result;
  std::vector<std::string> order;
  std::map<std::string, std::pair<bool, List>> by_code;
  for (const auto& o : given) {
    auto [it, added] = by_code.try_emplace(o.competency, true, List{});
    if (added) order.push_back(o.competency);
    it->second.first = it->second.first && o.mastered;
    if (!o.mastered && !o.element.empty()) it->second.second.emplace_back(Map{{"code", o.element}});
  }
  for (const std::string& code : order) {
    auto& [mastered, to_acquire] = by_code.at(code);
    result.emplace_back(
        Map{{"competence", code}, {"maitrisee", mastered}, {"a_acquerir", std::move(to_acquire)}});
  }
  return result;
}

// The registration form read back (<inscription>), null without one. Always three jobs, the
// rows the form has; the documents joined by kind, "-" written "_" (a path cannot hold "-").
Value registration_value(const AssessmentRecord::Registration& r) {
  if (r.date.empty()) return Value();
  List jobs;
  for (const auto& j : r.jobs)
    jobs.emplace_back(
        Map{{"employeur", j.employer}, {"poste", j.position}, {"du", j.from}, {"au", j.to}});
  while (jobs.size() < 3)
    jobs.emplace_back(Map{{"employeur", ""}, {"poste", ""}, {"du", ""}, {"au", ""}});
  Map joined;
  for (std::string kind : kRegistrationDocuments) {
    const bool ticked = std::find(r.enclosed.begin(), r.enclosed.end(), kind) != r.enclosed.end();
    std::replace(kind.begin(), kind.end(), '-', '_');
    joined[kind] = ticked;
  }
  return Map{{"date", r.date},
             {"naissance", r.birth_date},
             {"statut", r.status},
             {"statut_precision", r.status_detail},
             {"mere", r.mother},
             {"pere", r.father},
             {"adresse", r.address},
             {"derniere_annee", r.last_grade},
             {"diplomes", r.diplomas},
             {"formation_generale", r.general_education},
             {"employeur", r.employer},
             {"poste", r.position},
             {"experiences", std::move(jobs)},
             {"joints", std::move(joined)}};
}

Value record_value(const AssessmentRecord& r, Language lang) {
  List answers, outcomes, verdicts, observations;
  std::set<std::string> session_dates;  // one observation session a day
  for (const auto& o : r.observations) session_dates.insert(o.date);
  const AssessmentRecord::Observation* last_observation = latest(r.observations);
  const AssessmentRecord::Verdict* last_verdict = latest(r.verdicts);
  List standing;
  for (const auto& [code, v] : standing_verdicts(r))
    standing.emplace_back(Map{{"competence", v->competency},
                              {"date", v->date},
                              {"verdict", v->verdict},
                              {"enseignant", v->teacher}});
  for (const auto& o : r.observations)
    observations.emplace_back(Map{{"competence", o.competency},
                                  {"element", o.element},
                                  {"date", o.date},
                                  {"resultat", o.result},
                                  {"commentaire", o.comment.in(lang)}});
  for (const auto& a : r.answers)
    answers.emplace_back(
        Map{{"competence", a.competency}, {"element", a.element}, {"niveau", a.level}});
  for (Value& outcome : outcomes_by_competency(r.outcomes)) outcomes.push_back(std::move(outcome));
  for (const auto& v : r.verdicts)
    verdicts.emplace_back(Map{{"competence", v.competency},
                              {"date", v.date},
                              {"verdict", v.verdict},
                              {"enseignant", v.teacher}});
  List general, exemptions;
  for (const Text& g : r.general_education) general.emplace_back(g.in(lang));
  for (const auto& x : r.exemptions)
    exemptions.emplace_back(Map{{"competence", x.competency},
                                {"mode", x.kind},
                                {"date", x.date},
                                {"note", x.note.in(lang)}});
  return Map{{"inscription", registration_value(r.registration)},
             {"date_autoevaluation", r.self_assessment_date},
             {"reponses", std::move(answers)},
             {"date_entrevue", r.interview_date},
             {"resultats", std::move(outcomes)},
             {"formation_generale", std::move(general)},
             {"recommandation", r.recommendation.in(lang)},
             {"observations", std::move(observations)},
             {"seances_observation", static_cast<double>(session_dates.size())},
             {"derniere_observation", last_observation ? last_observation->date : std::string()},
             {"evaluations", std::move(verdicts)},
             {"verdicts_retenus", std::move(standing)},
             {"reconnaissances", std::move(exemptions)},
             {"derniere_evaluation", last_verdict ? last_verdict->date : std::string()},
             {"evaluateur", last_verdict ? last_verdict->teacher : std::string()}};
}

// The people around a person, named from the dossier, for the signature blocks: who observed
// (step 9, else the first specialist the employer names), who held the interview (step 7) and
// who gave the last verdict (else step 11). Empty when the dossier does not say.
Value people_value(const TemplateData& data, const std::vector<AssessmentRecord::Step>& steps) {
  const auto by = [&steps](int number) {
    for (const auto& step : steps)
      if (step.number == number && !step.by.empty()) return step.by;
    return std::string();
  };
  std::string specialist = by(9), teacher = by(11);
  if (specialist.empty() && data.candidate && data.employers)
    for (const Employer& e : *data.employers)
      if (e.id == data.candidate->employer && !e.specialists.empty())
        specialist = e.specialists.front().name;
  if (data.record)
    for (const auto& v : data.record->verdicts)
      if (!v.teacher.empty()) teacher = v.teacher;
  return Map{{"specialiste", specialist}, {"conseiller", by(7)}, {"enseignant", teacher}};
}

}  // namespace

Map data_scope(const TemplateData& data, Language language, TemplateCache* cache) {
  Map scope;
  const auto program = [&] { return program_value(*data.program, language); };
  scope["programme"] = !data.program ? Value()
                       : cache       ? cache->program(*data.program, language, program)
                                     : program();
  // A trade's title agrees with the person ("Préposée à l’entrepôt") when its forms are known.
  if (data.program && data.candidate) {
    const std::string& title = data.program->title_for(data.candidate->gender, language);
    if (title != data.program->title.in(language)) {
      Map personal = *scope["programme"].map();
      personal["titre"] = title;
      scope["programme"] = std::move(personal);
    }
  }
  scope["organisation"] =
      data.organization ? organization_value(*data.organization, data.data_directory, language)
                        : Value();
  const Certification certification =
      data.candidate ? certification_of(*data.candidate, data.program, data.record)
                     : Certification{};
  const bool certified = certification.certified();
  scope["candidat"] = data.candidate ? candidate_value(*data.candidate, certification) : Value();
  scope["dossier"] = data.record ? record_value(*data.record, language) : Value();
  const auto process = process_steps(data.record, data.candidate, certified);
  scope["etapes"] = steps_value(process, language);
  scope["intervenants"] = data.candidate ? people_value(data, process)
                                         : Map{{"specialiste", std::string()},
                                               {"conseiller", std::string()},
                                               {"enseignant", std::string()}};
  scope["pieces"] = documents_value(data.record);
  scope["volets"] = parts_value(data.program, data.record, certification, language);
  // As they stood at the validation interview: what its summary and the action plan report.
  scope["volets_entrevue"] = parts_value(data.program, data.record, certification, language,
                                         data.record ? data.record->interview_date : std::string());
  List employers;
  if (data.employers)
    for (const Employer& e : *data.employers) {
      List specialists;
      for (const TradeSpecialist& s : e.specialists)
        specialists.emplace_back(Map{{"nom", s.name}, {"metier", s.trade}, {"courriel", s.email}});
      employers.emplace_back(
          Map{{"id", e.id},
              {"nom", e.name},
              {"adresse", e.address},
              {"contact", e.contact},
              {"courriel", e.email},
              {"telephone", e.phone},
              {"specialiste", e.specialists.empty() ? std::string() : e.specialists.front().name},
              {"specialistes", std::move(specialists)}});
    }
  scope["employeurs"] = std::move(employers);
  List programs, candidates;
  if (data.programs)
    for (const Program& p : *data.programs)
      programs.emplace_back(Map{{"code", p.published_code()},
                                {"identifiant", p.code},
                                {"designation", p.designation(language)},
                                {"code_anglais", p.english_code},
                                {"niveau", p.level},
                                {"titre", p.title.in(language)},
                                {"secteur", p.sector},
                                {"heures", p.hours}});
  if (data.candidates)
    for (const Candidate& c : *data.candidates)
      candidates.emplace_back(listed_candidate_value(c, data, language));
  scope["programmes"] = std::move(programs);
  scope["candidats"] = std::move(candidates);
  scope["langue"] = std::string(language_tag(language));
  return scope;
}

}  // namespace acquis

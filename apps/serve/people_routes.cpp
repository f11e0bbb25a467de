#include "people_routes.hpp"

#include "common/person_export.hpp"
#include "dossier_json.hpp"
#include "route_support.hpp"

#include <acquis/app/access_journal.hpp>
#include <acquis/app/person_files.hpp>
#include <acquis/text_checks.hpp>

#include <algorithm>
#include <cstdlib>

namespace acquis::serve {

namespace {

using Json = nlohmann::ordered_json;
constexpr const char* kCodePattern = "([A-Za-z]{4}[0-9]{8})";

// A person's documents in the order of the steps they belong to.
struct StepDocument {
  const char* name;
  int step;
};
constexpr StepDocument kPersonDocuments[] = {
    {"fiche-inscription", 3},     {"cahier-autoevaluation", 4}, {"fiche-suivi", 5},
    {"avis-entrevue", 6},         {"bilan-entrevue", 7},        {"plan-action", 7},
    {"declaration-ministere", 8}, {"cahier-observation", 9},    {"fiche-evaluation", 11},
    {"attestation", 13}};

std::size_t number_param(const httplib::Request& req, const char* name, std::size_t fallback,
                         std::size_t low, std::size_t high) {
  const std::string text = req.get_param_value(name);
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (text.empty() || text.size() > 6 || !std::all_of(text.begin(), text.end(), digit))
    return fallback;
  return std::clamp<std::size_t>(std::strtoul(text.c_str(), nullptr, 10), low, high);
}

std::string program_title(const Program* program, Language language) {
  return program ? program->title.in(language) : std::string();
}

Json summary_json(const app::PersonSummary& s, Language language) {
  const Candidate& c = *s.person;
  return {{"code", c.permanent_code},
          {"prenom", c.given_name},
          {"nom", c.family_name},
          {"programme", {{"code", c.program}, {"titre", program_title(s.program, language)}}},
          {"employeur", s.employer ? s.employer->name : c.employer},
          {"etape", s.progress.reached},
          {"etape_le", s.progress.reached_on},
          {"prochaine", s.progress.next},
          {"prochaine_le", s.progress.next_on},
          {"dossier_en_erreur", s.broken_record}};
}

void list_people(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  const auto people = service.renderer.people();
  const std::size_t size = number_param(req, "taille", 20, 1, 100);
  const std::size_t page = number_param(req, "page", 1, 1, 1000000);
  const app::PeopleIndex::Page found =
      people->index.search(req.get_param_value("q").substr(0, 200), (page - 1) * size, size);
  Json list = Json::array();
  for (const app::PersonSummary* s : found.people) list.push_back(summary_json(*s, language));
  send_json(res, {{"total", found.total}, {"page", page}, {"taille", size}, {"personnes", list}});
}

Json program_json(const Program& p, Language language) {
  Json competencies = Json::array();
  for (const Competency& c : p.competencies) {
    Json elements = Json::array();
    for (const Element& e : c.elements)
      elements.push_back({{"code", e.code}, {"texte", e.text.in(language)}});
    competencies.push_back(
        {{"code", c.code}, {"enonce", c.statement.in(language)}, {"elements", elements}});
  }
  return {{"code", p.code}, {"titre", p.title.in(language)}, {"competences", competencies}};
}

// Only with authentication: without it the service answers on loopback to whoever asks, and
// the journal could not say who.
void journal(Service& service, const std::string& action, const std::string& code,
             const std::string& what) {
  if (!service.config.authenticates()) return;
  app::record_access(service.renderer.current().data->directory,
                     {request_user().empty() ? "anonyme" : request_user(), action, code, what});
}

// The person of the URL in the data served now, with their summary; 404 when unknown.
const app::PersonSummary* find_person(const Renderer::People& people, const httplib::Request& req,
                                      httplib::Response& res) {
  const app::PersonSummary* found = people.index.find(req.matches[1]);
  if (!found)
    send_problem(
        res, make_problem(request_language(req), 404, "introuvable", "service.unknown-candidate"));
  return found;
}

// What the dossier view shows of the person: the list's summary, contact and sanction.
Json person_json(const app::PersonSummary& s, Language language) {
  Json person = summary_json(s, language);
  person["courriel"] = s.person->email;
  person["telephone"] = s.person->phone;
  person["numero_attestation"] = s.person->number;
  person["date_attestation"] = s.person->certification_date;
  return person;
}

void show_person(Service& service, const httplib::Request& req, httplib::Response& res) {
  const auto people = service.renderer.people();
  const app::PersonSummary* found = find_person(*people, req, res);
  if (!found) return;
  const Language language = request_language(req);
  const app::DataSet& data = *people->loaded.data;
  const std::string& code = found->person->permanent_code;
  const app::DossierFile file = app::read_dossier(data, code);
  // The dossier as its file is now (changed by hand, or by the command line, since loaded).
  AssessmentRecord record;
  const bool readable = app::dossier_record(data, file, record);
  res.set_header("ETag", file.tag);
  journal(service, "dossier-consulte", code, "");
  send_json(res, {{"personne", person_json(*found, language)},
                  {"programme", found->program ? program_json(*found->program, language) : Json()},
                  {"dossier", dossier_json(readable ? &record : nullptr)},
                  {"dossier_en_erreur", !readable},
                  {"version", file.tag},
                  {"version_sanction", app::sanction_tag(*found->person)}});
}

// The version a change was made on: one tag as GET gave it ("…"); 428 when absent or not one
// (`*` would save over whatever is there).
bool expected_version(const httplib::Request& req, httplib::Response& res, std::string& tag) {
  tag = req.get_header_value("If-Match");
  if (tag.size() >= 3 && tag.front() == '"' && tag.back() == '"' &&
      tag.find('"', 1) == tag.size() - 1)
    return true;
  send_problem(res, make_problem(request_language(req), 428, "version-requise",
                                 "service.if-match-required"));
  return false;
}

Problem save_refusal(Language language, const app::DossierSave& saved) {
  using Outcome = app::DossierSave::Outcome;
  switch (saved.outcome) {
    case Outcome::Conflict: {
      std::string parts;
      for (const app::DossierPart p : saved.changed)
        parts += (parts.empty() ? "" : ", ") +
                 message(std::string("dossier-part.") + app::dossier_part_name(p), language);
      Problem problem = make_problem(language, 409, "conflit", "service.dossier-conflict",
                                     {{"parts", parts.empty() ? "aucun" : parts},
                                      {"count", static_cast<double>(saved.changed.size())}});
      problem.extensions["version"] = saved.now.tag;
      Json changed = Json::array();
      for (const app::DossierPart p : saved.changed) changed.push_back(app::dossier_part_name(p));
      problem.extensions["parties_modifiees"] = changed;
      return problem;
    }
    case Outcome::Invalid: {
      Problem problem = invalid_request(language, "service.dossier-invalid");
      problem.diagnostics(saved.diagnostics, saved.pointers);
      return problem;
    }
    case Outcome::UnknownPerson:
      return make_problem(language, 404, "introuvable", "service.unknown-candidate");
    case Outcome::BrokenRecord:
      return invalid_request(language, "service.dossier-broken");
    default:
      return make_problem(language, 500, "enregistrement-impossible", "service.dossier-unwritable");
  }
}

void save_part(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (!saving_allowed(service, req, res)) return;
  app::DossierEdit edit;
  edit.permanent_code = req.matches[1];
  if (!app::parse_dossier_part(req.matches[2], edit.part))
    return send_problem(res, make_problem(language, 404, "introuvable", "service.unknown-part"));
  if (!expected_version(req, res, edit.expected_tag)) return;
  nlohmann::json body;
  if (!parse_body(req, res, body, TextCheck::ByRoute)) return;
  Problem problem = invalid_request(language, "service.dossier-invalid");
  if (!part_from_json(edit.part, body, edit.values, problem)) return send_problem(res, problem);
  edit.by = request_user();
  edit.today = app::today(service.config.run);
  const app::DossierSave saved = service.renderer.save_dossier(edit);
  if (saved.outcome != app::DossierSave::Outcome::Saved)
    return send_problem(res, save_refusal(language, saved));
  const auto people = service.renderer.people();
  const app::PersonSummary* person = people->index.find(edit.permanent_code);
  res.set_header("ETag", saved.now.tag);
  send_json(res, {{"version", saved.now.tag},
                  {"version_precedente", saved.previous_version},
                  {"personne", person ? person_json(*person, language) : Json()},
                  {"dossier", dossier_json(people->loaded.data->record(edit.permanent_code))}});
}

// The certificate's number and date, in the list of people (app::save_sanction).
void save_sanction(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (!saving_allowed(service, req, res)) return;
  app::SanctionEdit edit;
  edit.permanent_code = req.matches[1];
  if (!expected_version(req, res, edit.expected_tag)) return;
  nlohmann::json body;
  if (!parse_body(req, res, body, TextCheck::ByRoute)) return;
  Problem problem = invalid_request(language, "service.dossier-invalid");
  if (!body.is_object()) return send_problem(res, problem.field("", "service.object-expected"));
  for (const auto& [key, target] :
       {std::pair{"numero", &edit.number}, {"date_attestation", &edit.date}}) {
    const auto it = body.find(key);
    if (it != body.end() && it->is_string() && is_clean_text(it->get<std::string>()))
      *target = it->get<std::string>();
    else if (it != body.end() && it->is_string())
      problem.field(std::string("/sanction/") + key, "service.control-character");
    else if (it != body.end() && !it->is_null())
      problem.field(std::string("/sanction/") + key, "service.text-expected");
  }
  if (!problem.errors.empty()) return send_problem(res, problem);
  edit.by = request_user();
  edit.today = app::today(service.config.run);
  const app::DossierSave saved = service.renderer.save_sanction(edit);
  if (saved.outcome != app::DossierSave::Outcome::Saved) {
    Problem refusal = save_refusal(language, saved);
    if (saved.outcome == app::DossierSave::Outcome::Conflict)
      refusal =
          make_problem(language, 409, "conflit", "service.dossier-conflict",
                       {{"parts", message("dossier-part.sanction", language)}, {"count", 1.0}});
    refusal.extensions["version_sanction"] = saved.now.tag;
    return send_problem(res, refusal);
  }
  const auto people = service.renderer.people();
  const app::PersonSummary* person = people->index.find(edit.permanent_code);
  send_json(res, {{"version_sanction", saved.now.tag},
                  {"version_precedente", saved.previous_version},
                  {"personne", person ? person_json(*person, language) : Json()}});
}

// Why a document is not for the person yet, in the words of the page.
std::string reason(const std::vector<Diagnostic>& diagnostics, Language language) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::Error) continue;
    // Not certified: what is missing, in the person's case.
    if (d.code == "not-certified")
      return message("document-why.pas-encore", language,
                     {{"raison", diagnostic_text(d, language)}});
    if (app::step_not_reached(d)) return message("document-why." + d.code, language);
    return diagnostic_text(d, language);
  }
  return {};
}

// Whether each of the person's documents can be made for them now, and why not: each is built
// (not laid out) to know.
Json documents_for(const app::Workspace& workspace, const app::LoadedData& loaded,
                   const std::string& code, Language language) {
  const app::SubjectLookup found = app::find_subject(*loaded.data, code, {});
  Json list = Json::array();
  for (const StepDocument& d : kPersonDocuments) {
    if (!workspace.document(d.name)) continue;
    std::vector<Diagnostic> diagnostics;
    Document document;
    const bool made = found.ok() && workspace.build(loaded, {d.name, language, found.subject},
                                                    document, diagnostics);
    Json item = {{"nom", d.name},
                 {"titre", message(std::string("document-name.") + d.name, language)},
                 {"etape", d.step},
                 {"applicable", made}};
    if (!made)
      item["raison"] =
          found.ok() ? reason(diagnostics, language) : message("service.dossier-broken", language);
    list.push_back(item);
  }
  return list;
}

// Built on the render pool: as many at once as renders, the others waiting in its queue.
void person_documents(Service& service, const httplib::Request& req, httplib::Response& res) {
  const auto people = service.renderer.people();
  const app::PersonSummary* summary = find_person(*people, req, res);
  if (!summary) return;
  Language language = request_language(req);
  parse_language(req.get_param_value("langue"), language);
  auto list = std::make_shared<Json>();
  const app::Workspace& workspace = service.renderer.workspace();
  const bool done =
      wait_on_pool(service, language, res,
                   [people, list, &workspace, code = summary->person->permanent_code, language] {
                     *list = documents_for(workspace, people->loaded, code, language);
                   });
  if (done) send_json(res, {{"documents", *list}});
}

void export_person(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  const app::LoadedData loaded = service.renderer.current();
  const std::string code = req.matches[1];
  app::PersonFiles found;
  std::string error;
  if (!app::find_person(loaded.data->directory, code, found, error))
    return send_problem(res, make_problem(language, 500, "erreur-interne", error.c_str()));
  if (found.empty())
    return send_problem(res,
                        make_problem(language, 404, "introuvable", "service.unknown-candidate"));
  journal(service, "donnees-exportees", code, "");
  res.set_header("Content-Disposition",
                 "attachment; filename=\"donnees-personnelles_" + code + ".json\"");
  res.set_content(
      person_export(loaded.data.get(), code, found, app::local_time("%Y-%m-%d")).dump(2) + "\n",
      "application/json");
}

}  // namespace

void journal_document(Service& service, const std::string& code, const std::string& document) {
  journal(service, "document-produit", code, document);
}

void journal_form(Service& service, const std::string& code, const std::string& document) {
  journal(service, "formulaire-lu", code, document);
}

void people_routes(httplib::Server& server, Service& service) {
  const std::string person = std::string("/api/personnes/") + kCodePattern;
  server.Get("/api/personnes", [&service](const httplib::Request& req, httplib::Response& res) {
    list_people(service, req, res);
  });
  server.Get(person, [&service](const httplib::Request& req, httplib::Response& res) {
    show_person(service, req, res);
  });
  server.Put(person + "/dossier/([a-z]+)",
             limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
               save_part(service, req, res);
             }));
  server.Put(person + "/sanction",
             limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
               save_sanction(service, req, res);
             }));
  server.Get(person + "/documents",
             [&service](const httplib::Request& req, httplib::Response& res) {
               person_documents(service, req, res);
             });
  server.Get(person + "/export", [&service](const httplib::Request& req, httplib::Response& res) {
    export_person(service, req, res);
  });
}

}  // namespace acquis::serve

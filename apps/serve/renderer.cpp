#include "renderer.hpp"

#include "candidate_json.hpp"

#include <cstdio>
#include <filesystem>

namespace acquis::serve {

struct Renderer::Resolved {
  app::LoadedData loaded;  // alive for the whole render
  app::DocumentRequest request;
  Candidate given;  // a candidate sent in full
};

namespace {

void print(const std::vector<Diagnostic>& diagnostics, Language language) {
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s\n", format_diagnostic(d, language).c_str());
}

std::string text_at(const nlohmann::json& request, const char* key) {
  const auto it = request.find(key);
  return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "specimen", "remplissable": true (JSON) or "oui"/"non" (an XML attribute); false when absent.
bool yes_no_at(const nlohmann::json& request, const char* key, bool& flag) {
  const auto it = request.find(key);
  if (it == request.end()) return true;
  if (it->is_boolean()) return (flag = it->get<bool>()), true;
  const std::string text = it->is_string() ? it->get<std::string>() : std::string();
  if (text != "oui" && text != "non" && text != "true" && text != "false") return false;
  flag = text == "oui" || text == "true";
  return true;
}

}  // namespace

std::unique_ptr<Renderer> Renderer::create(const ServeConfig& config, Language messages) {
  auto renderer = std::unique_ptr<Renderer>(new Renderer());
  std::vector<Diagnostic> diagnostics;
  if (!config.run.data_directory.empty())  // what a save interrupted by a crash left
    app::remove_profile_leftovers(config.run.data_directory);
  app::DataSet data;
  const bool loaded = app::load_data_set(config.run.data_directory,
                                         {config.run.candidates_file, {}}, data, diagnostics);
  renderer->workspace_ = app::Workspace::open(config.run, diagnostics);
  print(diagnostics, messages);
  // A folder without a profile is not a data folder (a wrong path). Files with errors stop
  // only the documents that use them (resolve), and a broken profile can be saved anew from
  // the page.
  const bool data_folder = std::filesystem::exists(
      std::filesystem::path(config.run.data_directory) / "organisation.xml");
  if (!data_folder || !renderer->workspace_) return nullptr;
  if (!loaded)
    std::fprintf(stderr, "acquis serve : %s\n",
                 message("service.data-has-errors", messages, {}).c_str());
  renderer->loaded_ = app::make_loaded_data(std::move(data));
  renderer->config_ = config;
  renderer->people();  // indexed now: no request waits for it
  return renderer;
}

bool Renderer::erase_person(const std::string& permanent_code, const std::string& by,
                            app::Erasure& erased, std::string& error) {
  std::lock_guard changing(save_mutex_);
  const std::string folder = snapshot().data->directory;
  if (!app::erase_person(folder, permanent_code, by, erased, error)) return false;
  // Read again as the files are now: the person is gone from what the service holds too. If
  // the folder no longer loads (a file changed by hand meanwhile), the data served stays as it
  // was, without the person.
  std::vector<Diagnostic> diagnostics;
  app::DataSet data;
  if (!app::load_data_set(folder, {config_.run.candidates_file, {}}, data, diagnostics)) {
    data = *snapshot().data;
    std::erase_if(data.candidates,
                  [&](const Candidate& c) { return c.permanent_code == permanent_code; });
    data.records.erase(permanent_code);
  }
  app::LoadedData replaced = app::make_loaded_data(std::move(data));
  std::lock_guard lock(data_mutex_);
  loaded_ = std::move(replaced);
  return true;
}

app::FormImport Renderer::import_form(app::FormImportRequest request) {
  std::lock_guard changing(save_mutex_);
  const app::LoadedData current = snapshot();
  request.today = app::today(config_.run);
  app::FormImport result = app::import_form(*current.data, request);
  if (result.ok) reload(current.data->directory);
  return result;
}

app::DossierSave Renderer::save_dossier(const app::DossierEdit& edit) {
  std::lock_guard changing(save_mutex_);
  const app::LoadedData current = snapshot();
  app::DossierSave result = app::save_dossier_part(*current.data, edit);
  if (result.outcome == app::DossierSave::Outcome::Saved) reload(current.data->directory);
  return result;
}

app::DossierSave Renderer::save_sanction(const app::SanctionEdit& edit) {
  std::lock_guard changing(save_mutex_);
  const app::LoadedData current = snapshot();
  app::DossierSave result = app::save_sanction(*current.data, edit);
  if (result.outcome == app::DossierSave::Outcome::Saved) reload(current.data->directory);
  return result;
}

// As at start: a file with errors refuses only the documents that use it, the rest is served as
// the files now are (a save must show, whatever is broken elsewhere).
void Renderer::reload(const std::string& folder) {
  std::vector<Diagnostic> diagnostics;
  app::DataSet data;
  app::load_data_set(folder, {config_.run.candidates_file, {}}, data, diagnostics);
  app::LoadedData replaced = app::make_loaded_data(std::move(data));
  {
    std::lock_guard lock(data_mutex_);
    loaded_ = std::move(replaced);
  }
  people();  // indexed again before the save is answered
}

std::shared_ptr<const Renderer::People> Renderer::people() const {
  const app::LoadedData current = snapshot();
  std::lock_guard lock(people_mutex_);
  if (!people_ || people_->loaded.data != current.data)
    people_ = std::make_shared<const People>(People{current, app::PeopleIndex(*current.data)});
  return people_;
}

app::LoadedData Renderer::snapshot() const {
  std::lock_guard lock(data_mutex_);
  return loaded_;
}

Organization Renderer::organization() const {
  return snapshot().data->organization;
}

bool Renderer::update_organization(const nlohmann::json& request, Organization& saved,
                                   Problem& problem) {
  std::lock_guard saving(save_mutex_);
  const app::LoadedData current = snapshot();
  saved = current.data->organization;
  app::LogoUpload logo;
  if (!profile_from_json(request, saved, logo, problem)) return false;
  std::string error;
  if (!app::save_organization(current.data->directory, saved, logo, error)) {
    problem = make_problem(problem.language, 500, "enregistrement-impossible", error.c_str());
    return false;
  }
  app::DataSet data = *current.data;
  data.organization = saved;
  app::LoadedData replaced = app::make_loaded_data(std::move(data));
  std::lock_guard lock(data_mutex_);
  loaded_ = std::move(replaced);
  return true;
}

nlohmann::ordered_json Renderer::documents() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const app::DocumentInfo& document : workspace_->documents())
    list.push_back({{"nom", document.name}, {"description", app::describe(document)}});
  return list;
}

nlohmann::ordered_json Renderer::programs() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Program& p : snapshot().data->programs)
    list.push_back({{"code", p.code},
                    {"sanction", p.level},
                    {"titre", p.title.fr},
                    {"titre_en", p.title.in(Language::English)}});
  return list;
}

bool Renderer::resolve(const nlohmann::json& request, Resolved& r, Problem& problem) const {
  problem = invalid_request(problem.language, "service.cannot-produce");
  if (!request.is_object()) return problem.field("", "service.object-expected"), false;
  app::DocumentRequest& wanted = r.request;
  wanted.document = text_at(request, "document");
  if (!workspace_->document(wanted.document))
    problem.field("/document",
                  wanted.document.empty() ? "service.required" : "service.unknown-document");
  const std::string language = text_at(request, "langue");
  if (!language.empty() && !parse_language(language, wanted.language))
    problem.field("/langue", "service.unknown-language");
  if (!yes_no_at(request, "specimen", wanted.specimen))
    problem.field("/specimen", "service.yes-no-expected");
  if (!yes_no_at(request, "remplissable", wanted.fillable))
    problem.field("/remplissable", "service.yes-no-expected");

  r.loaded = snapshot();
  const app::DataSet& data = *r.loaded.data;
  const std::string program = text_at(request, "programme");
  app::SubjectLookup found;
  if (!request.contains("candidat"))
    found = app::find_subject(data, text_at(request, "code_permanent"), program);
  else if (candidate_from_json(request.at("candidat"), "/candidat", r.given, problem))
    found = app::subject_for(data, r.given, program);
  else
    found = app::find_subject(data, {}, program);
  if (found.unknown_candidate) problem.field("/code_permanent", "service.unknown-candidate");
  if (found.broken_record) problem.field("/code_permanent", "service.record-has-errors");
  if (found.unknown_program)
    problem.field("/programme", data.broken_program_files.empty() ? "service.unknown-program"
                                                                  : "service.program-maybe-broken");
  if (const char* reason = broken_files_used(data, wanted.document, found))
    problem.field("/document", (std::string("service.") + (reason + 4)).c_str());  // "cli.…"
  wanted.subject = found.subject;
  return problem.errors.empty();
}

const char* Renderer::broken_files_used(const app::DataSet& data, const std::string& document,
                                        const app::SubjectLookup& found) const {
  const app::DocumentInfo* info = workspace_->document(document);
  if (!info || found.unknown_candidate || found.unknown_program) return nullptr;
  // The template is read only when a list of people could be wrong.
  const bool lists =
      (data.broken_employers || !data.broken_records.empty()) && app::lists_people(*info);
  return app::blocked_by_broken_files(data, lists, found.subject.program, found.subject.candidate);
}

bool Renderer::render(const nlohmann::json& request, bool pdf, RenderedDocument& out,
                      Problem& problem, const Organization* organization) const {
  Resolved r;
  if (!resolve(request, r, problem)) return false;
  r.request.organization = organization;
  app::Rendered result =
      workspace_->render(r.loaded, r.request, pdf ? app::Output::Pdf : app::Output::Check);
  if (!result.ok) {
    problem.diagnostics(result.diagnostics);
    for (const Diagnostic& d : result.diagnostics)
      if (d.code == "internal") problem.status = 500, problem.type = "erreur-interne";
    return false;
  }
  out.pdf = std::move(result.pdf);
  const Candidate* person = r.request.subject.candidate;
  out.file_name =
      person ? workspace_->file_name(r.request.document, *person) : r.request.document + ".pdf";
  return true;
}

bool Renderer::plan_batch(const nlohmann::json& request, app::Batch& batch,
                          Problem& problem) const {
  Resolved common;
  nlohmann::json without_people = request.is_object() ? request : nlohmann::json::object();
  without_people.erase("candidats_csv");
  without_people.erase("format");
  if (!resolve(without_people, common, problem)) return false;
  batch.loaded = common.loaded;
  batch.document = common.request.document;
  batch.language = common.request.language;
  batch.specimen = common.request.specimen;
  const std::string format = text_at(request, "format");
  batch.output = format == "pdf" ? app::Output::LayOut : app::Output::Pdf;
  // Each person's own form in a ZIP; a merged file is a print job, whose forms would share
  // field names.
  batch.fillable = common.request.fillable && batch.output == app::Output::Pdf;
  if (!format.empty() && format != "pdf" && format != "zip")
    problem.field("/format", "service.bad-batch-format");
  const std::string csv = text_at(request, "candidats_csv");
  if (csv.empty()) problem.field("/candidats_csv", "service.csv-required");
  if (!problem.errors.empty()) return false;
  std::vector<Diagnostic> diagnostics;
  auto people = std::make_shared<std::vector<Candidate>>(
      app::parse_candidates_csv("candidats.csv", csv, diagnostics));
  problem.diagnostics(diagnostics);
  if (people->empty() && problem.errors.empty())
    problem.field("/candidats_csv", "service.csv-no-candidate");
  if (people->size() > kMaxBatch)
    problem.field("/candidats_csv", "service.batch-too-large",
                  {{"max", static_cast<double>(kMaxBatch)}});
  const std::string forced = text_at(request, "programme");
  for (const Candidate& c : *people) {
    const app::SubjectLookup found = app::subject_for(*batch.loaded.data, c, forced);
    if (found.unknown_program)
      problem.field("/candidats_csv", "service.row-unknown-program",
                    {{"row", std::to_string(c.row)}});
    batch.items.push_back({found.subject, {}});
  }
  batch.people = std::move(people);
  return problem.errors.empty();
}

}  // namespace acquis::serve

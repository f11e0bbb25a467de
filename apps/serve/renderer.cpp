#include "renderer.hpp"

#include "candidate_json.hpp"
#include "data/candidates.hpp"
#include "support.hpp"

#include <cstdio>

namespace acquis::serve {

struct Renderer::Resolved {
  DataSnapshot loaded;  // alive for the whole render
  std::string template_path, document, language;
  Candidate given;  // a candidate sent in full
  TemplateData input;
};

std::unique_ptr<Renderer> Renderer::create(const ServeConfig& config) {
  auto renderer = std::unique_ptr<Renderer>(new Renderer());
  cli::Arguments& args = renderer->args_;
  args.options["donnees"] = config.data_directory;
  if (!config.templates.empty()) args.options["gabarits"] = config.templates;
  if (!config.fonts.empty()) args.options["polices"] = config.fonts;
  if (!config.locales.empty()) args.options["locales"] = config.locales;
  auto data = std::make_shared<cli::DataSet>();
  if (!cli::load(args, *data, true)) return nullptr;
  renderer->loaded_ = {std::move(data), make_template_cache()};
  renderer->engine_ = cli::make_engine(args);
  if (!renderer->engine_) return nullptr;
  renderer->options_ = cli::template_options(args);
  for (const auto& path : cli::document_templates(args)) {
    renderer->templates_[path.stem().string()] = path.string();
    renderer->descriptions_[path.stem().string()] = cli::template_description(path);
  }
  if (renderer->templates_.empty()) {
    std::fprintf(stderr, "acquis-serve : aucun gabarit dans %s\n",
                 cli::templates_directory(args).c_str());
    return nullptr;
  }
  return renderer;
}

DataSnapshot Renderer::snapshot() const {
  std::lock_guard lock(data_mutex_);
  return loaded_;
}

Organization Renderer::organization() const {
  return snapshot().data->organization;
}

bool Renderer::save_organization(const Organization& organization, const LogoUpload& logo,
                                 std::string& error) {
  std::lock_guard saving(save_mutex_);
  const DataSnapshot current = snapshot();
  if (!save_profile(current.data->directory, organization, logo, error)) return false;
  auto data = std::make_shared<cli::DataSet>(*current.data);
  data->organization = organization;
  std::lock_guard lock(data_mutex_);
  loaded_ = {std::move(data), make_template_cache()};
  return true;
}

nlohmann::ordered_json Renderer::documents() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& [name, path] : templates_)
    list.push_back({{"nom", name}, {"description", descriptions_.at(name)}});
  return list;
}

nlohmann::ordered_json Renderer::programs() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Program& p : snapshot().data->programs)
    list.push_back({{"code", p.code},
                    {"sanction", p.level},
                    {"titre", p.title.fr},
                    {"titre_en", p.title.in("en")}});
  return list;
}

namespace {

// What every document sees of the data folder; a person's document adds the person.
void fill_folder_data(const cli::DataSet& data, TemplateData& in) {
  in.organization = &data.organization;
  in.employers = &data.employers;
  in.programs = &data.programs;
  in.data_directory = data.directory;
}

std::string text_at(const nlohmann::json& request, const char* key) {
  const auto it = request.find(key);
  return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool Renderer::resolve(const nlohmann::json& request, Resolved& r, Problem& problem) const {
  problem = invalid_request("La demande ne permet pas de produire ce document.");
  if (!request.is_object()) return problem.field("", "un objet JSON est attendu"), false;
  r.document = text_at(request, "document");
  const auto found = templates_.find(r.document);
  if (found == templates_.end())
    problem.field("/document", r.document.empty() ? "champ obligatoire" : "document inconnu");
  else
    r.template_path = found->second;
  const std::string language = text_at(request, "langue");
  if (language.empty() || language.rfind("fr", 0) == 0)
    r.language = "fr-CA";
  else if (language.rfind("en", 0) == 0)
    r.language = "en-CA";
  else
    problem.field("/langue", "langue inconnue : fr-CA ou en-CA attendu");

  r.loaded = snapshot();
  const cli::DataSet& data = *r.loaded.data;
  TemplateData& in = r.input;
  fill_folder_data(data, in);
  if (request.contains("candidat")) {
    if (candidate_from_json(request.at("candidat"), "/candidat", r.given, problem))
      in.candidate = &r.given;
  } else if (const std::string code = text_at(request, "code_permanent"); !code.empty()) {
    in.candidate = data.candidate(code);
    in.record = data.record(code);
    if (!in.candidate)
      problem.field("/code_permanent", "aucune personne candidate n’a ce code dans les données");
  }
  const std::string program = text_at(request, "programme").empty() && in.candidate
                                  ? in.candidate->program
                                  : text_at(request, "programme");
  in.program = program.empty() ? nullptr : data.program(program);
  if (!program.empty() && !in.program) problem.field("/programme", "programme inconnu");
  // The list of everyone, for a register, not for a person's document: converting it for
  // every certificate would cost more than the certificate.
  in.candidates = in.candidate ? nullptr : &data.candidates;
  return problem.errors.empty();
}

bool Renderer::render(const nlohmann::json& request, bool pdf, RenderedDocument& out,
                      Problem& problem, const Organization* organization) const {
  Resolved r;
  if (!resolve(request, r, problem)) return false;
  if (organization) r.input.organization = organization;
  return produce(r, pdf ? Output::Pdf : Output::Check, out, nullptr, problem);
}

bool Renderer::build(const Resolved& r, Document& document, Problem& problem) const {
  TemplateOptions options = options_;  // resolved once: no folder lookups per request
  options.cache = r.loaded.cache;
  options.today = cli::today(args_);
  options.language = r.language;
  std::vector<Diagnostic> diagnostics;
  if (build_document(r.template_path, r.input, options, document, diagnostics)) return true;
  problem.diagnostics(diagnostics, false);
  return false;
}

bool Renderer::produce(const Resolved& r, Output output, RenderedDocument& out,
                       std::shared_ptr<const LaidOutDocument>* laid, Problem& problem) const {
  Document document;
  if (!build(r, document, problem)) return false;
  std::vector<Diagnostic> layout;
  RenderResult result;
  if (output == Output::Pdf) {
    result = engine_->render(document);
    layout = result.diagnostics;
  } else {
    std::shared_ptr<const LaidOutDocument> pages = engine_->lay_out(document, layout);
    result.ok = pages != nullptr;
    if (laid) *laid = std::move(pages);
  }
  if (!result.ok) {
    problem.diagnostics(layout, false);
    for (const Diagnostic& d : layout)
      if (d.code == "internal") problem.status = 500, problem.type = "erreur-interne";
    return false;
  }
  out.pdf.assign(result.pdf.begin(), result.pdf.end());
  out.pages = result.pages;
  if (r.input.candidate) {
    std::lock_guard lock(namer_mutex_);
    out.file_name = namer_.file_name(r.document, *r.input.candidate);
  } else {
    out.file_name = r.document + ".pdf";
  }
  return true;
}

bool Renderer::plan_batch(const nlohmann::json& request, BatchPlan& plan, Problem& problem) const {
  Resolved common;
  nlohmann::json without_people = request.is_object() ? request : nlohmann::json::object();
  without_people.erase("candidats_csv");
  without_people.erase("format");
  if (!resolve(without_people, common, problem)) return false;
  plan.loaded = common.loaded;
  plan.document = common.document;
  plan.template_path = common.template_path;
  plan.language = common.language;
  plan.program = text_at(request, "programme");
  plan.zip = text_at(request, "format") != "pdf";
  const std::string format = text_at(request, "format");
  if (!format.empty() && format != "pdf" && format != "zip")
    problem.field("/format", "« pdf » (un fichier fusionné) ou « zip » (un fichier par personne)");
  const std::string csv = text_at(request, "candidats_csv");
  if (csv.empty()) problem.field("/candidats_csv", "le contenu du fichier CSV des candidats");
  if (!problem.errors.empty()) return false;
  Diagnostics diags;
  plan.candidates = parse_candidates_csv(SourceText("candidats.csv", csv), diags);
  const std::vector<Diagnostic> found = diags.take();
  problem.diagnostics(found, false);
  if (plan.candidates.empty() && problem.errors.empty())
    problem.field("/candidats_csv", "aucune personne candidate dans le fichier");
  if (plan.candidates.size() > kMaxBatch)
    problem.field("/candidats_csv", "au plus " + std::to_string(kMaxBatch) + " personnes par lot");
  for (const Candidate& c : plan.candidates) {
    const std::string code = plan.program.empty() ? c.program : plan.program;
    if (!code.empty() && !plan.loaded.data->program(code))
      problem.field("/candidats_csv", "rangée " + std::to_string(c.row) + " : programme inconnu");
  }
  return problem.errors.empty();
}

bool Renderer::resolve_person(const BatchPlan& plan, std::size_t index, Resolved& r) const {
  r.loaded = plan.loaded;
  r.document = plan.document;
  r.template_path = plan.template_path;
  r.language = plan.language;
  r.given = plan.candidates[index];
  TemplateData& in = r.input;
  fill_folder_data(*plan.loaded.data, in);
  in.candidate = &r.given;
  const std::string code = plan.program.empty() ? r.given.program : plan.program;
  in.program = code.empty() ? nullptr : plan.loaded.data->program(code);
  return true;
}

bool Renderer::render_person(const BatchPlan& plan, std::size_t index, RenderedDocument& out,
                             Problem& problem) const {
  Resolved r;
  resolve_person(plan, index, r);
  return produce(r, Output::Pdf, out, nullptr, problem);
}

std::shared_ptr<const LaidOutDocument> Renderer::lay_out_person(const BatchPlan& plan,
                                                                std::size_t index,
                                                                Problem& problem) const {
  Resolved r;
  resolve_person(plan, index, r);
  RenderedDocument unused;
  std::shared_ptr<const LaidOutDocument> laid;
  produce(r, Output::LayOut, unused, &laid, problem);
  return laid;
}

std::unique_ptr<Assembly> Renderer::assemble(const BatchPlan& plan) const {
  Metadata metadata;
  metadata.title = plan.document;
  metadata.author = plan.loaded.data->organization.name;
  metadata.language = plan.language;
  return engine_->assemble(metadata);
}

}  // namespace acquis::serve

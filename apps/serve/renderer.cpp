#include "renderer.hpp"

#include "candidate_json.hpp"
#include "support.hpp"

#include <cstdio>

namespace acquis::serve {

struct Renderer::Resolved {
  std::shared_ptr<const cli::DataSet> data;  // alive for the whole render
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
  renderer->data_ = std::move(data);
  renderer->engine_ = cli::make_engine(args);
  if (!renderer->engine_) return nullptr;
  renderer->cache_ = make_template_cache();
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

std::shared_ptr<const cli::DataSet> Renderer::snapshot() const {
  std::lock_guard lock(data_mutex_);
  return data_;
}

Organization Renderer::organization() const {
  return snapshot()->organization;
}

bool Renderer::save_organization(const Organization& organization, const LogoUpload& logo,
                                 std::string& error) {
  std::lock_guard saving(save_mutex_);
  if (!save_profile(snapshot()->directory, organization, logo, error)) return false;
  auto data = std::make_shared<cli::DataSet>(*snapshot());
  data->organization = organization;
  std::lock_guard lock(data_mutex_);
  data_ = std::move(data);
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
  for (const Program& p : snapshot()->programs)
    list.push_back({{"code", p.code},
                    {"sanction", p.level},
                    {"titre", p.title.fr},
                    {"titre_en", p.title.in("en")}});
  return list;
}

namespace {

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

  r.data = snapshot();
  const cli::DataSet& data = *r.data;
  TemplateData& in = r.input;
  in.organization = &data.organization;
  in.employers = &data.employers;
  in.programs = &data.programs;
  in.candidates = &data.candidates;
  in.data_directory = data.directory;
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
  return problem.errors.empty();
}

bool Renderer::render(const nlohmann::json& request, bool pdf, RenderedDocument& out,
                      Problem& problem, const Organization* organization) const {
  Resolved r;
  if (!resolve(request, r, problem)) return false;
  if (organization) r.input.organization = organization;
  TemplateOptions options = cli::template_options(args_);
  options.language = r.language;
  options.cache = cache_;
  Document document;
  std::vector<Diagnostic> diagnostics;
  if (!build_document(r.template_path, r.input, options, document, diagnostics)) {
    problem.diagnostics(diagnostics, false);
    return false;
  }
  std::vector<Diagnostic> layout;
  RenderResult result;
  if (pdf) {
    result = engine_->render(document);
    layout = result.diagnostics;
  } else {
    result.ok = engine_->lay_out(document, layout) != nullptr;
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

}  // namespace acquis::serve

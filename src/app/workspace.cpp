#include <acquis/app/workspace.hpp>

#include "app/file_names.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>

namespace acquis::app {

namespace fs = std::filesystem;

std::string describe(const DocumentInfo& document) {
  std::ifstream in(document.path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t begin = text.find("<!--"), end = text.find("-->");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return {};
  std::string comment;
  for (char c : text.substr(begin + 4, end - begin - 4)) {
    const bool space = c == ' ' || c == '\n';
    if (!space || (!comment.empty() && comment.back() != ' ')) comment += space ? ' ' : c;
  }
  const std::size_t sentence = comment.find(". ");
  return sentence == std::string::npos ? comment : comment.substr(0, sentence + 1);
}

bool lists_people(const DocumentInfo& document) {
  pugi::xml_document xml;
  if (!xml.load_file(document.path.c_str())) return false;
  std::istringstream names(xml.document_element().attribute("requiert").value());
  for (std::string name; names >> name;)
    if (name == "candidats") return true;
  return false;
}

struct Workspace::Names {
  std::mutex mutex;  // one transliterator
  FileNamer namer;
};

std::vector<DocumentInfo> find_documents(const std::string& templates_directory) {
  std::vector<DocumentInfo> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(templates_directory, error))
    if (entry.path().extension() == ".xml")
      found.push_back({entry.path().stem().string(), entry.path().string()});
  std::sort(found.begin(), found.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.name < b.name; });
  return found;
}

bool step_not_reached(const Diagnostic& d) {
  if (d.code == "not-certified" || d.code == "not-interviewed" || d.code == "interview-held" ||
      d.code == "interview-not-planned")
    return true;
  const MessageValue dossier = std::string("dossier");
  return d.code == "missing-data" && !d.args.empty() && d.args.front().second == dossier;
}

LoadedData make_loaded_data(DataSet data, Builds builds) {
  return {std::make_shared<const DataSet>(std::move(data)),
          builds == Builds::Many ? make_template_cache() : nullptr};
}

namespace {

// Every error says the document does not concern the person yet (and nothing else is wrong).
bool only_not_applicable(const std::vector<Diagnostic>& diagnostics) {
  bool any = false;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::Error) continue;
    if (!step_not_reached(d)) return false;
    any = true;
  }
  return any;
}

// The program `code`, else the person's (if any).
void find_program(const DataSet& data, const std::string& code, SubjectLookup& found) {
  const Candidate* person = found.subject.candidate;
  const std::string program = code.empty() && person ? person->program : code;
  found.subject.program = program.empty() ? nullptr : data.program(program);
  found.unknown_program = !program.empty() && !found.subject.program;
}

}  // namespace

SubjectLookup find_subject(const DataSet& data, const std::string& permanent_code,
                           const std::string& program_code) {
  SubjectLookup found;
  if (!permanent_code.empty()) {
    found.subject.candidate = data.candidate(permanent_code);
    found.subject.record = data.record(permanent_code);
    found.unknown_candidate = found.subject.candidate == nullptr;
    found.broken_record = data.broken_records.count(permanent_code) > 0;
  }
  find_program(data, program_code, found);
  return found;
}

SubjectLookup subject_for(const DataSet& data, const Candidate& person,
                          const std::string& program_code) {
  SubjectLookup found;
  found.subject.candidate = &person;
  find_program(data, program_code, found);
  return found;
}

TemplateData document_inputs(const DataSet& data, const Subject& subject, bool everyone) {
  TemplateData in;
  in.organization = &data.organization;
  in.employers = &data.employers;
  in.programs = &data.programs;
  in.candidates = everyone || !subject.candidate ? &data.candidates : nullptr;
  in.records = in.candidates ? &data.records : nullptr;
  in.data_directory = data.directory;
  in.program = subject.program;
  in.candidate = subject.candidate;
  in.record = subject.record;
  return in;
}

std::unique_ptr<Workspace> Workspace::open(const RunConfig& config,
                                           std::vector<Diagnostic>& diagnostics) {
  auto workspace = std::unique_ptr<Workspace>(new Workspace());
  workspace->config_ = config;
  workspace->config_.resources = find_resources(config.resources);
  const ResourcePaths& resources = workspace->config_.resources;
  EngineOptions options;
  options.font_config = resources.fonts + "/fonts.xml";
  if (!resources.hyphenation.empty()) options.hyphenation_directory = resources.hyphenation;
  options.deterministic = config.deterministic;
  workspace->engine_ = Engine::create(options, diagnostics);
  if (!workspace->engine_) return nullptr;
  workspace->documents_ = find_documents(resources.templates);
  if (workspace->documents_.empty()) {
    diagnostics.push_back({Severity::Error, "no-templates", {}, resources.templates, {}, {}});
    return nullptr;
  }
  workspace->names_ = std::make_unique<Names>();
  return workspace;
}

Workspace::~Workspace() = default;

const DocumentInfo* Workspace::document(const std::string& name) const {
  for (const DocumentInfo& d : documents_)
    if (d.name == name) return &d;
  return nullptr;
}

TemplateOptions Workspace::template_options(const LoadedData& loaded, Language language) const {
  TemplateOptions options;
  options.template_directories = {config_.resources.templates};
  options.locales_directory = config_.resources.locales;
  options.language = language;
  options.today = today(config_);
  options.cache = loaded.cache;
  return options;
}

bool Workspace::build(const LoadedData& loaded, const DocumentRequest& request, Document& document,
                      std::vector<Diagnostic>& diagnostics) const {
  const DocumentInfo* info = this->document(request.document);
  if (!info) {
    diagnostics.push_back(
        {Severity::Error, "unknown-document", {{"name", request.document}}, {}, {}, {}});
    return false;
  }
  TemplateData inputs = document_inputs(*loaded.data, request.subject, request.everyone);
  if (request.organization) inputs.organization = request.organization;
  TemplateOptions options = template_options(loaded, request.language);
  options.specimen = request.specimen;
  options.archival = request.archival;
  options.fillable = request.fillable;
  return build_document(info->path, inputs, options, document, diagnostics);
}

Rendered Workspace::render(const LoadedData& loaded, const DocumentRequest& request, Output output,
                           const std::string& path) const {
  Rendered out;
  Document document;
  if (!build(loaded, request, document, out.diagnostics)) {
    out.not_applicable = only_not_applicable(out.diagnostics);
    return out;
  }
  out.metadata = document.metadata;
  if (output == Output::LayOut || output == Output::Check) {
    out.laid = engine_->lay_out(document, out.diagnostics);
    out.ok = out.laid != nullptr;
    if (output == Output::Check) out.laid.reset();
    return out;
  }
  RenderResult result =
      output == Output::File ? engine_->render_to_file(document, path) : engine_->render(document);
  for (Diagnostic& d : result.diagnostics) out.diagnostics.push_back(std::move(d));
  out.ok = result.ok;
  out.pages = result.pages;
  out.bytes = result.pdf.size();
  if (output == Output::Pdf) out.pdf.assign(result.pdf.begin(), result.pdf.end());
  return out;
}

std::string Workspace::file_name(const std::string& document, const Candidate& candidate) const {
  std::lock_guard lock(names_->mutex);
  return names_->namer.file_name(document, candidate);
}

}  // namespace acquis::app

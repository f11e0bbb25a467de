// The application layer's centre: what the command line and the service both stand on. A
// workspace holds the engine (fonts parsed once), the documents (the templates found), and
// turns a request — a document, a language, a person and a program of a data set — into a
// built document, a PDF or a laid-out document for a merged file. Safe to use from several
// threads at once.
#pragma once

#include <acquis/acquis.hpp>
#include <acquis/app/data_set.hpp>
#include <acquis/app/run_config.hpp>
#include <acquis/templates.hpp>

#include <memory>
#include <string>
#include <vector>

namespace acquis::app {

// A document the workspace can make: a top-level template of the templates folder.
struct DocumentInfo {
  std::string name;  // "attestation"
  std::string path;  // templates/attestation.xml
};

// The diagnostic says the document is for a later step of the person's dossier (not opened
// yet, no interview, not certified), not that anything is wrong.
bool step_not_reached(const Diagnostic& d);

// The first sentence of the template's first comment: what the document is.
std::string describe(const DocumentInfo& document);

// The template requires "candidats": the document lists every person, with their employer and
// what their dossier says.
bool lists_people(const DocumentInfo& document);

// A data set as loaded, with the cache of the builds that use it: the cache keeps the programs'
// template values by address, so a changed data set (a saved profile) comes with a new cache.
// One document needs no cache (it would only hold a second copy of the program).
struct LoadedData {
  std::shared_ptr<const DataSet> data;
  std::shared_ptr<TemplateCache> cache;  // may be null
};
enum class Builds { One, Many };
LoadedData make_loaded_data(DataSet data, Builds builds = Builds::Many);

// Who and what a document is for; all may be null (a blank booklet has no person, a guide no
// program).
struct Subject {
  const Candidate* candidate = nullptr;
  const AssessmentRecord* record = nullptr;
  const Program* program = nullptr;
};

// The person of code `permanent_code` (with their record) and the program `program_code`, else
// the person's; an empty code asks for nobody or no program. What the data lacks is flagged.
struct SubjectLookup {
  Subject subject;
  bool unknown_candidate = false, unknown_program = false;
  bool broken_record = false;  // the person's record file has errors: nothing is made for them
  bool ok() const { return !unknown_candidate && !unknown_program && !broken_record; }
};
SubjectLookup find_subject(const DataSet& data, const std::string& permanent_code,
                           const std::string& program_code);
// The same for a person given in full, not looked up (no record): a row of a CSV sent with a
// batch, a candidate typed in a form.
SubjectLookup subject_for(const DataSet& data, const Candidate& person,
                          const std::string& program_code);

// What a template sees of the data set for `subject`: the organization, employers and
// programs, the subject, and the list of every candidate when `everyone` is asked or the
// document is about nobody (a register; converting the list for every certificate would cost
// more than the certificate).
TemplateData document_inputs(const DataSet& data, const Subject& subject, bool everyone = false);

struct DocumentRequest {
  std::string document;  // a name of Workspace::documents()
  Language language = Language::French;
  Subject subject;
  const Organization* organization = nullptr;  // instead of the data set's (a profile preview)
  bool everyone = false;                       // see document_inputs
  bool specimen = false;                       // see TemplateOptions::specimen
  bool archival = false;                       // see TemplateOptions::archival
  bool fillable = false;                       // see TemplateOptions::fillable
};

// What a render gives back: the PDF (or the laid-out pages for a merged file) and the problems.
struct Rendered {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
  std::string pdf;  // Output::Pdf
  int pages = 0;
  std::size_t bytes = 0;  // of the PDF made (Pdf and File)
  std::shared_ptr<const LaidOutDocument> laid;
  Metadata metadata;
  bool skipped = false;  // in a batch stopped before this document's turn: not made
  // Refused only because it does not apply to this person (a certificate for someone not
  // certified): a batch leaves the person out and says so, without counting a failure.
  bool not_applicable = false;
};

enum class Output { Pdf, File, LayOut, Check };

class Workspace {
 public:
  // Null, with the diagnostics, when the fonts cannot be used or there is no template.
  static std::unique_ptr<Workspace> open(const RunConfig& config,
                                         std::vector<Diagnostic>& diagnostics);
  ~Workspace();

  const RunConfig& config() const { return config_; }
  const Engine& engine() const { return *engine_; }
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  const DocumentInfo* document(const std::string& name) const;

  // Builds the request's document from its template; false with diagnostics.
  bool build(const LoadedData& loaded, const DocumentRequest& request, Document& document,
             std::vector<Diagnostic>& diagnostics) const;
  // Builds and renders: the PDF in memory (Pdf), written atomically at `path` (File), laid out
  // for an Assembly (LayOut), or laid out only to find its problems (Check).
  Rendered render(const LoadedData& loaded, const DocumentRequest& request, Output output,
                  const std::string& path = {}) const;

  // "attestation_cote-berube-eloise_COTE12345678.pdf": the name of a person's document.
  std::string file_name(const std::string& document, const Candidate& candidate) const;

 private:
  Workspace() = default;
  TemplateOptions template_options(const LoadedData& loaded, Language language) const;

  RunConfig config_;
  std::unique_ptr<Engine> engine_;
  std::vector<DocumentInfo> documents_;
  struct Names;
  std::unique_ptr<Names> names_;
};

// The documents of a templates folder: its top-level templates (partials live in subfolders),
// sorted by name.
std::vector<DocumentInfo> find_documents(const std::string& templates_directory);

}  // namespace acquis::app

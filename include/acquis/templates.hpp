// Templates: XML documents in the layout vocabulary, with data binding ({expressions}, loops,
// conditions, local variables, includes) and messages from the locale catalogs. A template is
// evaluated against the data of one render into a Document (no control flow left), which the
// Engine (acquis.hpp) then lays out. The language is described in docs/templates.md.
#pragma once

#include <acquis/data.hpp>
#include <acquis/diagnostic.hpp>
#include <acquis/document.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acquis {

// What a template can see. Absent pieces are null in expressions (a blank booklet has no
// candidate).
struct TemplateData {
  const Program* program = nullptr;
  const Organization* organization = nullptr;
  const Candidate* candidate = nullptr;
  const AssessmentRecord* record = nullptr;
  const std::vector<Employer>* employers = nullptr;
  const std::vector<Program>* programs = nullptr;      // all offered: code, level, title
  const std::vector<Candidate>* candidates = nullptr;  // all: for a register (not per person)
  // Everyone's dossiers by code permanent, with the list: whether each person is certified.
  const std::map<std::string, AssessmentRecord>* records = nullptr;
  std::string data_directory = ".";  // relative file names in the data (the logo) start here
};

// Files read by builds (templates, fragments, message catalogs), kept once read: a batch that
// builds one document for a thousand people reads and parses them once. Shared by threads
// safely; a file changed on disk after its first read is not seen by builds that share it.
// It also keeps each program as template values, by address: the programs its builds see
// must stay where they are, unchanged, while it lives (one cache per loaded data set).
class TemplateCache;
std::shared_ptr<TemplateCache> make_template_cache();

// The date of the day in deterministic mode (--deterministe), and when none is given.
inline constexpr const char* kFixedDate = "2026-01-01";

struct TemplateOptions {
  std::vector<std::string> template_directories{"templates"};  // includes stay inside these
  std::string locales_directory = "locales";
  Language language = Language::French;  // of the document
  std::string today = kFixedDate;        // YYYY-MM-DD, "aujourdhui" in templates
  std::shared_ptr<TemplateCache> cache;  // none: every build reads its files
  // A training copy: made whatever step the person is at (the steps a template requires are
  // not checked), marked SPÉCIMEN across every page; `specimen` is true in the template.
  bool specimen = false;
  // PDF/A-1b whatever the template says (a template asks for it with archive="oui").
  bool archival = false;
  // A PDF form to fill on a computer: the form elements a template names (<case nom="…">…)
  // become fields; `remplissable` is true in the template. Only for a template that declares
  // itself a form (<document formulaire="…">).
  bool fillable = false;
};

// False, with diagnostics (file:line:column, source line, caret), when the template or its
// includes are broken; `document` is then not to be rendered.
bool build_document(const std::string& template_path, const TemplateData& data,
                    const TemplateOptions& options, Document& document,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace acquis

// The engine behind the service: the data folder, fonts and parsed templates loaded once at
// start, then any number of threads rendering at once. A request names a document among the
// templates found at start (never a path), a language, a program of the data folder and a
// candidate — given in full or by the code permanent of one of the folder's candidates.
#pragma once

#include <acquis/acquis.hpp>
#include <acquis/templates.hpp>

#include "arguments.hpp"
#include "batch_files.hpp"
#include "config.hpp"
#include "data_set.hpp"
#include "problem.hpp"
#include "profile.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace acquis::serve {

// The data folder as loaded, with the cache of the builds that use it: the cache keeps the
// programs' values by address, so a new data set (a saved profile) comes with a new cache.
struct DataSnapshot {
  std::shared_ptr<const cli::DataSet> data;
  std::shared_ptr<TemplateCache> cache;
};

// A batch: one document for every row of a candidates CSV, checked as a whole first.
struct BatchPlan {
  DataSnapshot loaded;
  std::string document, template_path, language, program;  // program: else each row's
  std::vector<Candidate> candidates;
  bool zip = true;  // one file per person; else one merged PDF
};

struct RenderedDocument {
  std::string pdf;
  int pages = 0;
  std::string file_name;  // "attestation_cote-berube-eloise_COTE12345678.pdf"
};

class Renderer {
 public:
  // Null, with the problems printed on stderr, when the data or the fonts cannot be used.
  static std::unique_ptr<Renderer> create(const ServeConfig& config);

  nlohmann::ordered_json documents() const;
  nlohmann::ordered_json programs() const;

  // With `pdf` false, checks the request and lays the document out without writing it. False
  // with `problem` filled: 422 for what the request can fix, 500 for the engine's own faults.
  // `organization`, when given, stands in for the data folder's (a profile's preview).
  bool render(const nlohmann::json& request, bool pdf, RenderedDocument& out, Problem& problem,
              const Organization* organization = nullptr) const;

  // Reads a batch request ({"document", "langue", "programme", "format": "zip" or "pdf",
  // "candidats_csv"}); every bad row is reported (by row number, file line and column).
  bool plan_batch(const nlohmann::json& request, BatchPlan& plan, Problem& problem) const;
  bool render_person(const BatchPlan& plan, std::size_t index, RenderedDocument& out,
                     Problem& problem) const;
  std::shared_ptr<const LaidOutDocument> lay_out_person(const BatchPlan& plan, std::size_t index,
                                                        Problem& problem) const;
  std::unique_ptr<Assembly> assemble(const BatchPlan& plan) const;
  static constexpr std::size_t kMaxBatch = 10000;

  Organization organization() const;
  // Saves the profile into the data folder (see profile.hpp) and serves it from then on.
  bool save_organization(const Organization& organization, const LogoUpload& logo,
                         std::string& error);

 private:
  struct Resolved;
  enum class Output { Pdf, Check, LayOut };
  bool resolve(const nlohmann::json& request, Resolved& resolved, Problem& problem) const;
  bool resolve_person(const BatchPlan& plan, std::size_t index, Resolved& resolved) const;
  bool build(const Resolved& resolved, Document& document, Problem& problem) const;
  bool produce(const Resolved& resolved, Output output, RenderedDocument& out,
               std::shared_ptr<const LaidOutDocument>* laid, Problem& problem) const;
  DataSnapshot snapshot() const;

  cli::Arguments args_;            // the resource options, as the command line takes them
  mutable std::mutex data_mutex_;  // guards the snapshot; a render keeps its own alive
  DataSnapshot loaded_;
  std::mutex save_mutex_;  // one profile saved at a time
  std::unique_ptr<Engine> engine_;
  TemplateOptions options_;  // folders; the cache, language and date are set per request
  std::map<std::string, std::string> templates_;  // document name → template path
  std::map<std::string, std::string> descriptions_;
  mutable std::mutex namer_mutex_;  // one transliterator
  cli::FileNamer namer_;
};

}  // namespace acquis::serve

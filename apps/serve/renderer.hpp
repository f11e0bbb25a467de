// The service's side of the application layer: the workspace (fonts and templates loaded once),
// the data folder as loaded (replaced whole when the profile is saved), and requests read from
// JSON. A request names a document among the workspace's (never a path), a language, a program
// of the data folder and a candidate — given in full or by the code permanent of one of the
// folder's candidates. Any number of threads may render at once.
#pragma once

#include <acquis/app/batch.hpp>
#include <acquis/app/dossier_store.hpp>
#include <acquis/app/form_import.hpp>
#include <acquis/app/people_index.hpp>
#include <acquis/app/person_files.hpp>
#include <acquis/app/workspace.hpp>

#include "config.hpp"
#include "problem.hpp"
#include "profile.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <string>

namespace acquis::serve {

struct RenderedDocument {
  std::string pdf;
  std::string file_name;  // "attestation_cote-berube-eloise_COTE12345678.pdf"
};

class Renderer {
 public:
  // Null, with the problems printed on stderr, when the data or the fonts cannot be used.
  static std::unique_ptr<Renderer> create(const ServeConfig& config, Language messages);

  const app::Workspace& workspace() const { return *workspace_; }
  nlohmann::ordered_json documents() const;
  nlohmann::ordered_json programs() const;

  // With `pdf` false, checks the request and lays the document out without writing it. False
  // with `problem` filled (in its language): 422 for what the request can fix, 500 for the
  // engine's own faults. `organization`, when given, stands in for the data folder's (a
  // profile's preview).
  bool render(const nlohmann::json& request, bool pdf, RenderedDocument& out, Problem& problem,
              const Organization* organization = nullptr) const;

  // Reads a batch request ({"document", "langue", "programme", "format": "zip" or "pdf",
  // "candidats_csv"}); every bad row is reported (by row number, file line and column).
  bool plan_batch(const nlohmann::json& request, app::Batch& batch, Problem& problem) const;
  static constexpr std::size_t kMaxBatch = 10000;

  Organization organization() const;
  // Applies a profile request (profile_from_json) to the profile as it is at that moment,
  // saves it into the data folder and serves it from then on, one save at a time: two saves at
  // once each keep their changes. False with `problem` (422: the request; 500: not written).
  bool update_organization(const nlohmann::json& request, Organization& saved, Problem& problem);
  // Removes a person from every file of the data folder (app::erase_person) and serves the
  // folder as it is then; false with the id of the message saying why.
  bool erase_person(const std::string& permanent_code, const std::string& by, app::Erasure& erased,
                    std::string& error);
  // A filled booklet taken into the person's dossier (app::import_form), one save at a time;
  // the folder is then served as it is.
  app::FormImport import_form(app::FormImportRequest request);

  // The data folder as served now.
  app::LoadedData current() const { return snapshot(); }
  // The people of the data served now, indexed once per load; keeps that data alive.
  struct People {
    app::LoadedData loaded;
    app::PeopleIndex index;
  };
  std::shared_ptr<const People> people() const;
  // A part of a person's dossier saved (app::save_dossier_part), one change at a time; the
  // folder is then served as it is.
  app::DossierSave save_dossier(const app::DossierEdit& edit);
  // The sanction saved in the list of people (app::save_sanction), as a dossier part is.
  app::DossierSave save_sanction(const app::SanctionEdit& edit);

 private:
  struct Resolved;
  bool resolve(const nlohmann::json& request, Resolved& resolved, Problem& problem) const;
  // The message id ("cli.uses-broken-…") of a file with errors the document would use, or null.
  const char* broken_files_used(const app::DataSet& data, const std::string& document,
                                const app::SubjectLookup& found) const;
  app::LoadedData snapshot() const;
  void reload(const std::string& folder);  // under save_mutex_; kept as it was if it fails

  std::unique_ptr<app::Workspace> workspace_;
  mutable std::mutex data_mutex_;  // guards the snapshot; a render keeps its own alive
  app::LoadedData loaded_;
  std::mutex save_mutex_;            // one change of the data folder at a time
  mutable std::mutex people_mutex_;  // guards people_
  mutable std::shared_ptr<const People> people_;
  ServeConfig config_;
};

}  // namespace acquis::serve

#include "read_form.hpp"

#include "session.hpp"

#include <acquis/app/form_import.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace acquis::cli {

namespace {

// The file whole, unless it is larger than a form can be: then its size says enough.
bool read_file(const std::string& path, app::FormImportRequest& request) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  request.size = static_cast<std::size_t>(in.tellg());
  in.seekg(0);
  if (request.size > app::kMaxFormBytes) return true;
  request.bytes.resize(request.size);
  in.read(request.bytes.data(), static_cast<std::streamsize>(request.size));
  return static_cast<bool>(in);
}

// What was read and where it went.
std::string summary(const Arguments& args, const app::FormImport& result) {
  const std::string previous = result.previous_version.empty() ? "-" : result.previous_version;
  if (result.document == "fiche-inscription") {
    std::string columns;
    for (const std::string& c : result.list_changes) columns += (columns.empty() ? "" : ", ") + c;
    const char* list = result.person_added            ? "added"
                       : !result.list_changes.empty() ? "changed"
                                                      : "same";
    return say(args, "cli.registration-read",
               {{"fields", static_cast<double>(result.registration_fields)},
                {"list", list},
                {"file", result.list},
                {"columns", columns},
                {"dossier", result.dossier},
                {"previous", previous}});
  }
  if (result.document == "cahier-observation")
    return say(args, "cli.observation-read",
               {{"sessions", static_cast<double>(result.sessions)},
                {"known", static_cast<double>(result.sessions_known)},
                {"syntheses", static_cast<double>(result.syntheses)},
                {"dossier", result.dossier},
                {"previous", previous}});
  return say(args, "cli.form-read",
             {{"answers", static_cast<double>(result.answers)},
              {"examples", static_cast<double>(result.examples)},
              {"enclosed", static_cast<double>(result.enclosed)},
              {"dossier", result.dossier},
              {"previous", previous}});
}

}  // namespace

int read_form(const Arguments& args) {
  if (args.positional.empty()) return usage_error(args, "cli.name-the-form");
  const std::string path = args.positional.front();
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::FormImportRequest request;
  request.file_name = path;
  request.person = args.option("candidat");
  request.today = app::today(config);
  if (!read_file(path, request)) return usage_error(args, "cli.cannot-read", {{"path", path}});
  app::DataSet data;
  if (!load_usable(args, config, data)) {  // the errors printed say what to fix first
    std::fprintf(stderr, "%s\n", say(args, "cli.form-not-read", {{"path", path}}).c_str());
    return 1;
  }
  const app::FormImport result = app::import_form(data, request);
  print(args, result.diagnostics);
  if (!result.ok) return 1;
  std::fprintf(stderr, "%s\n", summary(args, result).c_str());
  return 0;
}

}  // namespace acquis::cli

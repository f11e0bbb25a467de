#include "export.hpp"

#include "common/person_export.hpp"
#include "session.hpp"

#include <acquis/app/person_files.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace acquis::cli {

int find_named_person(const Arguments& args, app::RunConfig& config, app::PersonFiles& found) {
  const std::string code = args.option("candidat");
  if (code.empty()) return usage_error(args, "cli.give-the-person");
  if (!configure(args, config)) return 2;
  std::string error;
  if (!app::find_person(config.data_directory, code, found, error))
    return std::fprintf(stderr, "acquis: %s\n", say(args, error.c_str()).c_str()), 1;
  if (found.empty()) return usage_error(args, "cli.unknown-candidate");
  return 0;
}

int export_candidate(const Arguments& args) {
  app::RunConfig config;
  app::PersonFiles found;
  if (const int status = find_named_person(args, config, found)) return status;
  const std::string code = args.option("candidat");
  app::DataSet data;
  const bool loaded = load(args, config, data);
  const nlohmann::ordered_json data_of_person =
      person_export(loaded ? &data : nullptr, code, found, app::today(config));
  const std::string text = data_of_person.dump(2) + "\n";
  return write_text(args, args.option("sortie", "-"), text);
}

}  // namespace acquis::cli

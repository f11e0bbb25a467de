// `acquis effacer --candidat CODE --confirmer [--par NOM]`: the person removed from every file
// of the data folder (Quebec's privacy law: the right to erasure). Without --confirmer, says
// what would be removed and changes nothing.
#include "export.hpp"
#include "session.hpp"

#include <acquis/app/person_files.hpp>

#include <pwd.h>
#include <unistd.h>

#include <cstdio>

namespace acquis::cli {

namespace {

// Who erases, for the journal: --par, or the account running the command.
std::string eraser(const Arguments& args) {
  if (!args.option("par").empty()) return args.option("par");
  const passwd* account = getpwuid(geteuid());
  return account ? account->pw_name : "uid " + std::to_string(geteuid());
}

}  // namespace

int erase_candidate(const Arguments& args) {
  const std::string code = args.option("candidat");
  if (code.empty()) return usage_error(args, "cli.give-the-person");
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::PersonFiles found;
  std::string error;
  if (!app::find_person(config.data_directory, code, found, error))
    return std::fprintf(stderr, "acquis: %s\n", say(args, error.c_str()).c_str()), 1;
  if (found.empty()) return usage_error(args, "cli.unknown-candidate");
  for (const app::PersonFiles::Entry& entry : found.entries)
    std::fprintf(
        stderr, "  %s\n",
        say(args, "cli.erase-entry", {{"file", entry.file}, {"row", std::to_string(entry.row)}})
            .c_str());
  for (const auto& [path, text] : found.records)
    std::fprintf(stderr, "  %s\n", say(args, "cli.erase-record", {{"file", path}}).c_str());
  if (!args.flag("confirmer")) return usage_error(args, "cli.erase-confirm");
  app::Erasure erased;
  if (!app::erase_person(config.data_directory, code, eraser(args), erased, error))
    return std::fprintf(stderr, "acquis: %s\n", say(args, error.c_str()).c_str()), 1;
  std::fprintf(stderr, "%s\n",
               say(args, "cli.erased",
                   {{"entries", static_cast<double>(erased.entries)},
                    {"records", static_cast<double>(erased.records)}})
                   .c_str());
  return 0;
}

}  // namespace acquis::cli

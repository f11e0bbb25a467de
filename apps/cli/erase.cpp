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
  app::RunConfig config;
  app::PersonFiles found;
  if (const int status = find_named_person(args, config, found)) return status;
  const std::string code = args.option("candidat");
  for (const app::PersonFiles::Entry& entry : found.entries)
    std::fprintf(
        stderr, "  %s\n",
        say(args, "cli.erase-entry", {{"file", entry.file}, {"row", std::to_string(entry.row)}})
            .c_str());
  for (const auto& [path, text] : found.records)
    std::fprintf(stderr, "  %s\n", say(args, "cli.erase-record", {{"file", path}}).c_str());
  if (!args.flag("confirmer")) return usage_error(args, "cli.erase-confirm");
  app::Erasure erased;
  std::string error;
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

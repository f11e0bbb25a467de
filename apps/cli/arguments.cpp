#include "arguments.hpp"

#include <acquis/data.hpp>

#include <cstdlib>

namespace acquis::cli {

namespace {

// Options that take a value, with their English spellings.
const std::map<std::string, std::string>& value_options() {
  static const std::map<std::string, std::string> names = {{"--donnees", "donnees"},
                                                           {"--data", "donnees"},
                                                           {"--gabarits", "gabarits"},
                                                           {"--templates", "gabarits"},
                                                           {"--locales", "locales"},
                                                           {"--programme", "programme"},
                                                           {"--program", "programme"},
                                                           {"--candidat", "candidat"},
                                                           {"--candidate", "candidat"},
                                                           {"--langue", "langue"},
                                                           {"--language", "langue"},
                                                           {"-o", "sortie"},
                                                           {"--sortie", "sortie"},
                                                           {"--output", "sortie"},
                                                           {"--date", "date"},
                                                           {"--candidats", "candidats"},
                                                           {"--candidates", "candidats"},
                                                           {"--polices", "polices"},
                                                           {"--fonts", "polices"},
                                                           {"--fusion", "fusion"},
                                                           {"--merged", "fusion"},
                                                           {"--tranche", "tranche"},
                                                           {"--slice", "tranche"},
                                                           {"--taches", "taches"},
                                                           {"--jobs", "taches"},
                                                           {"--cesure", "cesure"},
                                                           {"--hyphenation", "cesure"},
                                                           {"--par", "par"},
                                                           {"--by", "par"}};
  return names;
}

// Options without a value.
const std::map<std::string, std::string>& flag_options() {
  static const std::map<std::string, std::string> names = {
      {"--arret-erreur", "arret-erreur"}, {"--stop-on-error", "arret-erreur"},
      {"--silencieux", "silencieux"},     {"--quiet", "silencieux"},
      {"--specimen", "specimen"},         {"--remplacer", "remplacer"},
      {"--overwrite", "remplacer"},       {"--confirmer", "confirmer"},
      {"--confirm", "confirmer"},         {"--archive", "archive"},
      {"--archival", "archive"},          {"--remplissable", "remplissable"},
      {"--fillable", "remplissable"}};
  return names;
}

}  // namespace

Arguments parse_arguments(int argc, const char* const* argv) {
  Arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--anglais" || word == "--english") {
      args.messages = Language::English;
    } else if (word == "--aide" || word == "--help" || word == "-h") {
      args.help = true;
    } else if (word == "--deterministe" || word == "--deterministic") {
      args.deterministic = true;
    } else if (const auto flag = flag_options().find(word); flag != flag_options().end()) {
      args.flags.insert(flag->second);
    } else if (const auto it = value_options().find(word); it != value_options().end()) {
      if (i + 1 >= argc) {
        args.error = "cli.option-needs-value", args.error_option = word;
        continue;
      }
      args.options[it->second] = argv[++i];
    } else if (word.size() > 1 && word[0] == '-' && word != "-") {
      if (args.error.empty()) args.error = "cli.unknown-option", args.error_option = word;
    } else if (args.command.empty()) {
      args.command = word;
    } else {
      args.positional.push_back(word);
    }
  }
  return args;
}

bool run_config(const Arguments& args, app::RunConfig& config, std::string& error,
                std::string& value) {
  config.data_directory = args.option("donnees", ".");
  config.candidates_file = args.option("candidats");
  config.resources = {args.option("gabarits"),
                      args.option("locales"),
                      args.option("polices"),
                      {},
                      args.option("cesure")};
  config.deterministic = args.deterministic;
  config.date = args.option("date");
  const std::string language = args.option("langue", "fr-CA");
  if (!parse_language(language, config.language))
    return error = "cli.bad-language", value = language, false;
  if (!config.date.empty() && !is_iso_date(config.date))
    return error = "cli.bad-date", value = config.date, false;
  if (const std::string jobs = args.option("taches"); !jobs.empty()) {
    char* end = nullptr;
    const long count = std::strtol(jobs.c_str(), &end, 10);
    if (*end != '\0' || count < 1 || count > 64) return error = "cli.bad-jobs", value = jobs, false;
  }
  return true;
}

}  // namespace acquis::cli

// The command line: `acquis [options] COMMANDE [ARGUMENTS]`. Options may come anywhere; each has
// a French and an English spelling. What the library needs of them becomes an app::RunConfig.
#pragma once

#include <acquis/app/run_config.hpp>
#include <acquis/language.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace acquis::cli {

struct Arguments {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // by French name without dashes: "donnees"…
  std::set<std::string> flags;                 // options without a value: "silencieux"…
  Language messages = Language::French;        // --anglais: messages in English
  bool help = false;
  bool deterministic = false;
  std::string error, error_option;  // a usage error: its message id, and the option it concerns

  bool flag(const std::string& name) const { return flags.count(name) > 0; }
  std::string option(const std::string& name, const std::string& fallback = {}) const {
    const auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

Arguments parse_arguments(int argc, const char* const* argv);

// What the library needs of the options; false (a usage error: `error`, a message id, with the
// option's value) when one of them is wrong.
bool run_config(const Arguments& args, app::RunConfig& config, std::string& error,
                std::string& value);

}  // namespace acquis::cli

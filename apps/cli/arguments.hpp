// The command line: `acquis [options] COMMANDE [ARGUMENTS]`. Options may come anywhere.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace acquis::cli {

struct Arguments {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // by long name without dashes: "donnees", "sortie"…
  bool english = false;
  bool help = false;
  bool deterministic = false;
  std::set<std::string> flags;  // options without a value, by French name: "silencieux"…
  std::string error;            // a usage error, in French (English with --english)

  bool flag(const std::string& name) const { return flags.count(name) > 0; }
  std::string option(const std::string& name, const std::string& fallback = {}) const {
    const auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

Arguments parse_arguments(int argc, const char* const* argv);

// The --aide text.
const char* help_text(bool english);

}  // namespace acquis::cli

// The command line: `acquis [options] COMMANDE [ARGUMENTS]`. Options may come anywhere.
#pragma once

#include <map>
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
  std::string error;  // a usage error, in French (English with --english)

  std::string option(const std::string& name, const std::string& fallback = {}) const {
    const auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

Arguments parse_arguments(int argc, const char* const* argv);

// The --aide text.
const char* help_text(bool english);

}  // namespace acquis::cli

// A problem found while rendering, written for the person who has to fix the input.
#pragma once

#include <string>
#include <vector>

namespace acquis {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     // stable identifier, e.g. "glyph-missing"
  std::string message;  // in French, for users
  std::string source;   // where the offending text came from
};

inline bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

// "source: erreur: message" — the form the command line prints.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace acquis

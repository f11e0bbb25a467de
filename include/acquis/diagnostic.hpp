// A problem found in the input or while rendering, written for the person who has to fix it.
#pragma once

#include <string>
#include <vector>

namespace acquis {

enum class Severity { Error, Warning };

// Where in a file: line and column from 1 (columns count characters, not bytes), and the text
// of that line so that the message can show it with a caret.
struct Location {
  std::string file;
  int line = 0, column = 0;
  std::string excerpt;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     // stable identifier, e.g. "glyph-missing"
  std::string message;  // in the user's language (French by default)
  std::string source;   // where the offending text came from, when there is no file position
  Location location{};
  std::string hint;  // e.g. "vouliez-vous dire « competence » ?"
};

inline bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

// "file:line:column: erreur: message", then the source line with a caret under the column and
// the hint; "source: erreur: message" without a position. English words with `english`.
std::string format_diagnostic(const Diagnostic& diagnostic, bool english = false);

}  // namespace acquis

// A problem found in the input or while rendering, written for the person who has to fix it.
// A diagnostic holds a message id and its arguments, not text: it is put into words in the
// language of whoever reads it (format_diagnostic), at the edge.
#pragma once

#include <acquis/language.hpp>
#include <acquis/messages.hpp>

#include <string>
#include <vector>

namespace acquis {

enum class Severity { Error, Warning };

// Where in a file: line and column from 1 (columns count characters, not bytes), and the text
// of that line so that the message can show it with a caret.
struct Location {
  std::string file;
  int line = 0, column = 0;
  std::string excerpt;     // the line, or the part of a long line around the column
  int excerpt_column = 0;  // where the column falls in `excerpt` (0: at `column`)
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;    // the message's id in the interface catalogs, e.g. "glyph-missing"
  MessageArgs args;    // its named arguments
  std::string source;  // where the offending text came from, when there is no file position
  Location location{};
  std::string suggestion;  // a known name close to a misspelt one: "did you mean …?"
};

inline bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

// The message alone: "le mot « … » est plus large que son cadre…".
std::string diagnostic_text(const Diagnostic& diagnostic, Language language = Language::French);
// The suggestion as a sentence ("vouliez-vous dire « x » ?"), or nothing.
std::string suggestion_text(const Diagnostic& diagnostic, Language language = Language::French);

// "file:line:column: erreur: message", then the source line with a caret under the column and
// the suggestion; "source: erreur: message" without a position.
std::string format_diagnostic(const Diagnostic& diagnostic, Language language = Language::French);

}  // namespace acquis

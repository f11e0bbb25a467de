#include <acquis/diagnostic.hpp>

#include "core/utf8.hpp"

namespace acquis {

namespace {

// The caret line: tabs kept as tabs so that it lines up under the excerpt.
std::string caret_under(const std::string& excerpt, int column) {
  std::string out;
  std::size_t pos = 0;
  for (int c = 1; c < column && pos < excerpt.size(); ++c) {
    const char32_t ch = utf8::next(excerpt, pos);
    out += ch == '\t' ? '\t' : ' ';
  }
  return out + "^";
}

}  // namespace

std::string diagnostic_text(const Diagnostic& d, Language language) {
  return message(d.code, language, d.args);
}

std::string suggestion_text(const Diagnostic& d, Language language) {
  return d.suggestion.empty() ? std::string()
                              : message("did-you-mean", language, {{"name", d.suggestion}});
}

std::string format_diagnostic(const Diagnostic& d, Language language) {
  const Location& at = d.location;
  std::string out;
  if (!at.file.empty()) {
    out = at.file;
    if (at.line > 0) {
      out += ':';
      out += std::to_string(at.line);
      out += ':';
      out += std::to_string(at.column);
    }
  } else {
    out = d.source.empty() ? std::string("acquis") : d.source;
  }
  out += ": ";
  out += message(d.severity == Severity::Error ? "severity.error" : "severity.warning", language);
  out += ": ";
  out += diagnostic_text(d, language);
  if (at.line > 0 && !at.excerpt.empty()) {
    const int column = at.excerpt_column > 0 ? at.excerpt_column : at.column;
    out += "\n  " + at.excerpt + "\n  " + caret_under(at.excerpt, column);
  }
  if (const std::string hint = suggestion_text(d, language); !hint.empty()) out += "\n  " + hint;
  return out;
}

}  // namespace acquis

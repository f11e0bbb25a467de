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

std::string format_diagnostic(const Diagnostic& d, bool english) {
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
  if (english)
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
  else
    out += d.severity == Severity::Error ? ": erreur: " : ": avertissement: ";
  out += d.message;
  if (at.line > 0 && !at.excerpt.empty()) {
    out += "\n  " + at.excerpt + "\n  " + caret_under(at.excerpt, at.column);
  }
  if (!d.hint.empty()) out += "\n  " + d.hint;
  return out;
}

}  // namespace acquis

#include <acquis/diagnostic.hpp>

namespace acquis {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out = diagnostic.source.empty() ? std::string("acquis") : diagnostic.source;
  out += diagnostic.severity == Severity::Error ? ": erreur: " : ": avertissement: ";
  out += diagnostic.message;
  return out;
}

}  // namespace acquis

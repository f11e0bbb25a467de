// The CSV reader and the candidate checks on arbitrary bytes (any encoding, any delimiter).
#include "data/candidates.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  acquis::Diagnostics diags;
  const std::string text(reinterpret_cast<const char*>(data), size);
  acquis::parse_candidates_csv(acquis::SourceText("fuzz.csv", text), diags);
  for (const auto& d : diags.items()) acquis::format_diagnostic(d);
  return 0;
}

// Every XML data loader on the same arbitrary input.
#include "data/loaders.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace acquis;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  Program program;
  load_program(SourceText("p.xml", text), program, diags);
  Organization organization;
  load_organization(SourceText("o.xml", text), organization, diags);
  std::vector<Employer> employers;
  load_employers(SourceText("e.xml", text), employers, diags);
  AssessmentRecord record;
  load_assessment(SourceText("d.xml", text), record, diags);
  std::vector<Candidate> candidates;
  load_candidates_xml(SourceText("c.xml", text), candidates, diags);
  for (const auto& d : diags.items()) format_diagnostic(d);
  return 0;
}

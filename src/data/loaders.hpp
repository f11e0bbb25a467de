// Loaders for the XML data files (formats in docs/formats.md). Each reports every problem it
// finds (file:line:column, French or English) and returns false when the file cannot be used.
#pragma once

#include <acquis/data.hpp>

#include "core/diagnostics.hpp"
#include "core/file_reporter.hpp"
#include "core/source_text.hpp"

#include <string>
#include <vector>

namespace acquis {

bool load_program(SourceText source, Program& program, Diagnostics& diags);
bool load_organization(SourceText source, Organization& organization, Diagnostics& diags);
bool load_employers(SourceText source, std::vector<Employer>& employers, Diagnostics& diags);
bool load_assessment(SourceText source, AssessmentRecord& record, Diagnostics& diags);
bool load_candidates_xml(SourceText source, std::vector<Candidate>& candidates, Diagnostics& diags);

// Reads `path` for one of the loaders above; reports an unreadable file.
inline bool read_source(const std::string& path, SourceText& source, Diagnostics& diags) {
  return read_user_file(path, source, diags);
}

}  // namespace acquis

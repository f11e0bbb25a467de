// Loaders for the XML data files (formats in docs/formats.md). Each reports every problem it
// finds (file:line:column, French or English) and returns false when the file cannot be used.
#pragma once

#include <acquis/data.hpp>

#include "core/diagnostics.hpp"
#include "core/file_reporter.hpp"
#include "core/source_text.hpp"

#include <map>
#include <string>
#include <vector>

namespace acquis {

// What the files read before tell a loader, so that a reference is checked where it is
// written (file:line:column) instead of found missing when a document is made. A loader given
// nothing checks its file alone.
struct KnownData {
  const std::vector<Program>* programs = nullptr;
  const std::vector<Employer>* employers = nullptr;
  const std::vector<Candidate>* candidates = nullptr;  // null unless every row was read
  const std::map<std::string, AssessmentRecord>* records = nullptr;  // by code permanent

  const Program* program(const std::string& code) const;
  bool knows_employer(const std::string& id) const;
};

bool load_program(SourceText source, Program& program, Diagnostics& diags,
                  const KnownData& known = {});
bool load_organization(SourceText source, Organization& organization, Diagnostics& diags);
bool load_employers(SourceText source, std::vector<Employer>& employers, Diagnostics& diags);
bool load_assessment(SourceText source, AssessmentRecord& record, Diagnostics& diags,
                     const KnownData& known = {});
bool load_candidates_xml(SourceText source, std::vector<Candidate>& candidates, Diagnostics& diags,
                         const KnownData& known = {});

// Reads `path` for one of the loaders above; reports an unreadable file.
inline bool read_source(const std::string& path, SourceText& source, Diagnostics& diags) {
  return read_user_file(path, source, diags);
}

}  // namespace acquis

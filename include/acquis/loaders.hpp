// Reading the data files, one at a time (docs/formats.md). Each reports every problem it finds
// as diagnostics (file:line:column, up to a cap) and returns false when the file cannot be used.
// A whole data folder is read by app::load_data_set.
#pragma once

#include <acquis/data.hpp>
#include <acquis/diagnostic.hpp>

#include <string>
#include <vector>

namespace acquis {

bool read_program(const std::string& path, Program& program, std::vector<Diagnostic>& diagnostics);
bool read_organization(const std::string& path, Organization& organization,
                       std::vector<Diagnostic>& diagnostics);
bool read_employers(const std::string& path, std::vector<Employer>& employers,
                    std::vector<Diagnostic>& diagnostics);
bool read_assessment(const std::string& path, AssessmentRecord& record,
                     std::vector<Diagnostic>& diagnostics);
// A CSV file (a spreadsheet's export) or an XML file, by its extension; rows with errors are
// left out and reported.
std::vector<Candidate> read_candidates(const std::string& path,
                                       std::vector<Diagnostic>& diagnostics);

}  // namespace acquis

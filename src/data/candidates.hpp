// Candidates from a spreadsheet's CSV export. Column names are matched without regard to case,
// accents, spaces or hyphens ("Prénom", "prenom", "code permanent", "Code_Permanent").
// Required: prenom, nom, code_permanent; optional: courriel, telephone, employeur, programme.
#pragma once

#include <acquis/data.hpp>

#include "core/diagnostics.hpp"
#include "core/source_text.hpp"
#include "data/loaders.hpp"

#include <array>
#include <string>
#include <vector>

namespace acquis {

// The columns of a candidates file, which are also a candidate's keys in the service's JSON.
struct CandidateColumn {
  const char* name;
  std::string Candidate::*field;
  bool required;
};
extern const std::array<CandidateColumn, 10> kCandidateColumns;

// Every problem of the file is reported (up to a cap); rows with errors are left out. With
// `only` (a code permanent), the rows of other people are skipped unread: one person's
// document neither waits for nor fails on the rest of the file.
std::vector<Candidate> load_candidates_csv(const std::string& path, Diagnostics& diags,
                                           const std::string& only = {},
                                           const KnownData& known = {});
std::vector<Candidate> parse_candidates_csv(SourceText source, Diagnostics& diags,
                                            const std::string& only = {},
                                            const KnownData& known = {});

// "Prénom" → "prenom", "Code permanent" → "code_permanent".
std::string normalize_column(const std::string& name);

}  // namespace acquis

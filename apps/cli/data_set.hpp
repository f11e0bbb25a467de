// A data folder as users keep it: organisation.xml, programmes/*.xml, candidats.csv (or
// candidats.xml), employeurs.xml, dossiers/<code permanent>.xml. Only organisation.xml and one
// program are required.
#pragma once

#include <acquis/data.hpp>

#include "core/diagnostics.hpp"

#include <map>
#include <string>
#include <vector>

namespace acquis::cli {

struct DataSet {
  std::string directory;
  Organization organization;
  std::vector<Program> programs;
  std::vector<Candidate> candidates;
  std::vector<Employer> employers;
  std::map<std::string, AssessmentRecord> records;  // by code permanent
  std::size_t candidate_errors = 0;  // errors in the candidates file: its bad rows are left out

  const Program* program(const std::string& code) const;
  const Candidate* candidate(const std::string& permanent_code) const;
  const AssessmentRecord* record(const std::string& permanent_code) const;
};

struct DataSetOptions {
  std::string candidates_file;  // instead of the folder's candidats.csv or candidats.xml
  std::string only_candidate;   // a code permanent: the other rows of a CSV are not read
  bool english = false;         // language of the diagnostics
};

// Reads every file, reporting every problem; false when one of them has errors, the candidates
// file excepted (see candidate_errors: a batch goes on with the good rows).
bool load_data_set(const std::string& directory, DataSet& data, Diagnostics& diags,
                   const DataSetOptions& options);

}  // namespace acquis::cli

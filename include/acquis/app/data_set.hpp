// A data folder as users keep it: organisation.xml, programmes/*.xml, candidats.csv (or
// candidats.xml), employeurs.xml, dossiers/<code permanent>.xml. Only organisation.xml and one
// program are required. The formats are described in docs/formats.md.
#pragma once

#include <acquis/data.hpp>
#include <acquis/diagnostic.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace acquis::app {

struct DataSet {
  std::string directory;
  std::string candidates_path;  // the list of people read (candidats.csv…), empty without one
  Organization organization;
  std::vector<Program> programs;
  std::vector<Candidate> candidates;
  std::vector<Employer> employers;
  std::map<std::string, AssessmentRecord> records;  // by code permanent
  std::size_t candidate_errors = 0;  // errors in the candidates file: its bad rows are left out
  // People whose record file has errors: left out, and no document that needs it is made.
  std::set<std::string> broken_records;
  // Other files with errors, left out: only the documents that use them are refused.
  bool broken_organization = false, broken_employers = false;
  std::vector<std::string> broken_program_files;

  const Program* program(const std::string& code) const;
  const Candidate* candidate(const std::string& permanent_code) const;
  const AssessmentRecord* record(const std::string& permanent_code) const;
  const Employer* employer(const std::string& id) const;
};

struct DataSetOptions {
  std::string candidates_file;  // instead of the folder's candidats.csv or candidats.xml
  std::string only_candidate;   // a code permanent: the other rows of a CSV are not read
};

// Reads every file, reporting every problem; false when one of them has errors, save the
// candidates file (see candidate_errors: a batch goes on with the good rows) and the records
// (see broken_records: only that person's documents are refused).
bool load_data_set(const std::string& directory, const DataSetOptions& options, DataSet& data,
                   std::vector<Diagnostic>& diagnostics);

// Whether the document for `subject` (program, candidate; both null for the organization's
// documents: guides, register) can be made despite the files with errors: not when it uses one
// (the profile, the employers for a person, every program for a list of programs; for a
// document listing every person, the employers and every dossier). Null when it can, else the
// message id of the reason.
const char* blocked_by_broken_files(const DataSet& data, bool lists_people, const Program* program,
                                    const Candidate* candidate);

// What the files say together that none says alone is wrong: a person given a certificate
// number and date whose dossier shows a competency without a success (one error a person,
// naming the dossier and the list's row). The documents stay usable; the certificate and the
// register leave the person out until it is fixed.
std::vector<Diagnostic> check_sanctions(const DataSet& data);

// Candidates from the text of a CSV file (a batch sent to the service); rows with errors are
// left out and reported by file line and column.
std::vector<Candidate> parse_candidates_csv(const std::string& file_name, std::string text,
                                            std::vector<Diagnostic>& diagnostics);

// The columns of a candidates file, which are also a candidate's keys in the service's JSON.
struct CandidateField {
  const char* name;  // "prenom", "code_permanent"…
  std::string Candidate::*member;
  bool required;
};
const std::vector<CandidateField>& candidate_fields();

}  // namespace acquis::app

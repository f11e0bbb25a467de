// A filled form taken back into the data folder (`acquis lire`, the service's upload): the
// self-assessment booklet's answers, examples and enclosed documents go into the person's
// dossier; the registration form's name and contact into the list of people (a new person is
// added), the rest of it into the dossier's <inscription>; the observation booklet's new
// sessions into its <observation>s. The previous dossier is kept in
// dossiers/versions/. Only a form Acquis produced is
// taken, for a person and a program of the data, with every field and value belonging to them;
// anything else is refused with the reason and nothing is written.
#pragma once

#include <acquis/app/data_set.hpp>
#include <acquis/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace acquis::app {

// A form larger than this is refused before it is read (a filled booklet is a few hundred KB).
inline constexpr std::size_t kMaxFormBytes = 20 * 1024 * 1024;

struct FormImportRequest {
  std::string file_name;  // named in messages: the upload's or the file's name
  std::string bytes;      // the PDF
  std::size_t size = 0;   // the file's size, when only its beginning is in `bytes`
  std::string person;     // the code permanent expected (--candidat), or empty
  std::string today;      // the self-assessment's date: YYYY-MM-DD
  bool write = true;      // false: checked only
};

struct FormImport {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;  // why it was refused
  std::string document, program, person;
  std::size_t answers = 0, examples = 0, enclosed = 0;  // a booklet's (enclosed: either form's)
  std::size_t registration_fields = 0;                  // a registration form's filled fields
  // An observation booklet's sessions: new ones written, ones the dossier already had, and the
  // competencies ticked in its summary for the evaluation (not kept in the dossier).
  std::size_t sessions = 0, sessions_known = 0, syntheses = 0;
  std::string list;                       // the list of people, when the form changes it
  bool person_added = false;              // the person was added to it
  std::vector<std::string> list_changes;  // the list's columns changed for the person
  std::string dossier;                    // the dossier written, relative to the data folder
  std::string previous_version;  // where its former content was kept, or empty (a new dossier)
};

FormImport import_form(const DataSet& data, const FormImportRequest& request);

}  // namespace acquis::app

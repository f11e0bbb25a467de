// The data folder's access journal (journal.log): who did what to whose data, and when, never
// the data itself. Quebec's privacy law expects such a record of the uses of personal
// information; a line reads
//   2026-12-07T14:03:11	julie.tremblay	dossier-enregistre	MORS19109707	entrevue
#pragma once

#include <string>

namespace acquis::app {

struct AccessEntry {
  std::string who;     // the user, as authenticated
  std::string action;  // "dossier-consulte", "dossier-enregistre", "document-produit", …
  std::string person;  // the code permanent concerned, or empty
  std::string what;    // the part saved or the document made: a name, never content
};

// Appends the entry with the local time; false when the journal cannot be written. Tabs and
// line breaks in the fields become spaces: an entry is one line.
bool record_access(const std::string& folder, const AccessEntry& entry);
// A person erased: their code in the journal's former entries becomes "*", as in the access
// log; who did what and when stays. Replaced atomically; false when it cannot be.
bool forget_in_journal(const std::string& folder, const std::string& permanent_code);
// Appends a line as it is, after the local time (the erasure's, which says what in words).
bool append_journal_line(const std::string& folder, const std::string& line);

}  // namespace acquis::app

// What a data folder holds about one person, found in the files themselves rather than through
// the loaded model: a column the model does not know (a date of birth, an advisor's notes) and a
// record whose person has left the list are found too. Quebec's privacy law gives the person the
// right to get all of it (acquis exporter) and to have it erased (acquis effacer).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace acquis::app {

struct PersonFiles {
  // The person's rows or elements in the lists (candidats.csv, candidats.xml): the file, the
  // row (CSV; 0 for XML), and every column or attribute with its value, in the file's order.
  struct Entry {
    std::string file;
    std::size_t row = 0;
    std::vector<std::pair<std::string, std::string>> fields;
  };
  std::vector<Entry> entries;
  // The records (dossiers/*.xml) naming the person: the path in the folder and the file's text.
  std::vector<std::pair<std::string, std::string>> records;

  bool empty() const { return entries.empty() && records.empty(); }
};

// Everything `folder` holds about the person of `permanent_code`. False with a message id in
// `error` when a file cannot be read (the list must be readable: an erasure must not miss it).
bool find_person(const std::string& folder, const std::string& permanent_code, PersonFiles& found,
                 std::string& error);

// What an erasure removed, for the journal: counts, never the person.
struct Erasure {
  std::size_t entries = 0, records = 0;
};

// Removes the person from every file of `folder`: the list rewritten without their rows (each
// file replaced atomically; a Windows-1252 CSV comes back as UTF-8 with a byte-order mark), then
// their records deleted. A stop in between leaves records that a second run removes. Appends a
// line to `folder`/journal.log saying when and by whom (`by`), and what kind of files, never who.
// False with a message id in `error`, and nothing changed when it fails before the list is
// replaced.
bool erase_person(const std::string& folder, const std::string& permanent_code,
                  const std::string& by, Erasure& erased, std::string& error);

}  // namespace acquis::app

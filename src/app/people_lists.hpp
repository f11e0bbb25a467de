// The lists of people a data folder holds (candidats.csv, candidats.xml) read as files, to
// find, change or remove one person's entry with every other byte kept. Internal to app/.
#pragma once

#include <acquis/app/data_set.hpp>

#include "core/diagnostics.hpp"
#include "data/csv.hpp"

#include <pugixml.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace acquis::app {

// The lists of people the folder may hold: every one is searched, used or not.
inline const char* const kLists[] = {"candidats.csv", "candidats.xml"};

bool read_text(const std::filesystem::path& path, std::string& text);
std::string trimmed(const std::string& text);

// The CSV's text as UTF-8 and its table; `converted` when it was Windows-1252.
struct CsvFile {
  std::string text;
  CsvTable table;
  bool converted = false, byte_order_mark = false;
  std::size_t code_column = 0;
  bool has_code = false;
};

// False when it cannot be read whole, or has no code permanent column.
bool read_csv(const std::filesystem::path& path, CsvFile& file);
// Whether the row is the person's.
bool names(const CsvFile& file, const CsvRow& row, const std::string& code);
// The text to write back: a byte-order mark kept (spreadsheets read the file as UTF-8 by it),
// or added to a Windows-1252 file now written in UTF-8.
std::string csv_to_write(const CsvFile& file, std::string text);

// A candidate element's code permanent: the attribute, or the child element.
std::string code_of(pugi::xml_node candidate);
bool read_xml(const std::filesystem::path& path, pugi::xml_document& doc);
// Where an element that starts at `start` ('<') ends: after its "/>", or after its end tag.
std::size_t element_end(const std::string& text, std::size_t start);

// One person's entry as a form gives it: values by column ("prenom", "telephone",
// "code_permanent"…); an empty value leaves the list's as it is.
struct PersonEntry {
  std::string code;
  std::vector<std::pair<std::string, std::string>> values;
  bool empties = false;  // an empty value empties its field (else it changes nothing)
};

struct ListChange {
  std::string text;                  // the list's new content
  std::vector<std::string> changed;  // the columns whose value changed
  bool added = false;                // the person was not in the list
};

// The list with the person's entry changed, or added at its end (a missing list is begun).
// False when the list cannot be read whole.
bool list_with_person(const std::filesystem::path& path, const PersonEntry& entry,
                      ListChange& change);

// The list of people the data set was read from, or the folder's candidats.csv to begin.
std::filesystem::path people_list_path(const DataSet& data);

// The people of a list's new text (CSV, or XML by its extension), as the loader reads them.
std::vector<Candidate> read_list_text(const DataSet& data, const std::filesystem::path& list,
                                      const std::string& text, Diagnostics& diags);

}  // namespace acquis::app

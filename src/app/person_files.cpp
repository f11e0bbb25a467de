#include <acquis/app/access_journal.hpp>
#include <acquis/app/person_files.hpp>
#include <acquis/app/run_config.hpp>
#include <acquis/files.hpp>
#include <acquis/messages.hpp>

#include "app/people_lists.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace acquis::app {

namespace {

namespace fs = std::filesystem;

// Whether a record is the person's: its root's code permanent; a file that does not parse (a
// broken tag) is theirs when named after them or when it quotes their code — it still holds
// their data, to give and to erase.
bool names_person(const fs::path& file, const std::string& text, const std::string& code) {
  pugi::xml_document doc;
  if (doc.load_string(text.c_str()))
    return trimmed(doc.document_element().attribute("code-permanent").value()) == code;
  return file.stem() == code || text.find("\"" + code + "\"") != std::string::npos;
}

// The lists of people, relative to the folder, and their former versions kept when a sanction
// was saved from the page (versions/candidats-….csv): they hold the person too.
std::vector<std::string> list_files(const fs::path& folder) {
  std::vector<std::string> files(std::begin(kLists), std::end(kLists));
  std::error_code error;
  std::vector<std::string> kept;
  for (const auto& entry : fs::directory_iterator(folder / "versions", error)) {
    const std::string name = entry.path().filename().string();
    const std::string extension = entry.path().extension().string();
    if (name.rfind("candidats-", 0) == 0 && (extension == ".csv" || extension == ".xml"))
      kept.push_back("versions/" + name);
  }
  std::sort(kept.begin(), kept.end());
  files.insert(files.end(), kept.begin(), kept.end());
  return files;
}

// The dossiers, and their former versions kept when a form was read into them.
std::vector<fs::path> record_files(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const fs::path& dir : {folder / "dossiers", folder / "dossiers" / "versions"}) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error))
      if (entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `name`: the list's path in the folder, as the entries give it.
bool find_in_list(const fs::path& folder, const std::string& name, const std::string& code,
                  PersonFiles& found) {
  const fs::path path = folder / name;
  if (!fs::exists(path)) return true;
  if (path.extension() == ".csv") {
    CsvFile file;
    if (!read_csv(path, file)) return false;
    for (const CsvRow& row : file.table.rows) {
      if (!names(file, row, code)) continue;
      PersonFiles::Entry entry{name, row.number, {}};
      for (std::size_t i = 0; i < row.fields.size(); ++i)
        entry.fields.emplace_back(file.table.header[i], row.fields[i]);
      found.entries.push_back(std::move(entry));
    }
    return true;
  }
  pugi::xml_document doc;
  if (!read_xml(path, doc)) return false;
  for (pugi::xml_node candidate : doc.document_element().children("candidat")) {
    if (code_of(candidate) != code) continue;
    PersonFiles::Entry entry{name, 0, {}};
    for (pugi::xml_attribute a : candidate.attributes())
      entry.fields.emplace_back(a.name(), a.value());
    for (pugi::xml_node child : candidate.children())
      if (child.type() == pugi::node_element)
        entry.fields.emplace_back(child.name(), child.child_value());
    found.entries.push_back(std::move(entry));
  }
  return true;
}

// What goes with an element from `start` to `end`: its whole line when it stands alone on it.
std::pair<std::size_t, std::size_t> removal_range(const std::string& text, std::size_t start,
                                                  std::size_t end) {
  std::size_t line_start = start, line_end = end;
  while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t'))
    --line_start;
  while (line_end < text.size() && (text[line_end] == ' ' || text[line_end] == '\t')) ++line_end;
  const bool own_line =
      (line_start == 0 || text[line_start - 1] == '\n') &&
      (line_end == text.size() || text[line_end] == '\n' || text[line_end] == '\r');
  if (!own_line) return {start, end};
  if (line_end < text.size() && text[line_end] == '\r') ++line_end;
  if (line_end < text.size() && text[line_end] == '\n') ++line_end;
  return {line_start, line_end};
}

// The XML list without the person's elements, every other byte as it was.
bool xml_without(const fs::path& path, const std::string& code, std::string& text,
                 std::size_t& removed) {
  if (!read_text(path, text)) return false;
  const std::size_t skip = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  pugi::xml_document doc;
  if (!doc.load_buffer(text.data() + skip, text.size() - skip,
                       pugi::parse_default | pugi::parse_comments, pugi::encoding_utf8))
    return false;
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (pugi::xml_node candidate : doc.document_element().children("candidat")) {
    if (code_of(candidate) != code) continue;
    const std::size_t start =
        text.rfind('<', skip + static_cast<std::size_t>(candidate.offset_debug()));
    const std::size_t end = element_end(text, start);
    if (start == std::string::npos || end == std::string::npos) return false;
    ranges.push_back(removal_range(text, start, end));
  }
  for (auto range = ranges.rbegin(); range != ranges.rend(); ++range, ++removed)
    text.erase(range->first, range->second - range->first);
  return true;
}

// The list's new text without the person, or false when it cannot be made.
bool list_without(const fs::path& path, const std::string& code, std::string& text,
                  std::size_t& removed) {
  if (path.extension() == ".csv") {
    CsvFile file;
    if (!read_csv(path, file)) return false;
    text = file.text;
    // From the last row up, so that the earlier offsets stay right.
    for (auto row = file.table.rows.rbegin(); row != file.table.rows.rend(); ++row) {
      if (!names(file, *row, code)) continue;
      std::size_t end = row->end;
      if (end < text.size() && text[end] == '\r') ++end;
      if (end < text.size() && text[end] == '\n') ++end;
      text.erase(row->offsets.front(), end - row->offsets.front());
      ++removed;
    }
    text = csv_to_write(file, std::move(text));
    return true;
  }
  return xml_without(path, code, text, removed);
}

}  // namespace

bool find_person(const std::string& folder, const std::string& permanent_code, PersonFiles& found,
                 std::string& error) {
  for (const std::string& list : list_files(folder))
    if (!find_in_list(folder, list, permanent_code, found))
      return error = "person.list-unreadable", false;
  for (const fs::path& file : record_files(folder)) {
    std::string text;
    read_text(file, text);
    if (!names_person(file, text, permanent_code)) continue;
    found.records.emplace_back(fs::relative(file, folder).string(), std::move(text));
  }
  return true;
}

bool erase_person(const std::string& folder, const std::string& permanent_code,
                  const std::string& by, Erasure& erased, std::string& error) {
  PersonFiles found;
  if (!find_person(folder, permanent_code, found, error)) return false;
  if (found.empty()) return error = "person.not-found", false;
  // Every new list made before any is replaced: a list that cannot be read changes nothing.
  std::vector<std::pair<fs::path, std::string>> lists;
  for (const std::string& name : list_files(folder)) {
    const fs::path list = fs::path(folder) / name;
    const bool named = std::any_of(found.entries.begin(), found.entries.end(),
                                   [name](const PersonFiles::Entry& e) { return e.file == name; });
    if (!named) continue;
    std::string text;
    if (!list_without(list, permanent_code, text, erased.entries))
      return error = "person.list-unreadable", false;
    lists.emplace_back(list, std::move(text));
  }
  for (const auto& [list, text] : lists) {
    if (!write_file_atomically(list.string(), text)) return error = "person.list-unwritable", false;
    std::error_code ignored;
    fs::remove(temporary_path(list.string()), ignored);
  }
  for (const auto& [path, text] : found.records) {
    std::error_code failure;
    if (!fs::remove(fs::path(folder) / path, failure) || failure)
      return error = "person.record-unremovable", false;
    ++erased.records;
  }
  // The data folder's own journal, in its language (French): when, what kind, by whom.
  const std::string line = message("person.journal-erased", Language::French,
                                   {{"entries", static_cast<double>(erased.entries)},
                                    {"records", static_cast<double>(erased.records)},
                                    {"by", by}});
  if (!forget_in_journal(folder, permanent_code) || !append_journal_line(folder, line))
    return error = "person.journal-unwritable", false;
  return true;
}

}  // namespace acquis::app

// One person's entry of a list of people changed or added, every other byte of the list kept.
#include "app/people_lists.hpp"

#include "data/candidates.hpp"

#include <algorithm>
#include <sstream>

namespace acquis::app {

namespace fs = std::filesystem;

namespace {

// A CSV field as a spreadsheet writes it: quoted when it holds the delimiter, a quote, a line
// break or blank edges.
std::string csv_field(const std::string& value, char delimiter) {
  const bool quote = value.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields, char delimiter) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i)
    out += (i ? std::string(1, delimiter) : std::string()) + csv_field(fields[i], delimiter);
  return out;
}

std::string line_break_of(const std::string& text) {
  return text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
}

// The columns the entry sets that the header lacks, by their normalized name.
std::vector<std::string> missing_columns(const CsvTable& table, const PersonEntry& entry) {
  std::vector<std::string> present, missing;
  for (const std::string& column : table.header) present.push_back(normalize_column(column));
  for (const auto& [column, value] : entry.values)
    if (!value.empty() && std::find(present.begin(), present.end(), column) == present.end())
      missing.push_back(column);
  return missing;
}

// The person's fields under the header (new columns appended), noting what changed.
std::vector<std::string> person_fields(const std::vector<std::string>& header,
                                       std::vector<std::string> fields, const PersonEntry& entry,
                                       ListChange& change) {
  fields.resize(header.size());
  for (std::size_t i = 0; i < header.size(); ++i)
    for (const auto& [column, value] : entry.values)
      if (normalize_column(header[i]) == column && (!value.empty() || entry.empties) &&
          trimmed(fields[i]) != value) {
        fields[i] = value;
        if (column != "code_permanent") change.changed.push_back(column);
      }
  return fields;
}

bool csv_with_person(const fs::path& path, const PersonEntry& entry, ListChange& change) {
  CsvFile file;
  if (!fs::exists(path)) {  // a list begun: its header the entry's columns
    file.table.delimiter = ';';
    file.has_code = true;
  } else if (!read_csv(path, file)) {
    return false;
  }
  const char delimiter = file.table.delimiter;
  std::string text = file.text;
  const std::vector<std::string> added = missing_columns(file.table, entry);
  std::vector<std::string> header = file.table.header;
  header.insert(header.end(), added.begin(), added.end());
  std::string empty_cells;
  for (std::size_t i = 0; i < added.size(); ++i) empty_cells += delimiter;
  bool found = false;
  // From the last row up, so that the earlier offsets stay right.
  for (auto row = file.table.rows.rbegin(); row != file.table.rows.rend(); ++row) {
    if (!names(file, *row, entry.code)) {
      text.insert(row->end, empty_cells);
      continue;
    }
    found = true;
    const std::size_t start = row->offsets.front();
    text.replace(start, row->end - start,
                 csv_record(person_fields(header, row->fields, entry, change), delimiter));
  }
  if (!added.empty() || file.table.header.empty()) {
    const std::size_t end = file.table.header.empty() ? 0 : file.table.header_end;
    text.replace(0, end, csv_record(header, delimiter) + (end ? "" : line_break_of(text)));
  }
  if (!found) {
    change.added = true;
    if (!text.empty() && text.back() != '\n') text += line_break_of(text);
    text += csv_record(person_fields(header, {}, entry, change), delimiter) + line_break_of(text);
  }
  change.text = csv_to_write(file, std::move(text));
  return true;
}

// A column's name in the XML list ("code_permanent" → "code-permanent").
std::string xml_name(std::string column) {
  std::replace(column.begin(), column.end(), '_', '-');
  return column;
}

// Sets the entry's values on a <candidat>: its attribute, or its child element when it has one.
void set_values(pugi::xml_node candidate, const PersonEntry& entry, ListChange& change) {
  for (const auto& [column, value] : entry.values) {
    const std::string name = xml_name(column);
    if (value.empty() && !entry.empties) continue;
    if (value.empty()) {  // emptied: the attribute or element removed
      pugi::xml_node child = candidate.child(name.c_str());
      if (!child && !candidate.attribute(name.c_str())) continue;
      candidate.remove_child(child);
      candidate.remove_attribute(name.c_str());
    } else if (pugi::xml_node child = candidate.child(name.c_str())) {
      if (trimmed(child.child_value()) == value) continue;
      child.text() = value.c_str();
    } else {
      pugi::xml_attribute a = candidate.attribute(name.c_str());
      if (a && trimmed(a.value()) == value) continue;
      if (!a) a = candidate.append_attribute(name.c_str());
      a = value.c_str();
    }
    if (column != "code_permanent" && !change.added) change.changed.push_back(column);
  }
}

std::string printed(pugi::xml_node node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

// The indentation of the line where `at` is.
std::string indentation_at(const std::string& text, std::size_t at) {
  const std::size_t line = text.rfind('\n', at);
  const std::size_t begin = line == std::string::npos ? 0 : line + 1;
  return text.substr(begin, text.find_first_not_of(" \t", begin) - begin);
}

bool xml_with_person(const fs::path& path, const PersonEntry& entry, ListChange& change) {
  std::string text;
  if (!read_text(path, text)) return false;
  const std::size_t skip = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  pugi::xml_document doc;
  // Blank text kept: the changed entry is printed back as it was laid out.
  if (!doc.load_buffer(text.data() + skip, text.size() - skip,
                       pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_comments,
                       pugi::encoding_utf8))
    return false;
  pugi::xml_node root = doc.document_element();
  for (pugi::xml_node candidate : root.children("candidat")) {
    if (code_of(candidate) != entry.code) continue;
    const std::size_t start =
        text.rfind('<', skip + static_cast<std::size_t>(candidate.offset_debug()));
    const std::size_t end = start == std::string::npos ? start : element_end(text, start);
    if (end == std::string::npos) return false;
    set_values(candidate, entry, change);
    if (!change.changed.empty()) text.replace(start, end - start, printed(candidate));
    change.text = std::move(text);
    return true;
  }
  // Added before the list's end tag, indented as the last person is.
  const std::string close = std::string("</") + root.name();
  const std::size_t at = text.rfind(close);
  if (at == std::string::npos) return false;
  pugi::xml_node last;
  for (pugi::xml_node candidate : root.children("candidat")) last = candidate;
  const std::string indent =
      last ? indentation_at(text, skip + static_cast<std::size_t>(last.offset_debug()))
           : std::string("  ");
  change.added = true;
  pugi::xml_node person = root.append_child("candidat");
  set_values(person, entry, change);
  const std::size_t line = text.rfind('\n', at);
  const std::size_t insert = line == std::string::npos ? at : line + 1;
  const bool own_line = text.find_first_not_of(" \t", insert) == at && line != std::string::npos;
  text.insert(own_line ? insert : at, (own_line ? indent : "\n" + indent) + printed(person) +
                                          (own_line ? line_break_of(text) : "\n"));
  change.text = std::move(text);
  return true;
}

}  // namespace

bool list_with_person(const fs::path& path, const PersonEntry& entry, ListChange& change) {
  change = {};
  const bool read = path.extension() == ".xml" ? xml_with_person(path, entry, change)
                                               : csv_with_person(path, entry, change);
  if (change.added) change.changed.clear();  // a new entry: every column is new
  return read;
}

}  // namespace acquis::app

#include "data/csv.hpp"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/utf8.hpp"

#include <cstdint>
#include <cstdio>

namespace acquis {

namespace {

char detect_delimiter(const std::string& text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

class CsvParser {
 public:
  CsvParser(const std::string& text, char delimiter, FileReporter& report)
      : text_(text), delimiter_(delimiter), report_(report) {}

  // Reads from `offset`, the start of a line, as record `number`.
  void seek(std::size_t offset, std::size_t number) {
    pos_ = offset;
    record_ = number - 1;
  }

  // The next record, or false at the end (or after an unclosed quote).
  bool next(CsvRow& row) {
    row = {};
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) skip_newline();
    if (pos_ >= text_.size()) return false;
    row.number = ++record_;
    for (;;) {
      row.offsets.push_back(pos_);
      std::string field;
      if (!read_field(field)) return false;
      row.fields.push_back(std::move(field));
      if (pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r') break;
      ++pos_;  // the delimiter
    }
    row.end = pos_;
    return true;
  }

 private:
  void skip_newline() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
  }

  bool read_field(std::string& field) {
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(field);
    read_plain(field);
    return true;
  }

  // Up to the next delimiter or end of line, appended at once.
  void read_plain(std::string& field) {
    const std::size_t begin = pos_;
    while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
           text_[pos_] != '\r')
      ++pos_;
    field.append(text_, begin, pos_ - begin);
  }

  bool read_quoted(std::string& field) {
    const std::size_t open = pos_++;
    for (;;) {
      if (pos_ >= text_.size()) {
        report_.error("csv-quote", open);
        return false;
      }
      const std::size_t quote = text_.find('"', pos_);
      if (quote == std::string::npos) {
        pos_ = text_.size();
        continue;
      }
      field.append(text_, pos_, quote - pos_);
      pos_ = quote + 1;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field += '"';
        ++pos_;
        continue;
      }
      break;
    }
    read_plain(field);  // text after the closing quote (a sloppy export) is kept, not lost
    return true;
  }

  const std::string& text_;
  char delimiter_;
  FileReporter& report_;
  std::size_t pos_ = 0, record_ = 0;
};

}  // namespace

namespace {

// Whether `text` holds at least one valid UTF-8 sequence of more than one byte: then it is
// UTF-8, and a bad byte in it is an error rather than a sign of another encoding.
bool has_utf8_sequence(const std::string& text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0x80) return true;
  }
  return false;
}

// The bytes Windows-1252 leaves undefined.
bool undefined_in_cp1252(unsigned char byte) {
  return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

}  // namespace

bool to_utf8(SourceText& source, Diagnostics& diags) {
  std::string text = std::move(source.text());
  const bool marked = text.rfind("\xEF\xBB\xBF", 0) == 0;
  if (marked) text.erase(0, 3);
  source = SourceText(source.file(), std::move(text));
  const std::string& bytes = source.text();
  const std::size_t bad = utf8::first_invalid(bytes);
  if (bad == utf8::kNone) return true;
  FileReporter report(source, diags, Privacy::Personal);
  if (marked || has_utf8_sequence(bytes)) {
    report.error("bad-utf8", bad, {{"byte", hex_byte(static_cast<unsigned char>(bytes[bad]))}});
    return false;
  }
  for (std::size_t i = 0; i < bytes.size(); ++i)
    if (undefined_in_cp1252(static_cast<unsigned char>(bytes[i]))) {
      report.error("bad-encoding", i, {{"byte", hex_byte(static_cast<unsigned char>(bytes[i]))}});
      return false;
    }
  const icu::UnicodeString decoded(bytes.data(), static_cast<std::int32_t>(bytes.size()),
                                   "windows-1252");
  std::string converted;
  decoded.toUTF8String(converted);
  source = SourceText(source.file(), std::move(converted));
  return true;
}

namespace {

bool read_header(CsvParser& parser, CsvTable& table, FileReporter& report) {
  CsvRow row;
  if (!parser.next(row)) {
    if (!report.failed()) report.error("csv-empty", 0);
    return false;
  }
  table.header = std::move(row.fields);
  table.header_offsets = std::move(row.offsets);
  table.header_end = row.end;
  return true;
}

// A blank line is skipped; a row without the header's columns is reported and skipped.
bool usable_row(const CsvRow& row, const CsvTable& table, FileReporter& report) {
  if (row.fields.size() == 1 && row.fields[0].empty()) return false;
  if (row.fields.size() != table.header.size()) {
    report.error("csv-columns", row.offsets.front(),
                 {{"row", static_cast<double>(row.number)},
                  {"found", static_cast<double>(row.fields.size())},
                  {"expected", static_cast<double>(table.header.size())}});
    return false;
  }
  return true;
}

void keep_row(CsvRow&& row, CsvTable& table, FileReporter& report) {
  if (usable_row(row, table, report)) table.rows.push_back(std::move(row));
}

// Whether a quoted field spans lines somewhere (then lines are not records).
bool has_quoted_line_break(const std::string& text) {
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted && (c == '\n' || c == '\r')) return true;
  }
  return false;
}

}  // namespace

CsvTable parse_csv(const SourceText& source, FileReporter& report) {
  CsvTable table;
  table.delimiter = detect_delimiter(source.text());
  CsvParser parser(source.text(), table.delimiter, report);
  if (!read_header(parser, table, report)) return table;
  for (CsvRow row; parser.next(row);) keep_row(std::move(row), table, report);
  return table;
}

bool parse_csv_each(const SourceText& source, FileReporter& report, CsvTable& table,
                    const std::function<bool(const CsvTable&)>& header,
                    const std::function<void(const CsvRow&)>& each) {
  table.delimiter = detect_delimiter(source.text());
  CsvParser parser(source.text(), table.delimiter, report);
  if (!read_header(parser, table, report) || !header(table)) return false;
  bool clean = true;
  for (CsvRow row;;) {
    const std::size_t errors = report.error_count();
    const bool read = parser.next(row);
    const bool usable = read && usable_row(row, table, report);
    clean = clean && report.error_count() == errors;
    if (usable) each(row);
    if (!read) return clean;
  }
}

CsvTable parse_csv_lines_with(const SourceText& source, FileReporter& report,
                              std::string_view needle) {
  const std::string& text = source.text();
  if (needle.empty() || has_quoted_line_break(text)) return parse_csv(source, report);
  CsvTable table;
  table.delimiter = detect_delimiter(text);
  CsvParser parser(text, table.delimiter, report);
  if (!read_header(parser, table, report)) return table;
  const auto line_end = [&](std::size_t at) {
    const std::size_t end = text.find('\n', at);
    return end == std::string::npos ? text.size() : end;
  };
  std::size_t records = 0, counted = 0;  // non-empty lines before `counted` (the header's too)
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, line_end(at))) {
    const std::size_t start = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // npos + 1 == 0
    for (std::size_t line = counted; line <= start && line < text.size(); line = line_end(line) + 1)
      records += text[line] != '\n' && text[line] != '\r';
    counted = line_end(start) + 1;
    parser.seek(start, records);
    CsvRow row;
    if (parser.next(row)) keep_row(std::move(row), table, report);
  }
  return table;
}

}  // namespace acquis

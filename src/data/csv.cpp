#include "data/csv.hpp"

#include "core/utf8.hpp"

#include <array>

namespace acquis {

namespace {

// Windows-1252 0x80–0x9F; the rest of the range is Latin-1. Undefined bytes become U+FFFD.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80         ? 1
                               : (c >> 5) == 6  ? 2
                               : (c >> 4) == 14 ? 3
                               : (c >> 3) == 30 ? 4
                                                : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += length;
  }
  return true;
}

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
    return true;
  }

 private:
  void skip_newline() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
  }

  bool read_field(std::string& field) {
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(field);
    while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
           text_[pos_] != '\r')
      field += text_[pos_++];
    return true;
  }

  bool read_quoted(std::string& field) {
    const std::size_t open = pos_++;
    for (;;) {
      if (pos_ >= text_.size()) {
        report_.error("csv-quote", open);
        return false;
      }
      const char c = text_[pos_++];
      if (c != '"') {
        field += c;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field += '"';
        ++pos_;
        continue;
      }
      break;
    }
    // Text after the closing quote (a sloppy export) is kept rather than lost.
    while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
           text_[pos_] != '\r')
      field += text_[pos_++];
    return true;
  }

  const std::string& text_;
  char delimiter_;
  FileReporter& report_;
  std::size_t pos_ = 0, record_ = 0;
};

}  // namespace

std::string to_utf8(std::string& text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
    text.erase(0, 3);
    return "UTF-8";
  }
  if (valid_utf8(text)) return "UTF-8";
  std::string converted;
  converted.reserve(text.size() + text.size() / 8);
  for (char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    converted += utf8::encode(c >= 0x80 && c < 0xA0 ? kWindows1252[c - 0x80] : char32_t{c});
  }
  text = std::move(converted);
  return "Windows-1252";
}

CsvTable parse_csv(const SourceText& source, FileReporter& report) {
  CsvTable table;
  table.delimiter = detect_delimiter(source.text());
  CsvParser parser(source.text(), table.delimiter, report);
  CsvRow row;
  if (!parser.next(row)) {
    if (!report.failed()) report.error("csv-empty", 0);
    return table;
  }
  table.header = std::move(row.fields);
  table.header_offsets = std::move(row.offsets);
  while (parser.next(row)) {
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;
    if (row.fields.size() != table.header.size()) {
      report.error("csv-columns", row.offsets.front(),
                   {{"row", static_cast<double>(row.number)},
                    {"found", static_cast<double>(row.fields.size())},
                    {"expected", static_cast<double>(table.header.size())}});
      continue;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace acquis

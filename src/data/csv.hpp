// CSV as spreadsheets export it: UTF-8 with or without a byte-order mark, or Windows-1252;
// comma, semicolon or tab, detected from the header line; quoted fields with "" for a quote and
// line breaks inside quotes. Rows are numbered as the spreadsheet shows them (header = 1).
#pragma once

#include "core/file_reporter.hpp"
#include "core/source_text.hpp"

#include <functional>
#include <string>
#include <vector>

namespace acquis {

struct CsvRow {
  std::size_t number = 0;  // spreadsheet row
  std::vector<std::string> fields;
  std::vector<std::size_t> offsets;  // of each field in the (UTF-8) text, for messages
  std::size_t end = 0;               // where the record ends (its line break, or the text's end)
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::size_t> header_offsets;
  std::size_t header_end = 0;  // where the header record ends (its line break)
  std::vector<CsvRow> rows;
  char delimiter = ',';
};

// The file's text as UTF-8, in place: as it is (a UTF-8 byte-order mark dropped), or converted
// from Windows-1252 when it holds no UTF-8 sequence at all. False, with the first bad byte
// reported at its line and column, when it is UTF-8 with a bad sequence (or marked as UTF-8),
// or holds a byte Windows-1252 does not define: an encoding is never guessed from part of a
// file.
bool to_utf8(SourceText& source, Diagnostics& diags);

// Parses `source` (already UTF-8, see to_utf8). A row whose column count differs from the
// header's is reported and left out; an unclosed quote stops the reading.
CsvTable parse_csv(const SourceText& source, FileReporter& report);

// The same, each usable record given to `each` as it is read rather than kept (a list of
// 100,000 people is never in memory as rows and as people at once). `table` gets the header
// only, and `header` is called on it before the first record: false stops the reading. False
// when the file itself has an error (no header, a row without the header's columns, an
// unclosed quote), which `each`'s own errors are not.
bool parse_csv_each(const SourceText& source, FileReporter& report, CsvTable& table,
                    const std::function<bool(const CsvTable&)>& header,
                    const std::function<void(const CsvRow&)>& each);

// As parse_csv, keeping only the records whose line holds `needle` (one person's row, by code
// permanent): the other lines are not parsed. A file with a line break inside quotes is parsed
// whole.
CsvTable parse_csv_lines_with(const SourceText& source, FileReporter& report,
                              std::string_view needle);

}  // namespace acquis

#include "csv_table.hpp"

#include "session.hpp"

#include <cstdio>

namespace acquis::cli {

namespace {

// A field quoted when it holds the delimiter, a quote or a line break.
std::string field(const std::string& text) {
  if (text.find_first_of(";\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void append(std::ostringstream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? ";" : "") << field(fields[i]);
  out << "\r\n";
}

}  // namespace

CsvTable::CsvTable(const std::vector<std::string>& header) {
  text_ << "\xEF\xBB\xBF";
  append(text_, header);
}

void CsvTable::row(const std::vector<std::string>& fields) {
  append(text_, fields);
  ++rows_;
}

int CsvTable::write(const Arguments& args, const char* written_id) const {
  const std::string path = args.option("sortie", "-");
  const int status = write_text(args, path, text_.str());
  if (status == 0 && path != "-")
    std::fprintf(
        stderr, "%s\n",
        say(args, written_id, {{"path", path}, {"count", static_cast<double>(rows_)}}).c_str());
  return status;
}

}  // namespace acquis::cli

#include "app/people_lists.hpp"

#include "data/candidates.hpp"
#include "data/loaders.hpp"

#include <fstream>
#include <sstream>

namespace acquis::app {

namespace fs = std::filesystem;

bool read_text(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  text = out.str();
  return static_cast<bool>(in) || text.empty();
}

bool read_csv(const fs::path& path, CsvFile& file) {
  std::string raw;
  if (!read_text(path, raw)) return false;
  SourceText source(path.filename().string(), raw);
  Diagnostics diags;
  if (!to_utf8(source, diags)) return false;
  {
    FileReporter report(source, diags);
    file.table = parse_csv(source, report);
  }
  // A row the reader could not take might be the person's: nothing is done on a partial list.
  if (diags.has_errors()) return false;
  file.text = std::string(source.text());
  file.byte_order_mark = raw.rfind("\xEF\xBB\xBF", 0) == 0;
  file.converted = (file.byte_order_mark ? raw.substr(3) : raw) != file.text;
  for (std::size_t i = 0; i < file.table.header.size(); ++i)
    if (normalize_column(file.table.header[i]) == "code_permanent")
      file.code_column = i, file.has_code = true;
  return file.has_code;
}

std::string trimmed(const std::string& text) {
  const std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

bool names(const CsvFile& file, const CsvRow& row, const std::string& code) {
  return trimmed(row.fields[file.code_column]) == code;
}

std::string code_of(pugi::xml_node candidate) {
  if (pugi::xml_attribute a = candidate.attribute("code-permanent")) return trimmed(a.value());
  return trimmed(candidate.child_value("code-permanent"));
}

bool read_xml(const fs::path& path, pugi::xml_document& doc) {
  return doc.load_file(path.c_str(), pugi::parse_default | pugi::parse_ws_pcdata |
                                         pugi::parse_comments | pugi::parse_declaration);
}

std::string csv_to_write(const CsvFile& file, std::string text) {
  if (file.converted || file.byte_order_mark) text = "\xEF\xBB\xBF" + text;
  return text;
}

std::size_t element_end(const std::string& text, std::size_t start) {
  char quote = 0;
  std::size_t at = start;
  for (; at < text.size(); ++at) {
    if (quote) {
      if (text[at] == quote) quote = 0;
    } else if (text[at] == '"' || text[at] == '\'') {
      quote = text[at];
    } else if (text[at] == '>') {
      break;
    }
  }
  if (at >= text.size()) return std::string::npos;
  if (text[at - 1] == '/') return at + 1;
  const std::size_t close = text.find("</candidat", at);
  const std::size_t after = close == std::string::npos ? close : text.find('>', close);
  return after == std::string::npos ? after : after + 1;
}

fs::path people_list_path(const DataSet& data) {
  return data.candidates_path.empty() ? fs::path(data.directory) / "candidats.csv"
                                      : fs::path(data.candidates_path);
}

std::vector<Candidate> read_list_text(const DataSet& data, const fs::path& list,
                                      const std::string& text, Diagnostics& diags) {
  const KnownData known{&data.programs, &data.employers, nullptr, nullptr};
  SourceText source(list.filename().string(), text);
  if (list.extension() != ".xml") return parse_candidates_csv(std::move(source), diags, {}, known);
  std::vector<Candidate> people;
  load_candidates_xml(std::move(source), people, diags, known);
  return people;
}

}  // namespace acquis::app

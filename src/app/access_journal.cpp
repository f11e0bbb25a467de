#include <acquis/app/access_journal.hpp>
#include <acquis/app/run_config.hpp>
#include <acquis/files.hpp>

#include "app/people_lists.hpp"

#include <filesystem>
#include <fstream>

namespace acquis::app {

namespace {

std::string one_field(std::string text) {
  for (char& c : text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text;
}

}  // namespace

bool append_journal_line(const std::string& folder, const std::string& line) {
  std::ofstream journal(std::filesystem::path(folder) / "journal.log",
                        std::ios::app | std::ios::binary);
  journal << local_time("%Y-%m-%dT%H:%M:%S") << (line.find('\t') == 0 ? "" : " ") << line << '\n';
  return static_cast<bool>(journal.flush());
}

bool forget_in_journal(const std::string& folder, const std::string& permanent_code) {
  const std::filesystem::path path = std::filesystem::path(folder) / "journal.log";
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return true;
  std::string text;
  if (!read_text(path, text)) return false;
  const std::string field = "\t" + permanent_code + "\t";
  bool changed = false;
  for (std::size_t at = text.find(field); at != std::string::npos; at = text.find(field, at + 3)) {
    text.replace(at, field.size(), "\t*\t");
    changed = true;
  }
  return !changed || write_file_atomically(path.string(), text);
}

bool record_access(const std::string& folder, const AccessEntry& entry) {
  return append_journal_line(folder, "\t" + one_field(entry.who) + "\t" + one_field(entry.action) +
                                         "\t" + one_field(entry.person) + "\t" +
                                         one_field(entry.what));
}

}  // namespace acquis::app

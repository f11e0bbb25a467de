#include <acquis/app/access_journal.hpp>
#include <acquis/app/run_config.hpp>

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

bool record_access(const std::string& folder, const AccessEntry& entry) {
  return append_journal_line(folder, "\t" + one_field(entry.who) + "\t" + one_field(entry.action) +
                                         "\t" + one_field(entry.person) + "\t" +
                                         one_field(entry.what));
}

}  // namespace acquis::app

#include "core/file_reporter.hpp"

#include "core/messages.hpp"

#include <algorithm>
#include <numeric>

namespace acquis {

FileReporter::~FileReporter() {
  if (errors_ <= kMaxErrors) return;
  const double hidden = static_cast<double>(errors_ - kMaxErrors);
  diags_.add({Severity::Error,
              "too-many-errors",
              {{"count", hidden}},
              {},
              {source_.file(), 0, 0, {}},
              {}});
}

void FileReporter::error(std::string_view code, std::size_t offset, const MessageArgs& args,
                         const std::string& suggestion) {
  add(Severity::Error, code, offset, args, suggestion);
}

void FileReporter::warning(std::string_view code, std::size_t offset, const MessageArgs& args) {
  add(Severity::Warning, code, offset, args, {});
}

void FileReporter::add(Severity severity, std::string_view code, std::size_t offset,
                       const MessageArgs& args, const std::string& suggestion) {
  if (severity == Severity::Error && ++errors_ > kMaxErrors) return;
  Diagnostic d{severity, std::string(code), args, {}, source_.locate(offset), suggestion};
  if (privacy_ == Privacy::Personal) {
    d.location.excerpt.clear();
    if (const std::string masked = d.code + ".masked";
        interface_pattern(masked, Language::French)) {
      d.code = masked;
      std::erase_if(d.args,
                    [](const MessageArg& a) { return a.first == "value" || a.first == "code"; });
    }
  }
  diags_.add(std::move(d));
}

std::string FileReporter::did_you_mean(std::string_view word,
                                       const std::vector<std::string>& known) const {
  return closest_name(word, known);
}

std::string closest_name(std::string_view word, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& candidate : known) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) best_distance = d, best = candidate;
  }
  return best;
}

bool read_user_file(const std::string& path, SourceText& out, Diagnostics& diags) {
  if (SourceText::read(path, out)) return true;
  report_unreadable(path, diags);
  return false;
}

void report_unreadable(const std::string& path, Diagnostics& diags) {
  diags.add({Severity::Error, "file-unreadable", {}, {}, {path, 0, 0, {}}, {}});
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace acquis

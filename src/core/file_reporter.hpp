// Reports problems found in one user file: position from a byte offset, the message's id and
// arguments, and a cap so that a badly broken file gives a readable list.
#pragma once

#include "core/diagnostics.hpp"
#include "core/messages.hpp"
#include "core/source_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acquis {

// A file of personal data (candidates, records) is reported without quoting it: no excerpt of
// the line, and the messages that would quote a value take their ".masked" form (the line and
// column, and the field, say where it is).
enum class Privacy { Public, Personal };

class FileReporter {
 public:
  static constexpr std::size_t kMaxErrors = 25;

  FileReporter(const SourceText& source, Diagnostics& diags, Privacy privacy = Privacy::Public)
      : source_(source), diags_(diags), privacy_(privacy) {}
  ~FileReporter();  // adds the count of errors left out

  void error(std::string_view code, std::size_t offset, const MessageArgs& args = {},
             const std::string& suggestion = {});
  void warning(std::string_view code, std::size_t offset, const MessageArgs& args = {});
  // The closest of `known` as a suggestion ("did you mean…"), or nothing when none is close.
  std::string did_you_mean(std::string_view word, const std::vector<std::string>& known) const;

  bool failed() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const SourceText& source() const { return source_; }

 private:
  void add(Severity severity, std::string_view code, std::size_t offset, const MessageArgs& args,
           const std::string& suggestion);
  const SourceText& source_;
  Diagnostics& diags_;
  Privacy privacy_;
  std::size_t errors_ = 0;
};

// Reads a user's file whole; reports it when it cannot be read.
bool read_user_file(const std::string& path, SourceText& out, Diagnostics& diags);
void report_unreadable(const std::string& path, Diagnostics& diags);

// Levenshtein distance, for suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The name of `known` closest to `word` if it is close enough to be a misspelling, else empty.
std::string closest_name(std::string_view word, const std::vector<std::string>& known);

}  // namespace acquis

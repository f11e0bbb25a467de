// Reports problems found in one user file: position from a byte offset, message from the
// catalog in the user's language, and a cap so that a badly broken file gives a readable list.
#pragma once

#include "core/diagnostics.hpp"
#include "core/messages.hpp"
#include "core/source_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace acquis {

class FileReporter {
 public:
  static constexpr std::size_t kMaxErrors = 25;

  FileReporter(const SourceText& source, Diagnostics& diags, bool english = false)
      : source_(source), diags_(diags), english_(english) {}
  ~FileReporter();  // adds the count of errors left out

  void error(std::string_view code, std::size_t offset, const MessageArgs& args = {},
             const std::string& hint = {});
  void warning(std::string_view code, std::size_t offset, const MessageArgs& args = {});
  // "vouliez-vous dire « x » ?" for the closest of `known`, or nothing when none is close.
  std::string did_you_mean(std::string_view word, const std::vector<std::string>& known) const;
  // The same hint for a name already chosen (empty: no hint).
  std::string suggest(const std::string& name) const;

  bool failed() const { return errors_ > 0; }
  const SourceText& source() const { return source_; }
  bool english() const { return english_; }

 private:
  void add(Severity severity, std::string_view code, std::size_t offset, const MessageArgs& args,
           const std::string& hint);
  const SourceText& source_;
  Diagnostics& diags_;
  bool english_;
  std::size_t errors_ = 0;
};

// Reads a user's file whole; reports it when it cannot be read.
bool read_user_file(const std::string& path, SourceText& out, Diagnostics& diags, bool english);
void report_unreadable(const std::string& path, Diagnostics& diags, bool english);

// Levenshtein distance, for suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The name of `known` closest to `word` if it is close enough to be a misspelling, else empty.
std::string closest_name(std::string_view word, const std::vector<std::string>& known);

}  // namespace acquis

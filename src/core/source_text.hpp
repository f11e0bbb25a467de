// A user's file held in memory, and the mapping from byte offsets to line:column that every
// message about it needs.
#pragma once

#include <acquis/diagnostic.hpp>

#include <string>
#include <utility>
#include <vector>

namespace acquis {

class SourceText {
 public:
  SourceText(std::string file, std::string text);
  // Reads the whole file; false when it cannot be read.
  static bool read(const std::string& path, SourceText& out);

  const std::string& file() const { return file_; }
  const std::string& file_name() const { return file_name_; }  // without its folders
  const std::string& text() const { return text_; }
  std::string& text() { return text_; }
  Location locate(std::size_t offset) const;
  // Just the line (from 1), for positions kept on every element (no excerpt built).
  std::size_t line_of(std::size_t offset) const;
  // The line and column (characters, from 1), without an excerpt.
  std::pair<std::size_t, std::size_t> line_and_column(std::size_t offset) const;

 private:
  std::string file_, file_name_, text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace acquis

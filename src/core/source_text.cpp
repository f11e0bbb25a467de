#include "core/source_text.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace acquis {

SourceText::SourceText(std::string file, std::string text)
    : file_(std::move(file)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

bool SourceText::read(const std::string& path, SourceText& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  out = SourceText(path, bytes.str());
  return true;
}

std::size_t SourceText::line_of(std::size_t offset) const {
  return static_cast<std::size_t>(
      std::upper_bound(line_starts_.begin(), line_starts_.end(), std::min(offset, text_.size())) -
      line_starts_.begin());
}

Location SourceText::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_start = *(next - 1);
  std::size_t line_end = text_.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text_.size();
  if (line_end > line_start && text_[line_end - 1] == '\r') --line_end;
  std::string excerpt = text_.substr(line_start, line_end - line_start);
  int column = 1;
  for (std::size_t pos = line_start; pos < offset && pos < line_end; ++column) {
    const std::size_t before = pos;
    utf8::next(text_, pos);
    if (pos == before) break;
  }
  if (excerpt.size() > 160) excerpt = excerpt.substr(0, 160) + "…";
  return {file_, static_cast<int>(next - line_starts_.begin()), column, std::move(excerpt)};
}

}  // namespace acquis

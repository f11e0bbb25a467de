#include "core/source_text.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace acquis {

SourceText::SourceText(std::string file, std::string text)
    : file_(std::move(file)),
      file_name_(file_.substr(file_.rfind('/') + 1)),
      text_(std::move(text)) {
  line_starts_.push_back(0);
  for (const char* at = text_.data();
       (at = static_cast<const char*>(std::memchr(at, '\n', text_.data() + text_.size() - at)));)
    line_starts_.push_back(static_cast<std::size_t>(++at - text_.data()));
}

// One read of the whole file (streams copy it through buffers twice).
bool SourceText::read(const std::string& path, SourceText& out) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  std::string bytes;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  const bool ok = !std::ferror(file);
  std::fclose(file);
  if (ok) out = SourceText(path, std::move(bytes));
  return ok;
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

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

std::pair<std::size_t, std::size_t> SourceText::line_and_column(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = line_of(offset);
  std::size_t column = 1;
  for (std::size_t pos = line_starts_[line - 1]; pos < offset; ++pos)
    column += (static_cast<unsigned char>(text_[pos]) & 0xC0) != 0x80;  // UTF-8 lead bytes
  return {line, column};
}

Location SourceText::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_start = *(next - 1);
  std::size_t line_end = text_.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text_.size();
  if (line_end > line_start && text_[line_end - 1] == '\r') --line_end;
  // Character starts of the line, to count the column and cut a long line on a boundary.
  std::vector<std::size_t> starts;
  for (std::size_t pos = line_start; pos < line_end;) {
    starts.push_back(pos);
    const std::size_t before = pos;
    utf8::next(text_, pos);
    if (pos == before) break;
  }
  starts.push_back(line_end);
  const int column =
      static_cast<int>(std::lower_bound(starts.begin(), starts.end(), offset) - starts.begin()) + 1;
  Location at{file_, static_cast<int>(next - line_starts_.begin()), column, {}, 0};
  // A long line is shown around the column: 40 characters before it, 60 after.
  constexpr int kBefore = 40, kAfter = 60;
  const int count = static_cast<int>(starts.size()) - 1;
  const int first = count > kBefore + kAfter ? std::max(0, column - 1 - kBefore) : 0;
  const int last = std::min(count, count > kBefore + kAfter ? column - 1 + kAfter : count);
  at.excerpt =
      (first > 0 ? "…" : "") +
      utf8::printable(std::string_view(text_).substr(starts[first], starts[last] - starts[first])) +
      (last < count ? "…" : "");
  at.excerpt_column = column - first + (first > 0 ? 1 : 0);
  return at;
}

}  // namespace acquis

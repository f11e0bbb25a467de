#include "core/utf8.hpp"

#include <cstring>

#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>

namespace acquis::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}
}  // namespace

char32_t next(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  int length = lead < 0x80           ? 1
               : (lead >> 5) == 0x6  ? 2
               : (lead >> 4) == 0xE  ? 3
               : (lead >> 3) == 0x1E ? 4
                                     : 0;
  if (length == 0 || pos + static_cast<std::size_t>(length) > text.size()) {
    ++pos;
    return kReplacement;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    const auto c = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
    if (!is_continuation(c)) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  pos += static_cast<std::size_t>(length);
  return cp;
}

char32_t previous(std::string_view text, std::size_t& pos) {
  std::size_t start = pos;
  do {
    --start;
  } while (start > 0 && pos - start < 4 &&
           is_continuation(static_cast<unsigned char>(text[start])));
  std::size_t cursor = start;
  const char32_t cp = next(text, cursor);
  pos = start;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string encode(char32_t cp) {
  std::string out;
  append(out, cp);
  return out;
}

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) out += next(text, pos);
  return out;
}

std::string from_u32(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) append(out, cp);
  return out;
}

std::string code_point_name(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

namespace {

// Eight bytes at once, for the long runs of plain text every file is made of.
std::uint64_t word_at(std::string_view text, std::size_t pos) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + pos, sizeof word);
  return word;
}

constexpr std::uint64_t kEach(std::uint8_t byte) {
  return 0x0101010101010101ULL * byte;
}

bool all_ascii(std::uint64_t word) {
  return (word & kEach(0x80)) == 0;
}

// Printable ASCII only (0x20–0x7E): no control, no DEL, nothing beyond ASCII.
bool all_printable_ascii(std::uint64_t word) {
  const std::uint64_t below_space = (word - kEach(0x20)) & ~word & kEach(0x80);
  const std::uint64_t del = word ^ kEach(0x7F);
  const std::uint64_t is_del = (del - kEach(0x01)) & ~del & kEach(0x80);
  return ((word & kEach(0x80)) | below_space | is_del) == 0;
}

}  // namespace

std::size_t first_invalid(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    if (i + 8 <= length && all_ascii(word_at(text, static_cast<std::size_t>(i)))) {
      i += 8;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);  // ICU's strict decoder: overlongs and surrogates are errors
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return kNone;
}

bool is_forbidden_control(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

std::size_t first_forbidden_control(std::string_view text, char32_t& found) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (pos + 8 <= text.size() && all_printable_ascii(word_at(text, pos))) {
      pos += 7;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (is_forbidden_control(byte)) return found = byte, pos;
      continue;
    }
    // A C1 control is 0xC2 then 0x80–0x9F; no other sequence needs decoding here.
    const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
    if (byte == 0xC2 && second >= 0x80 && second <= 0x9F)
      return found = static_cast<char32_t>(second), pos;
  }
  return kNone;
}

std::string shortened(std::string_view text, std::size_t max_characters) {
  std::size_t pos = 0, count = 0;
  while (pos < text.size() && count < max_characters) {
    next(text, pos);
    ++count;
  }
  if (pos >= text.size()) return std::string(text);
  return std::string(text.substr(0, pos)) + "…";
}

std::string printable(std::string_view text) {
  char32_t found = 0;
  if (first_invalid(text) == kNone && first_forbidden_control(text, found) == kNone)
    return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = next(text, pos);
    append(out, is_forbidden_control(cp) ? U'\uFFFD' : cp);
  }
  return out;
}

}  // namespace acquis::utf8

#include "pdf/pdf_format.hpp"

#include "core/utf8.hpp"

#include <charconv>
#include <cmath>

namespace acquis::pdf {

void append_number(std::string& out, double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  value = std::round(value * scale) / scale;
  if (value == 0) value = 0;  // no "-0"
  char buffer[32];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (error != std::errc()) return;
  char* last = end;
  if (decimals > 0) {
    while (last[-1] == '0') --last;
    if (last[-1] == '.') --last;
  }
  out.append(buffer, last);
}

void append_hex16(std::string& out, unsigned value) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(value >> shift) & 0xF];
}

void append_utf16be_hex(std::string& out, const std::string& utf8_text) {
  for (std::size_t pos = 0; pos < utf8_text.size();) {
    const char32_t c = utf8::next(utf8_text, pos);
    if (c < 0x10000) {
      append_hex16(out, static_cast<unsigned>(c));
    } else {
      const char32_t v = c - 0x10000;
      append_hex16(out, static_cast<unsigned>(0xD800 + (v >> 10)));
      append_hex16(out, static_cast<unsigned>(0xDC00 + (v & 0x3FF)));
    }
  }
}

}  // namespace acquis::pdf

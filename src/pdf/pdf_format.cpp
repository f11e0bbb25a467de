#include "pdf/pdf_format.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace acquis::pdf {

// In integers of the last decimal: exact, the same on every machine, and a fifth of the time
// of a floating-point conversion (a booklet writes a hundred thousand numbers).
void append_number(std::string& out, double value, int decimals) {
  static constexpr std::int64_t kScales[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  decimals = std::clamp(decimals, 0, 6);
  const std::int64_t scale = kScales[decimals];
  const double scaled = std::round(value * static_cast<double>(scale));
  if (!(std::abs(scaled) < 1e15)) return;  // not a number, or far beyond any page
  std::int64_t units = static_cast<std::int64_t>(scaled);
  if (units < 0) out += '-';  // after rounding: never "-0"
  units = units < 0 ? -units : units;
  char buffer[24];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, units / scale);
  out.append(buffer, end);
  std::int64_t fraction = units % scale;
  if (fraction == 0) return;
  int digits = decimals;
  for (; fraction % 10 == 0; fraction /= 10) --digits;  // no trailing zeros
  out += '.';
  const std::size_t at = out.size();
  out.append(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, fraction /= 10)
    out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + fraction % 10);
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

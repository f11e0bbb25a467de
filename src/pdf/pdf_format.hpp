// Number and string formatting for PDF operators: short, locale-independent, deterministic.
#pragma once

#include <string>

namespace acquis::pdf {

// At most `decimals` decimals, trailing zeros dropped: 12.5, 0, -3.25.
void append_number(std::string& out, double value, int decimals = 3);
void append_hex16(std::string& out, unsigned value);  // 4 upper-case hex digits
// UTF-8 → UTF-16BE as hex digits (surrogate pairs for astral characters).
void append_utf16be_hex(std::string& out, const std::string& utf8_text);

}  // namespace acquis::pdf

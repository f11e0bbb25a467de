// UTF-8 helpers: decoding by code point while keeping byte offsets (HarfBuzz clusters and
// ICU UTF-8 break iterators both speak in byte offsets).
#pragma once

#include <string>
#include <string_view>

namespace acquis::utf8 {

// Decodes the code point starting at `pos` and advances `pos` past it.
// Invalid sequences yield U+FFFD and advance by one byte.
char32_t next(std::string_view text, std::size_t& pos);

// The code point ending just before `pos`, moving `pos` back to its start.
char32_t previous(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);
std::string encode(char32_t cp);
std::u32string to_u32(std::string_view text);
std::string from_u32(std::u32string_view text);

// "U+202F" style name of a code point, for messages.
std::string code_point_name(char32_t cp);

}  // namespace acquis::utf8

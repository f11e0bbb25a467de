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

inline constexpr std::size_t kNone = std::string_view::npos;

// The byte offset of the first sequence that is not strict UTF-8 (a stray or truncated byte, an
// overlong form, a surrogate, beyond U+10FFFF), or kNone.
std::size_t first_invalid(std::string_view text);

// A character that has no place in text people type: a C0 control other than tab, line feed
// and carriage return, DEL, or a C1 control (U+0080–U+009F, what a file decoded with the wrong
// encoding shows).
bool is_forbidden_control(char32_t cp);

// The byte offset of the first forbidden control character of valid UTF-8 `text`, or kNone;
// `found` gets it.
std::size_t first_forbidden_control(std::string_view text, char32_t& found);

// `text` safe to print: each byte that is not strict UTF-8 and each forbidden control character
// becomes U+FFFD, one for one, so that columns still count the same (an excerpt of a bad line
// must not carry the bad bytes to a terminal or a JSON answer).
std::string printable(std::string_view text);

// At most `max_characters` of `text`, cut on a character boundary, with "…" when cut: quoted
// words in messages stay short whatever the data holds.
std::string shortened(std::string_view text, std::size_t max_characters);

}  // namespace acquis::utf8

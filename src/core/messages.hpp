// ICU MessageFormat for any pattern (the interface catalogs' and the documents' catalogs').
#pragma once

#include <acquis/messages.hpp>

#include <string>
#include <string_view>

namespace acquis {

// Formats `pattern` (ICU MessageFormat, named arguments) for `locale` ("fr-CA", "en-CA").
// False, with `out` untouched, when the pattern is malformed or an argument does not fit.
bool try_format_message(std::string_view pattern, const MessageArgs& args, std::string_view locale,
                        std::string& out);

// Whether `pattern` is valid ICU MessageFormat (compiled, not formatted).
bool valid_pattern(std::string_view pattern, std::string_view locale);

// The same; a malformed pattern yields the pattern itself rather than nothing.
std::string format_message(std::string_view pattern, const MessageArgs& args,
                           std::string_view locale);

// The pattern of the interface message `id` in `language`, as the catalog holds it; null when
// it has none.
const std::string* interface_pattern(std::string_view id, Language language);
// The same read by an XML parser (for the test that the quick lookup above finds the same).
std::string parsed_pattern(std::string_view id, Language language);

// A message's text as catalogs write it: runs of white space folded into one space, none at
// either end (a pattern may be wrapped over several lines of the XML file).
std::string fold_white_space(std::string_view text);

}  // namespace acquis

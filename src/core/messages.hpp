// Messages for users in ICU MessageFormat, French first with an English translation. The
// diagnostics catalog is compiled in (an error about a missing file must not need a file).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace acquis {

using MessageArg = std::pair<std::string, std::variant<std::string, double>>;
using MessageArgs = std::vector<MessageArg>;

// Formats `pattern` (ICU MessageFormat, named arguments) for `locale` ("fr-CA", "en-CA").
// A malformed pattern yields the pattern itself rather than nothing.
std::string format_message(std::string_view pattern, const MessageArgs& args,
                           std::string_view locale);

// The diagnostics catalog: the message for `code` in French, or in English.
std::string diagnostic_message(std::string_view code, const MessageArgs& args, bool english);

}  // namespace acquis

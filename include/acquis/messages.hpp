// Messages for people, by id, in French or in English: the interface catalogs
// (locales/interface/fr-CA.xml and en-CA.xml, compiled into the library, since an error about a
// missing file must not need a file). Every diagnostic, every line the command line prints and
// every problem the service answers is one of them. Patterns are ICU MessageFormat with named
// arguments; documents have catalogs of their own (locales/*.xml, read at run time).
#pragma once

#include <acquis/language.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace acquis {

using MessageValue = std::variant<std::string, double>;
using MessageArg = std::pair<std::string, MessageValue>;
using MessageArgs = std::vector<MessageArg>;

// The message `id` with its arguments in `language`; the id itself when the catalogs lack it
// (a test checks that every id the code uses is in both).
std::string message(std::string_view id, Language language, const MessageArgs& args = {});

// The ids of a language's interface catalog, sorted.
std::vector<std::string> message_ids(Language language);

}  // namespace acquis

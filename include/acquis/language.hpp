// The two languages of the project: of a document, and of the messages shown to the user.
// French is the source language; English is its translation.
#pragma once

#include <string_view>

namespace acquis {

enum class Language { French, English };

// The locale of a language's documents and catalogs: "fr-CA" or "en-CA".
const char* language_tag(Language language);

// Reads a language tag: "fr", "fr-CA", "en", "en-CA", any case, "_" or "-" (a region other
// than CA is accepted: the documents are Canadian). False for anything else.
bool parse_language(std::string_view tag, Language& out);

// The language of a locale whose region may differ ("fr-FR" for typography): English for an
// "en" tag, French otherwise.
Language language_of_locale(std::string_view locale);

}  // namespace acquis

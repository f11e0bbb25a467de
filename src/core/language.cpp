#include <acquis/language.hpp>

#include <cctype>
#include <string>

namespace acquis {

namespace {

// The primary subtag in lower case: "en" for "EN_ca".
std::string primary_subtag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

const char* language_tag(Language language) {
  return language == Language::English ? "en-CA" : "fr-CA";
}

bool parse_language(std::string_view tag, Language& out) {
  const std::string primary = primary_subtag(tag);
  const std::size_t rest = primary.size();
  if (rest < tag.size() && tag.size() - rest < 3) return false;  // "fr-" or "fr-C"
  if (primary == "fr") return out = Language::French, true;
  if (primary == "en") return out = Language::English, true;
  return false;
}

Language language_of_locale(std::string_view locale) {
  return primary_subtag(locale) == "en" ? Language::English : Language::French;
}

}  // namespace acquis

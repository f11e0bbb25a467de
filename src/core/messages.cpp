#include "core/messages.hpp"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>
#include <pugixml.hpp>

#include <map>
#include <memory>

namespace acquis {

// The interface catalogs' XML, compiled in (generated from locales/interface/ by CMake).
namespace embedded {
extern const char* const kInterfaceFrench;
extern const char* const kInterfaceEnglish;
}  // namespace embedded

namespace {

using Catalog = std::map<std::string, std::string, std::less<>>;

// id → pattern. White space is folded, unless the message keeps it (xml:space="preserve": the
// command line's help, laid out in columns).
Catalog parse_catalog(const char* xml) {
  Catalog catalog;
  pugi::xml_document document;
  if (!document.load_string(xml)) return catalog;  // a test parses both catalogs
  for (pugi::xml_node m : document.document_element().children("message")) {
    const std::string text = m.child_value();
    const bool preserve = std::string_view(m.attribute("xml:space").value()) == "preserve";
    catalog[m.attribute("id").value()] = preserve ? text : fold_white_space(text);
  }
  return catalog;
}

const Catalog& catalog(Language language) {
  static const Catalog french = parse_catalog(embedded::kInterfaceFrench);
  static const Catalog english = parse_catalog(embedded::kInterfaceEnglish);
  return language == Language::English ? english : french;
}

// Compiling a pattern costs far more than formatting it: compiled ones are kept per thread.
const icu::MessageFormat* compiled(std::string_view pattern, std::string_view locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> cache;
  std::string key = std::string(locale) + '\n' + std::string(pattern);
  if (const auto it = cache.find(key); it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  auto format = std::make_unique<icu::MessageFormat>(
      source, icu::Locale(std::string(locale).c_str()), status);
  if (U_FAILURE(status)) format.reset();
  if (cache.size() > 4096) cache.clear();  // bounded: patterns come from catalogs and templates
  return cache.emplace(std::move(key), std::move(format)).first->second.get();
}

}  // namespace

bool try_format_message(std::string_view pattern, const MessageArgs& args, std::string_view locale,
                        std::string& out) {
  const icu::MessageFormat* format = compiled(pattern, locale);
  if (!format) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* text = std::get_if<std::string>(&value))
      values.emplace_back(icu::UnicodeString::fromUTF8(*text));
    else
      values.emplace_back(std::get<double>(value));
  }
  icu::UnicodeString result;
  format->format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, status);
  if (U_FAILURE(status)) return false;
  out.clear();
  result.toUTF8String(out);
  return true;
}

std::string format_message(std::string_view pattern, const MessageArgs& args,
                           std::string_view locale) {
  std::string out;
  return try_format_message(pattern, args, locale, out) ? out : std::string(pattern);
}

std::string fold_white_space(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const std::string* interface_pattern(std::string_view id, Language language) {
  const Catalog& messages = catalog(language);
  const auto it = messages.find(id);
  return it == messages.end() ? nullptr : &it->second;
}

std::string message(std::string_view id, Language language, const MessageArgs& args) {
  const std::string* pattern = interface_pattern(id, language);
  return pattern ? format_message(*pattern, args, language_tag(language)) : std::string(id);
}

std::vector<std::string> message_ids(Language language) {
  std::vector<std::string> ids;
  for (const auto& [id, pattern] : catalog(language)) ids.push_back(id);
  return ids;
}

}  // namespace acquis

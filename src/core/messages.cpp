#include "core/messages.hpp"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace acquis {

// The interface catalogs' XML, compiled in (generated from locales/interface/ by CMake).
namespace embedded {
extern const char* const kInterfaceFrench;
extern const char* const kInterfaceEnglish;
}  // namespace embedded

namespace {

const char* catalog_text(Language language) {
  return language == Language::English ? embedded::kInterfaceEnglish : embedded::kInterfaceFrench;
}

// The XML entities a catalog may use in a message's text.
std::string decode_entities(std::string_view text) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool decoded = false;
    for (const auto& [entity, character] : kEntities)
      if (text.compare(i, entity.size(), entity) == 0) {
        out += character, i += entity.size() - 1, decoded = true;
        break;
      }
    if (!decoded) out += text[i];
  }
  return out;
}

// One message of a catalog's text, <message id="ID">…</message>, found without parsing the
// whole file (a command prints one or two messages; the file has hundreds). White space is
// folded, unless the message keeps it (xml:space="preserve": the help, laid out in columns).
// A test checks that this gives what an XML parser reads, for every message.
std::optional<std::string> find_pattern(std::string_view xml, std::string_view id) {
  const std::string start = "<message id=\"" + std::string(id) + "\"";
  const std::size_t at = xml.find(start);
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t text_begin = xml.find('>', at) + 1;
  const std::size_t text_end = xml.find("</message>", text_begin);
  if (text_begin == 0 || text_end == std::string_view::npos) return std::nullopt;
  const bool preserve =
      xml.substr(at, text_begin - at).find("xml:space=\"preserve\"") != std::string_view::npos;
  const std::string text = decode_entities(xml.substr(text_begin, text_end - text_begin));
  return preserve ? text : fold_white_space(text);
}

// Patterns looked up once, kept for the process.
const std::string* cached_pattern(std::string_view id, Language language) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, Language>, std::optional<std::string>, std::less<>>
      patterns;
  std::lock_guard lock(mutex);
  auto key = std::make_pair(std::string(id), language);
  auto it = patterns.find(key);
  if (it == patterns.end())
    it = patterns.emplace(std::move(key), find_pattern(catalog_text(language), id)).first;
  return it->second ? &*it->second : nullptr;  // map nodes stay where they are
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

bool valid_pattern(std::string_view pattern, std::string_view locale) {
  return compiled(pattern, locale) != nullptr;
}

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

namespace {

// A pattern of plain text and {name} arguments given as text needs no ICU: substituted here.
// False, `out` untouched, for anything else (numbers, plural, select, quoting).
bool substitute_simply(std::string_view pattern, const MessageArgs& args, std::string& out) {
  if (pattern.find('\'') != std::string_view::npos) return false;
  std::string result;
  for (std::size_t i = 0; i < pattern.size();) {
    const std::size_t open = pattern.find('{', i);
    const std::string_view text =
        pattern.substr(i, open == std::string_view::npos ? open : open - i);
    if (text.find('}') != std::string_view::npos) return false;  // a stray brace: ICU's error
    result.append(text);
    if (open == std::string_view::npos) break;
    const std::size_t close = pattern.find_first_of("{},", open + 1);
    if (close == std::string_view::npos || pattern[close] != '}') return false;
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    const auto arg = std::find_if(args.begin(), args.end(),
                                  [&](const MessageArg& a) { return a.first == name; });
    const std::string* value = arg == args.end() ? nullptr : std::get_if<std::string>(&arg->second);
    if (!value) return false;
    result += *value;
    i = close + 1;
  }
  out = std::move(result);
  return true;
}

}  // namespace

std::string format_message(std::string_view pattern, const MessageArgs& args,
                           std::string_view locale) {
  std::string out;
  if (substitute_simply(pattern, args, out)) return out;
  return try_format_message(pattern, args, locale, out) ? out : std::string(pattern);
}

std::string fold_white_space(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::string out;
  out.reserve(text.size());
  // Word by word: a run of other characters is appended whole.
  for (std::size_t i = 0; i < text.size();) {
    if (space(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !space(text[end])) ++end;
    if (!out.empty()) out += ' ';
    out.append(text.data() + i, end - i);
    i = end;
  }
  return out;
}

const std::string* interface_pattern(std::string_view id, Language language) {
  return cached_pattern(id, language);
}

std::string message(std::string_view id, Language language, const MessageArgs& args) {
  const std::string* pattern = interface_pattern(id, language);
  return pattern ? format_message(*pattern, args, language_tag(language)) : std::string(id);
}

std::vector<std::string> message_ids(Language language) {
  std::vector<std::string> ids;
  pugi::xml_document document;
  if (!document.load_string(catalog_text(language))) return ids;  // a test parses both
  for (pugi::xml_node m : document.document_element().children("message"))
    ids.push_back(m.attribute("id").value());
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string parsed_pattern(std::string_view id, Language language) {
  pugi::xml_document document;
  document.load_string(catalog_text(language));
  const pugi::xml_node m =
      document.document_element().find_child_by_attribute("message", "id", std::string(id).c_str());
  const std::string text = m.child_value();
  const bool preserve = std::string_view(m.attribute("xml:space").value()) == "preserve";
  return preserve ? text : fold_white_space(text);
}

}  // namespace acquis

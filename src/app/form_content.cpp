// What the kinds of forms share when their fields are taken.
#include "app/form_content.hpp"

#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>

namespace acquis::app {

std::string clean_text(const std::string& typed, bool one_line) {
  std::string out;
  for (char c : typed) {
    if (c == '\n' && one_line) c = ' ';
    if (c == '\n' || c == '\t' || static_cast<unsigned char>(c) >= 0x20) out += c == '\t' ? ' ' : c;
  }
  const std::size_t first = out.find_first_not_of(" \n");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \n") - first + 1);
}

std::string field_prefix(const Program& program) {
  std::string prefix = program.code + "/";
  std::replace(prefix.begin(), prefix.end(), '.', '_');
  return prefix;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

bool acceptable_text(const FilledField& field, const std::string& text, std::size_t max_characters,
                     const FieldProblem& problem) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (static_cast<std::size_t>(u.countChar32()) > max_characters)
    return problem("form.field-too-long",
                   {{"field", field.name}, {"max", static_cast<double>(max_characters)}}),
           false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      std::string shown;
      icu::UnicodeString(c).toUTF8String(shown);
      return problem("form.field-script", {{"field", field.name}, {"char", shown}}), false;
    }
  }
  const char first = text.empty() ? ' ' : text[0];
  const char second = text.size() > 1 ? text[1] : ' ';
  const bool signed_number = (first == '+' || first == '-') &&
                             (std::isdigit(static_cast<unsigned char>(second)) || second == ' ');
  if (first == '=' || first == '@' || ((first == '+' || first == '-') && !signed_number))
    return problem("form.field-formula", {{"field", field.name}}), false;
  return true;
}

bool acceptable_date(const FilledField& field, const std::string& date, const std::string& today,
                     const FieldProblem& problem) {
  if (date.empty()) return true;
  if (!is_iso_date(date))
    return problem("form.field-date", {{"field", field.name}, {"value", date}}), false;
  if (!today.empty() && date > today)
    return problem("form.field-date-future", {{"field", field.name}, {"value", date}}), false;
  return true;
}

bool ticked(const FilledField& field, const FieldProblem& problem) {
  if (field.value == "Oui") return true;
  if (field.value != "Off")
    problem("form.field-value",
            {{"field", field.name}, {"value", field.value}, {"options", std::string("Oui")}});
  return false;
}

}  // namespace acquis::app

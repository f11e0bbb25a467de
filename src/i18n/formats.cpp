#include "i18n/formats.hpp"

#include "core/dates.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/nounit.h>
#include <unicode/numberformatter.h>

#include <cstdio>
#include <memory>

namespace acquis {

namespace {

using namespace icu::number;

bool french(Language language) {
  return language == Language::French;
}

const char* icu_locale(Language language) {
  return french(language) ? "fr_CA" : "en_CA";
}

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string format_with(const LocalizedNumberFormatter& formatter, double value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
  return U_SUCCESS(status) ? utf8(text) : std::to_string(value);
}

// ICU formatters take a millisecond or more to build: one per thread and language, kept.
// The month names of a language, from ICU's calendar data; one set per thread and language
// (building a full date formatter costs twice as much, and the pattern is fixed here anyway).
const icu::UnicodeString* month_names(bool is_french, bool abbreviated = false) {
  thread_local std::unique_ptr<icu::DateFormatSymbols> symbols[2];
  auto& s = symbols[is_french ? 1 : 0];
  if (!s) {
    UErrorCode status = U_ZERO_ERROR;
    s = std::make_unique<icu::DateFormatSymbols>(icu::Locale(is_french ? "fr_CA" : "en_CA"),
                                                 status);
    if (U_FAILURE(status)) s.reset();
  }
  if (!s) return nullptr;
  std::int32_t count = 0;
  const icu::UnicodeString* names = s->getMonths(
      count, icu::DateFormatSymbols::FORMAT,
      abbreviated ? icu::DateFormatSymbols::ABBREVIATED : icu::DateFormatSymbols::WIDE);
  return count >= 12 ? names : nullptr;
}

const LocalizedNumberFormatter& number_formatter(Language language) {
  thread_local const LocalizedNumberFormatter formatters[2] = {
      NumberFormatter::withLocale(icu::Locale("en_CA")).precision(Precision::maxFraction(2)),
      NumberFormatter::withLocale(icu::Locale("fr_CA")).precision(Precision::maxFraction(2))};
  return formatters[french(language) ? 1 : 0];
}

}  // namespace

// "1er décembre 2026" (Quebec writes the ordinal first day; ICU has no ordinal day), and
// "December 1, 2026".
std::optional<std::string> format_date(const std::string& iso, Language language,
                                       bool abbreviated) {
  CalendarDate date;
  if (!parse_calendar_date(iso, date)) return std::nullopt;
  const int y = date.year, m = date.month, d = date.day;
  const icu::UnicodeString* months = month_names(french(language), abbreviated);
  if (!months) return std::nullopt;
  const std::string month = utf8(months[m - 1]);
  // No-break spaces: a date is never split across lines.
  if (!french(language))
    return month + "\u00A0" + std::to_string(d) + ",\u00A0" + std::to_string(y);
  return (d == 1 ? std::string("1er") : std::to_string(d)) + "\u00A0" + month + "\u00A0" +
         std::to_string(y);
}

std::string format_number(double value, Language language) {
  return format_with(number_formatter(language), value);
}

std::string format_hours(double value, Language language) {
  return format_number(value, language) + "\u00A0h";
}

std::optional<std::string> format_time_of_day(const std::string& hhmm, Language language) {
  unsigned hours = 0, minutes = 0;
  char extra = 0;
  if (std::sscanf(hhmm.c_str(), "%2u:%2u%c", &hours, &minutes, &extra) != 2 || hours > 23 ||
      minutes > 59)
    return std::nullopt;
  char text[32];
  if (language == Language::English)
    std::snprintf(text, sizeof text, "%u:%02u\u00A0%s", hours % 12 == 0 ? 12 : hours % 12, minutes,
                  hours < 12 ? "a.m." : "p.m.");
  else if (minutes == 0)
    std::snprintf(text, sizeof text, "%u\u00A0h", hours);
  else
    std::snprintf(text, sizeof text, "%u\u00A0h\u00A0%02u", hours, minutes);
  return std::string(text);
}

std::string format_percent(double percent, Language language) {
  return format_with(NumberFormatter::withLocale(icu::Locale(icu_locale(language)))
                         .unit(icu::NoUnit::percent())
                         .precision(Precision::maxFraction(1)),
                     percent);
}

std::string format_money(double dollars, Language language) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::CurrencyUnit cad(u"CAD", status);
  return format_with(NumberFormatter::withLocale(icu::Locale(icu_locale(language))).unit(cad),
                     dollars);
}

}  // namespace acquis

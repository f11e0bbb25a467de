#include "i18n/formats.hpp"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/nounit.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>

#include <cstdio>
#include <memory>

namespace acquis {

namespace {

using namespace icu::number;

bool french(const std::string& locale) {
  return locale.rfind("fr", 0) == 0;
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

}  // namespace

std::optional<std::string> format_date(const std::string& iso, const std::string& locale) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc(french(locale) ? "fr_CA" : "en_CA");
  // Quebec writes "le 1er décembre 2026": ICU has no ordinal day, so the day is written here.
  const char* pattern = french(locale) ? "MMMM y" : "MMMM d, y";
  icu::SimpleDateFormat format(icu::UnicodeString(pattern), loc, status);
  icu::GregorianCalendar calendar(y, m - 1, d, status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text;
  format.format(calendar.getTime(status), text);
  if (U_FAILURE(status)) return std::nullopt;
  if (!french(locale)) return utf8(text);
  return (d == 1 ? std::string("1er") : std::to_string(d)) + "\u00A0" + utf8(text);
}

std::string format_number(double value, const std::string& locale) {
  return format_with(NumberFormatter::withLocale(icu::Locale(french(locale) ? "fr_CA" : "en_CA"))
                         .precision(Precision::maxFraction(2)),
                     value);
}

std::string format_hours(double value, const std::string& locale) {
  return format_number(value, locale) + "\u00A0h";
}

std::string format_percent(double percent, const std::string& locale) {
  return format_with(NumberFormatter::withLocale(icu::Locale(french(locale) ? "fr_CA" : "en_CA"))
                         .unit(icu::NoUnit::percent())
                         .precision(Precision::maxFraction(1)),
                     percent);
}

std::string format_money(double dollars, const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::CurrencyUnit cad(u"CAD", status);
  return format_with(
      NumberFormatter::withLocale(icu::Locale(french(locale) ? "fr_CA" : "en_CA")).unit(cad),
      dollars);
}

}  // namespace acquis

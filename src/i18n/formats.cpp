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

// ICU formatters take a millisecond or more to build: one per thread and language, kept.
struct DateFormatter {
  std::unique_ptr<icu::SimpleDateFormat> format;
  std::unique_ptr<icu::GregorianCalendar> calendar;
};

DateFormatter* date_formatter(bool is_french) {
  thread_local DateFormatter formatters[2];
  DateFormatter& f = formatters[is_french ? 1 : 0];
  if (!f.format) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale loc(is_french ? "fr_CA" : "en_CA");
    // Quebec writes "le 1er décembre 2026": ICU has no ordinal day, so the day is written here.
    const char* pattern = is_french ? "MMMM y" : "MMMM d, y";
    auto format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern), loc, status);
    auto calendar = std::make_unique<icu::GregorianCalendar>(loc, status);
    if (U_FAILURE(status)) return nullptr;
    f = {std::move(format), std::move(calendar)};
  }
  return &f;
}

const LocalizedNumberFormatter& number_formatter(const std::string& locale) {
  thread_local const LocalizedNumberFormatter formatters[2] = {
      NumberFormatter::withLocale(icu::Locale("en_CA")).precision(Precision::maxFraction(2)),
      NumberFormatter::withLocale(icu::Locale("fr_CA")).precision(Precision::maxFraction(2))};
  return formatters[french(locale) ? 1 : 0];
}

bool parse_iso_date(const std::string& iso, int& y, int& m, int& d) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  const auto digits = [&](std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return false;
      out = out * 10 + (iso[i] - '0');
    }
    return true;
  };
  return digits(0, 4, y) && digits(5, 2, m) && digits(8, 2, d);
}

}  // namespace

std::optional<std::string> format_date(const std::string& iso, const std::string& locale) {
  int y = 0, m = 0, d = 0;
  if (!parse_iso_date(iso, y, m, d)) return std::nullopt;
  DateFormatter* f = date_formatter(french(locale));
  if (!f) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  f->calendar->clear();
  f->calendar->set(y, m - 1, d);
  const UDate when = f->calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text;
  f->format->format(when, text);
  if (!french(locale)) return utf8(text);
  return (d == 1 ? std::string("1er") : std::to_string(d)) + "\u00A0" + utf8(text);
}

std::string format_number(double value, const std::string& locale) {
  return format_with(number_formatter(locale), value);
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

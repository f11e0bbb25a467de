// Dates, numbers, hours, percentages and amounts written the way the document's locale writes
// them, through ICU: "le 1er décembre" / "December 1", "1 470 h", "3,5 %", "4 $" / "$4.00".
#pragma once

#include <acquis/language.hpp>

#include <optional>
#include <string>

namespace acquis {

// `iso` is YYYY-MM-DD; empty when it is not a date.
// Abbreviated: "12 sept. 2026", "Sep. 12, 2026" (for narrow table columns).
std::optional<std::string> format_date(const std::string& iso, Language language,
                                       bool abbreviated = false);
// `hhmm` is HH:MM on the 24-hour clock: "13 h 30", "9 h" in French (Quebec's usage), "1:30 p.m."
// in English; empty when it is not a time.
std::optional<std::string> format_time_of_day(const std::string& hhmm, Language language);
std::string format_number(double value, Language language);
std::string format_hours(double value, Language language);
std::string format_percent(double percent, Language language);  // 3.5 → "3,5 %"
std::string format_money(double dollars, Language language);

}  // namespace acquis

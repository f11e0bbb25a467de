// Dates, numbers, hours, percentages and amounts written the way the document's locale writes
// them, through ICU: "le 1er décembre" / "December 1", "1 470 h", "3,5 %", "4 $" / "$4.00".
#pragma once

#include <acquis/language.hpp>

#include <optional>
#include <string>

namespace acquis {

// `iso` is YYYY-MM-DD; empty when it is not a date.
std::optional<std::string> format_date(const std::string& iso, Language language);
std::string format_number(double value, Language language);
std::string format_hours(double value, Language language);
std::string format_percent(double percent, Language language);  // 3.5 → "3,5 %"
std::string format_money(double dollars, Language language);

}  // namespace acquis

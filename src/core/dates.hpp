// Calendar dates written YYYY-MM-DD, checked as dates (2026-02-30 is not one).
#pragma once

#include <string_view>

namespace acquis {

struct CalendarDate {
  int year = 0, month = 0, day = 0;
};

// False when `text` is not YYYY-MM-DD or not a day of the calendar.
bool parse_calendar_date(std::string_view text, CalendarDate& date);

}  // namespace acquis

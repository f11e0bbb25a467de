// Shapes of identifiers and dates found in user data.
#include <acquis/data.hpp>

#include "core/dates.hpp"

namespace acquis {

bool is_permanent_code(const std::string& code) {
  if (code.size() != 12) return false;
  for (std::size_t i = 0; i < 12; ++i) {
    const char c = code[i];
    if (i < 4 ? !(c >= 'A' && c <= 'Z') : !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

bool is_iso_date(const std::string& text) {
  CalendarDate date;
  return parse_calendar_date(text, date);
}

const Competency* Program::competency(const std::string& wanted) const {
  for (const Competency& c : competencies)
    if (c.code == wanted) return &c;
  return nullptr;
}

const Element* Competency::element(const std::string& wanted) const {
  for (const Element& e : elements)
    if (e.code == wanted) return &e;
  return nullptr;
}

bool is_email(const std::string& text) {
  const std::size_t at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('@', at + 1) == std::string::npos &&
         text.find('.', at + 2) != std::string::npos && text.find(' ') == std::string::npos &&
         text.back() != '.';
}

}  // namespace acquis

// Shapes of identifiers and dates found in user data.
#include <acquis/data.hpp>

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
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] && (m != 2 || d != 29 || leap);
}

bool is_email(const std::string& text) {
  const std::size_t at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('@', at + 1) == std::string::npos &&
         text.find('.', at + 2) != std::string::npos && text.find(' ') == std::string::npos &&
         text.back() != '.';
}

}  // namespace acquis

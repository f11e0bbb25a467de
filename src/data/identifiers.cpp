// Shapes of identifiers and dates found in user data.
#include <acquis/data.hpp>

#include <cstdio>

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
  int y = 0, m = 0, d = 0;
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      text.find_first_not_of("0123456789-") == std::string::npos &&
                      std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return shaped && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] && (m != 2 || d != 29 || leap);
}

}  // namespace acquis

#include "text/typography.hpp"

#include <acquis/language.hpp>

#include "core/utf8.hpp"

#include <algorithm>
#include <array>

namespace acquis {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == kNoBreakSpace || c == kNarrowNoBreakSpace;
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool opens_quote_context(char32_t c) {
  return is_space(c) || c == '\n' || c == '(' || c == '[' || c == 0x2014 || c == 0x2013;
}

// True when what follows position `i` ends a clause: space, line end, closing punctuation.
bool at_clause_end(const std::u32string& s, std::size_t i) {
  if (i >= s.size()) return true;
  const char32_t c = s[i];
  return is_space(c) || c == '\n' || c == ')' || c == ']' || c == 0xBB || c == '"' || c == 0x201D ||
         c == ';' || c == '!' || c == '?' || c == ',' || c == '.';
}

void trim_trailing_spaces(std::u32string& out) {
  while (!out.empty() && is_space(out.back())) out.pop_back();
}

bool is_high_punctuation(char32_t c) {
  return c == ';' || c == '!' || c == '?';
}

class Pass {
 public:
  Pass(const std::u32string& in, const TypographyRules& rules) : in_(in), rules_(rules) {}

  std::u32string run() {
    for (i_ = 0; i_ < in_.size(); ++i_) step(in_[i_]);
    return out_;
  }

 private:
  // The start of the text counts as the start of a line.
  char32_t last() const { return out_.empty() ? U'\n' : out_.back(); }

  void step(char32_t c) {
    if (c == ' ' || c == '\t') return space();
    if (c == '\'' || c == 0x2019) return apostrophe();
    if (c == '"') return double_quote();
    if (c == '.' && in_.compare(i_, 3, U"...") == 0) {
      out_ += 0x2026;
      i_ += 2;
      return;
    }
    if (rules_.french && c == 0xAB) return open_guillemet();
    if (rules_.french && c == 0xBB) return close_guillemet();
    if (c == ':' && at_clause_end(in_, i_ + 1)) return colon();
    if (is_high_punctuation(c) && at_clause_end(in_, i_ + 1)) return high_punctuation(c);
    out_ += c;
  }

  // Runs of spaces collapse, but a leading space is kept: spans are processed one by one and
  // "Soudage" + " (DEP 5195)" must keep its space.
  void space() {
    if (out_.empty() || (!is_space(last()) && last() != '\n')) out_ += ' ';
  }

  void apostrophe() {
    const bool opening = !rules_.french && opens_quote_context(last());
    out_ += opening ? 0x2018 : 0x2019;
  }

  void double_quote() {
    const bool opening = opens_quote_context(last());
    if (rules_.french) return opening ? open_guillemet() : close_guillemet();
    out_ += opening ? 0x201C : 0x201D;
  }

  void open_guillemet() {
    out_ += 0xAB;
    out_ += kNarrowNoBreakSpace;
    while (i_ + 1 < in_.size() && is_space(in_[i_ + 1])) ++i_;
  }

  void close_guillemet() {
    trim_trailing_spaces(out_);
    out_ += kNarrowNoBreakSpace;
    out_ += 0xBB;
  }

  void colon() {
    trim_trailing_spaces(out_);
    if (rules_.french && last() != '\n') out_ += kNoBreakSpace;
    out_ += ':';
  }

  void high_punctuation(char32_t c) {
    trim_trailing_spaces(out_);
    const bool after_punctuation = is_high_punctuation(last()) || last() == '\n';
    if (rules_.french && rules_.narrow_space_before_high_punctuation && !after_punctuation)
      out_ += kNarrowNoBreakSpace;
    out_ += c;
  }

  const std::u32string& in_;
  const TypographyRules& rules_;
  std::u32string out_;
  std::size_t i_ = 0;
};

constexpr std::array<std::u32string_view, 24> kUnits = {
    U"$",  U"%", U"€",  U"¢",  U"h",  U"min", U"km", U"m",  U"cm", U"mm", U"kg", U"g",
    U"mg", U"L", U"ml", U"mL", U"°C", U"°F",  U"po", U"pi", U"lb", U"m²", U"m³", U"km/h"};

bool unit_ends_at(const std::u32string& s, std::size_t end) {
  return end >= s.size() ||
         !(is_letter(s[end]) || is_digit(s[end]) || s[end] == 0x2019 || s[end] == '\'');
}

// Length of the unit starting at `pos`, or 0.
std::size_t unit_at(const std::u32string& s, std::size_t pos) {
  std::size_t best = 0;
  for (std::u32string_view unit : kUnits)
    if (s.compare(pos, unit.size(), unit) == 0 && unit_ends_at(s, pos + unit.size()))
      best = std::max(best, unit.size());
  return best;
}

// Digit groups "1 470 000" separated by any space become narrow no-break separated (French).
// A chain is rewritten only when every group after the first has exactly three digits.
void group_thousands(std::u32string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || is_letter(s[i - 1])))) continue;
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j - i > 3) continue;
    std::size_t end = j;
    std::u32string::size_type groups = 0;
    while (end + 4 <= s.size() && is_space(s[end]) && is_digit(s[end + 1]) &&
           is_digit(s[end + 2]) && is_digit(s[end + 3]) &&
           (end + 4 == s.size() || !is_digit(s[end + 4]))) {
      end += 4;
      ++groups;
    }
    const bool ragged_tail =
        end + 1 < s.size() && (is_space(s[end]) || s[end] == '-') && is_digit(s[end + 1]);
    if (groups > 0 && !ragged_tail)
      for (std::size_t k = j; k < end; k += 4) s[k] = kNarrowNoBreakSpace;
    i = end;
  }
}

// "30 h", "4 $", "3,5 %", "14 h 30": the space between a number and its unit cannot break.
void bind_units(std::u32string& s) {
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != ' ' || !is_digit(s[i - 1])) continue;
    const std::size_t unit = unit_at(s, i + 1);
    if (unit == 0) continue;
    s[i] = kNoBreakSpace;
    const std::size_t after = i + 1 + unit;
    if (s.compare(i + 1, unit, U"h") == 0 && after + 1 < s.size() && s[after] == ' ' &&
        is_digit(s[after + 1]))
      s[after] = kNoBreakSpace;
  }
}

constexpr std::array<std::u32string_view, 38> kMonths = {
    U"janvier",   U"février",   U"mars",     U"avril",    U"mai",      U"juin",  U"juillet",
    U"août",      U"septembre", U"octobre",  U"novembre", U"décembre", U"janv.", U"févr.",
    U"avr.",      U"juil.",     U"sept.",    U"oct.",     U"nov.",     U"déc.",  U"January",
    U"February",  U"March",     U"April",    U"May",      U"June",     U"July",  U"August",
    U"September", U"October",   U"November", U"December", U"Jan",      U"Feb",   U"Mar",
    U"Apr",       U"Aug",       U"Dec"};

// Length of the month name starting at `pos` (and ending a word there), or 0. "Jun", "Jul",
// "Sep", "Oct", "Nov" are covered by their prefixes' absence: "Oct" is a prefix of "October".
std::size_t month_at(const std::u32string& s, std::size_t pos) {
  std::size_t best = 0;
  auto try_name = [&](std::u32string_view name) {
    if (s.compare(pos, name.size(), name) != 0) return;
    const std::size_t end = pos + name.size();
    if (end < s.size() && is_letter(s[end])) return;
    best = std::max(best, name.size());
  };
  for (std::u32string_view month : kMonths) try_name(month);
  for (std::u32string_view month : {U"Jun", U"Jul", U"Sep", U"Sept", U"Oct", U"Nov"})
    try_name(month);
  if (best > 0 && pos + best < s.size() && s[pos + best] == '.' && s[pos + best - 1] != '.')
    ++best;  // "Nov." in English
  return best;
}

bool digits_at(const std::u32string& s, std::size_t pos, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k)
    if (pos + k >= s.size() || !is_digit(s[pos + k])) return false;
  return pos + count >= s.size() || !is_digit(s[pos + count]);
}

// "22 novembre 2026", "1er mai", "November 22, 2026", "nov. 2026": a date never breaks. The spaces
// between the day, the month and the year become no-break spaces.
void bind_dates(std::u32string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && is_letter(s[i - 1])) continue;
    const std::size_t month = month_at(s, i);
    if (month == 0) continue;
    // Before: "22 " or "1er ".
    if (i >= 2 && s[i - 1] == ' ' &&
        (is_digit(s[i - 2]) ||
         (i >= 4 && s[i - 2] == 'r' && s[i - 3] == 'e' && is_digit(s[i - 4]))))
      s[i - 1] = kNoBreakSpace;
    // After: " 22, 2026" (English) or " 2026".
    std::size_t j = i + month;
    if (j + 1 < s.size() && s[j] == ' ' && is_digit(s[j + 1])) {
      std::size_t k = j + 1;
      while (k < s.size() && is_digit(s[k])) ++k;
      if (k - j - 1 <= 2 || k - j - 1 == 4) s[j] = kNoBreakSpace;
      if (k - j - 1 <= 2 && k + 2 < s.size() && s[k] == ',' && s[k + 1] == ' ' &&
          digits_at(s, k + 2, 4))
        s[k + 1] = kNoBreakSpace;
    }
    i = j;
  }
}

bool is_upper_ascii(char32_t c) {
  return c >= 'A' && c <= 'Z';
}

// "DEP 5195", "DEP / 5195", "5373 / 5873": a program's level and its code, or a code pair, never
// break. The spaces after a short acronym (2 to 5 capitals) followed by a digit, and around a slash
// between two short tokens, become no-break spaces.
void bind_codes(std::u32string& s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != ' ') continue;
    std::size_t start = i;
    while (start > 0 && !is_space(s[start - 1]) && s[start - 1] != '(') --start;
    const std::size_t before = i - start;
    const bool acronym = before >= 2 && before <= 5 &&
                         std::all_of(s.begin() + static_cast<std::ptrdiff_t>(start),
                                     s.begin() + static_cast<std::ptrdiff_t>(i), is_upper_ascii);
    if (acronym && is_digit(s[i + 1])) {
      s[i] = kNoBreakSpace;
    } else if (s[i + 1] == '/' && i + 3 < s.size() && s[i + 2] == ' ' && before > 0 &&
               before <= 5 && (is_digit(s[i + 3]) || is_upper_ascii(s[i + 3]))) {
      s[i] = kNoBreakSpace;
      s[i + 2] = kNoBreakSpace;
    }
  }
}

// "1er", "1re", "2e", "4es": a French ordinal's letters set as superscripts, with the modifier
// letters every font of the project has (ᵉ U+1D49, ʳ U+02B3, ˢ U+02E2). Only after 1 to 3 digits
// standing alone, and only the suffixes French abbreviates ordinals with.
void superscript_ordinals(std::u32string& s) {
  static const std::u32string suffixes[] = {U"ers", U"res", U"er", U"re", U"es", U"e"};
  const auto boundary = [&s](std::size_t at) {
    return at >= s.size() || !(is_letter(s[at]) || is_digit(s[at]) || s[at] == '-');
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && !boundary(i - 1))) continue;
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    if (end - i > 3) {
      i = end;
      continue;
    }
    for (const std::u32string& suffix : suffixes) {
      if (s.compare(end, suffix.size(), suffix) != 0 || !boundary(end + suffix.size())) continue;
      for (std::size_t k = end; k < end + suffix.size(); ++k)
        s[k] = s[k] == 'e' ? char32_t{0x1D49} : s[k] == 'r' ? char32_t{0x02B3} : char32_t{0x02E2};
      break;
    }
    i = end;
  }
}

}  // namespace

TypographyRules typography_rules(std::string_view locale) {
  TypographyRules rules;
  Language language = Language::English;
  rules.french = parse_language(locale, language) && language == Language::French;
  rules.narrow_space_before_high_punctuation = rules.french && locale != "fr-CA" && locale != "fr";
  return rules;
}

std::string apply_typography(std::string_view text, const TypographyRules& rules) {
  const std::u32string input = utf8::to_u32(text);
  std::u32string out = Pass(input, rules).run();
  if (rules.french) group_thousands(out);
  bind_units(out);
  bind_dates(out);
  bind_codes(out);
  if (rules.french) superscript_ordinals(out);
  return utf8::from_u32(out);
}

}  // namespace acquis

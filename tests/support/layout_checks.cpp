#include "layout_checks.hpp"

#include "pdf_checks.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <regex>
#include <set>

namespace acquis::test {

namespace {

// A hyphenated line shorter than this (points) can only come from a narrow cell: in a wide
// column, a word is cut only to fill a line. The engine's own threshold is 200 pt of cell width.
constexpr double kShortLine = 120;

bool same_baseline(const Word& a, const Word& b) {
  return a.page == b.page && std::abs(a.y_max - b.y_max) < 1;
}

// `b` starts the line after `a`'s: lower on the same page, back to the left.
// `b` opens the line after `a`'s in the same text: below it, to its left, and no further down
// than a line's leading (the next row of a table or the next paragraph is further).
bool wraps(const Word& a, const Word& b) {
  return a.page == b.page && b.y_min >= a.y_max - 2 && b.y_min - a.y_max < 5 &&
         b.x_min < a.x_min + 0.5;
}

std::string strip(std::string text, const std::string& characters) {
  while (!text.empty() && characters.find(text.back()) != std::string::npos) text.pop_back();
  while (!text.empty() && characters.find(text.front()) != std::string::npos) text.erase(0, 1);
  return text;
}

bool is_month(const std::string& word) {
  static const std::set<std::string> months = {
      "janvier",   "février",   "mars",     "avril",    "mai",      "juin", "juillet",
      "août",      "septembre", "octobre",  "novembre", "décembre", "janv", "févr",
      "avr",       "juil",      "sept",     "oct",      "nov",      "déc",  "January",
      "February",  "March",     "April",    "May",      "June",     "July", "August",
      "September", "October",   "November", "December", "Jan",      "Feb",  "Mar",
      "Apr",       "Jun",       "Jul",      "Aug",      "Sep",      "Oct",  "Nov",
      "Dec"};
  return months.count(strip(word, ".,()")) > 0;
}

bool is_day(const std::string& word) {
  return std::regex_match(strip(word, ",()"), std::regex(R"(([1-9]|[12]\d|3[01])(er)?)"));
}

bool is_year(const std::string& word) {
  return std::regex_match(strip(word, ".,;()"), std::regex(R"(\d{4})"));
}

bool starts_with_digit(const std::string& word) {
  const std::string s = strip(word, "(");
  return !s.empty() && std::isdigit(static_cast<unsigned char>(s.front()));
}

// "991-", "FMS-" before "8142": a hyphen that joins the parts of a code.
bool code_hyphen(const std::string& a, const std::string& b) {
  if (a.size() < 2 || a.back() != '-') return false;
  return std::isdigit(static_cast<unsigned char>(a[a.size() - 2])) || starts_with_digit(b);
}

bool is_unit(const std::string& word) {
  static const std::set<std::string> units = {"h",     "$",     "%",    "km",     "kg",   "unités",
                                              "unité", "units", "unit", "heures", "hours"};
  return units.count(strip(word, ".,;)")) > 0;
}

// A word cut at the line's end: an explicit hyphen, or the inserted one, which the text layer
// maps to a soft hyphen (U+00AD).
bool ends_cut(const std::string& word) {
  const std::string soft = "\u00AD";
  return (word.size() >= 2 && word.back() == '-') ||
         (word.size() > soft.size() &&
          word.compare(word.size() - soft.size(), soft.size(), soft) == 0);
}

std::string broken_between(const std::string& a, const std::string& b) {
  if (is_day(a) && is_month(b)) return "a day and its month";
  if (is_month(a) && (is_year(b) || is_day(b))) return "a month and what follows";
  if (code_hyphen(a, b)) return "a code at its hyphen";
  if (std::regex_match(strip(a, "("), std::regex("[A-Z]{2,5}")) &&
      (starts_with_digit(b) || b == "/"))
    return "a level and its code";
  if (a == "/" || b == "/") return "a pair around a slash";
  if (std::regex_match(strip(a, "("), std::regex(R"(\d+([,.]\d+)?)")) && is_unit(b))
    return "a number and its unit";
  return {};
}

// Words on lines found, the same but for their numbers ("Page # de #"), at the same height on
// another page: the running header and footer, and a table's repeated header.
std::vector<bool> running(const std::vector<Word>& all) {
  // Lines by page and height (to the tenth of a point), with their shapes.
  std::map<std::pair<int, long>, std::string> shapes;
  auto key = [](const Word& w) { return std::make_pair(w.page, std::lround(w.y_max * 10)); };
  for (const Word& w : all)
    shapes[key(w)] += std::regex_replace(w.text, std::regex(R"(\d+)"), "#") + " ";
  std::multimap<std::pair<long, std::string>, int> pages_of;
  for (const auto& [line, shape] : shapes) pages_of.insert({{line.second, shape}, line.first});
  std::vector<bool> result(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto line = key(all[i]);
    result[i] = pages_of.count({line.second, shapes[line]}) > 1;
  }
  return result;
}

// The "Date :" labels that end a signature block: "Date" then ":" (or "Date:"), nothing after.
std::vector<Word> signature_dates(const std::vector<Word>& all) {
  std::vector<Word> dates;
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::size_t last = i;
    if (all[i].text == "Date:") {
    } else if (all[i].text == "Date" && i + 1 < all.size() && all[i + 1].text == ":" &&
               same_baseline(all[i], all[i + 1])) {
      last = i + 1;
    } else {
      continue;
    }
    const bool alone = last + 1 == all.size() || !same_baseline(all[last], all[last + 1]) ||
                       all[last + 1].x_min > all[last].x_max + 60;
    if (alone) dates.push_back(all[i]);
  }
  return dates;
}

}  // namespace

std::vector<std::string> misaligned_signature_dates(const std::vector<Word>& all) {
  std::vector<std::string> faults;
  const std::vector<Word> dates = signature_dates(all);
  for (std::size_t i = 0; i < dates.size(); ++i)
    for (std::size_t j = i + 1; j < dates.size(); ++j) {
      const Word &a = dates[i], &b = dates[j];
      // Two rows of one block stand more than 60 pt apart; closer means one row, misaligned.
      const double apart = std::abs(a.y_max - b.y_max);
      if (a.page == b.page && apart >= 0.5 && apart <= 60)
        faults.push_back("page " + std::to_string(a.page) + ": signature dates " +
                         std::to_string(apart) + " pt apart");
    }
  return faults;
}

std::vector<std::string> lone_signature_pages(const std::vector<Word>& all) {
  std::vector<std::string> faults;
  const std::vector<bool> is_running = running(all);
  for (const Word& date : signature_dates(all)) {
    if (date.page == 1) continue;
    // The block's words (name, role on up to two lines, date) lie within this height above the
    // date; above them, the room to sign is blank. Any other word above is content.
    const double block_top = date.y_min - 55;
    bool content_above = false;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].page == date.page && !is_running[i] && all[i].y_max < block_top)
        content_above = true;
    if (!content_above)
      faults.push_back("page " + std::to_string(date.page) + " holds only a signature block");
  }
  return faults;
}

std::vector<std::string> broken_codes_or_dates(const std::vector<Word>& all) {
  std::vector<std::string> faults;
  for (std::size_t i = 0; i + 1 < all.size(); ++i) {
    if (!wraps(all[i], all[i + 1])) continue;
    const std::string broken = broken_between(all[i].text, all[i + 1].text);
    if (!broken.empty())
      faults.push_back("page " + std::to_string(all[i].page) + ": « " + all[i].text + " | " +
                       all[i + 1].text + " » breaks " + broken);
  }
  return faults;
}

std::vector<std::string> hyphens_in_narrow_cells(const std::vector<Word>& all) {
  std::vector<std::string> faults;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0 && !(same_baseline(all[i - 1], all[i]) && all[i].x_min > all[i - 1].x_min))
      line_start = i;
    const bool line_ends = i + 1 == all.size() || wraps(all[i], all[i + 1]);
    if (!line_ends || !ends_cut(all[i].text)) continue;
    if (all[i].x_max - all[line_start].x_min < kShortLine)
      faults.push_back("page " + std::to_string(all[i].page) + ": « " + all[line_start].text +
                       " … " + all[i].text + " » is cut in a narrow cell");
  }
  return faults;
}

void check_layout_rules(const std::string& pdf) {
  const std::vector<Word> all = words(pdf);
  for (auto rule : {misaligned_signature_dates, lone_signature_pages, broken_codes_or_dates,
                    hyphens_in_narrow_cells})
    for (const std::string& fault : rule(all)) FAIL_CHECK(fault);
}

}  // namespace acquis::test

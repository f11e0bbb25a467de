#include "text/knuth_plass.hpp"

#include <catch2/catch.hpp>

using namespace acquis;
using kp::Item;
using kp::Kind;

namespace {

Item box(double width) {
  return {Kind::Box, width, 0, 0, 0, false, false};
}
Item space() {
  return {Kind::Glue, 4, 2, 1.3, 0, false, false};
}
Item hyphen_point() {
  return {Kind::Penalty, 3, 0, 0, 50, true, true};
}
void finish(std::vector<Item>& items) {
  items.push_back({Kind::Glue, 0, kp::kFill, 0, 0, false, false});
  items.push_back({Kind::Penalty, 0, 0, 0, -kp::kInfinitePenalty, false, false});
}

double line_width(const std::vector<Item>& items, std::size_t from, std::size_t to, double r) {
  double width = 0;
  for (std::size_t i = from; i < to; ++i) {
    const Item& item = items[i];
    if (item.kind == Kind::Box) width += item.width;
    if (item.kind == Kind::Glue)
      width += item.width + (r >= 0 ? r * item.stretch : r * item.shrink);
  }
  if (items[to].kind == Kind::Penalty) width += items[to].width;
  return width;
}

}  // namespace

TEST_CASE("words of equal width fill lines of a known capacity", "[knuth-plass]") {
  std::vector<Item> items;
  for (int i = 0; i < 20; ++i) {
    if (i > 0) items.push_back(space());
    items.push_back(box(20));
  }
  finish(items);
  // 4 words + 3 spaces = 92 natural; a 92-wide line holds exactly 4 words.
  const auto result = kp::break_lines(items, [](std::size_t) { return 92.0; }, {});
  REQUIRE(result.ok);
  REQUIRE(result.breaks.size() == 5);
  for (std::size_t k = 0; k + 1 < result.ratios.size(); ++k) CHECK(result.ratios[k] == Approx(0));
}

TEST_CASE("justified lines fill the measure exactly and stay within shrink limits",
          "[knuth-plass]") {
  std::vector<Item> items;
  const double widths[] = {31, 12, 44, 27, 9, 38, 22, 17, 41, 26, 13, 35, 29, 18, 24, 40, 11, 33};
  for (std::size_t i = 0; i < std::size(widths); ++i) {
    if (i > 0) items.push_back(space());
    items.push_back(box(widths[i]));
  }
  finish(items);
  kp::Params params;
  params.tolerance = 10000;
  const auto result = kp::break_lines(
      items, [](std::size_t) { return 120.0; }, params);
  REQUIRE(result.ok);
  std::size_t from = 0;
  for (std::size_t k = 0; k < result.breaks.size(); ++k) {
    CHECK(result.ratios[k] >= -1);
    if (k + 1 < result.breaks.size())
      CHECK(line_width(items, from, result.breaks[k], result.ratios[k]) ==
            Approx(120).margin(1e-6));
    from = result.breaks[k] + 1;
  }
}

TEST_CASE("never more than two consecutive hyphenated lines", "[knuth-plass]") {
  // Every word is 30 wide with a hyphenation point in its middle; 50-wide lines can only be
  // filled well by hyphenating, which would tempt the breaker into long ladders.
  std::vector<Item> items;
  for (int i = 0; i < 30; ++i) {
    if (i > 0) items.push_back(space());
    items.push_back(box(15));
    items.push_back(hyphen_point());
    items.push_back(box(15));
  }
  finish(items);
  kp::Params params;
  params.tolerance = 10000;
  params.flagged_demerits = 0;  // only the hard limit stands in the way
  const auto result = kp::break_lines(
      items, [](std::size_t) { return 50.0; }, params);
  REQUIRE(result.ok);
  int run = 0, longest = 0, hyphenated = 0;
  for (std::size_t b : result.breaks) {
    run = items[b].flagged ? run + 1 : 0;
    hyphenated += items[b].flagged ? 1 : 0;
    longest = std::max(longest, run);
  }
  CHECK(hyphenated > 0);
  CHECK(longest <= 2);

  params.max_consecutive_hyphens = 1;
  const auto strict = kp::break_lines(
      items, [](std::size_t) { return 50.0; }, params);
  REQUIRE(strict.ok);
  for (std::size_t k = 1; k < strict.breaks.size(); ++k)
    CHECK_FALSE((items[strict.breaks[k]].flagged && items[strict.breaks[k - 1]].flagged));
}

TEST_CASE("hyphenation points are ignored when hyphenation is off", "[knuth-plass]") {
  std::vector<Item> items = {box(30), hyphen_point(), box(30), space(), box(30)};
  finish(items);
  kp::Params params;
  params.allow_hyphenation = false;
  params.tolerance = 10000;
  const auto result = kp::break_lines(
      items, [](std::size_t) { return 70.0; }, params);
  REQUIRE(result.ok);
  for (std::size_t b : result.breaks) CHECK_FALSE(items[b].hyphenation);
}

TEST_CASE("a box wider than the line makes the paragraph infeasible", "[knuth-plass]") {
  std::vector<Item> items = {box(20), space(), box(200), space(), box(20)};
  finish(items);
  kp::Params params;
  params.tolerance = 10000;
  CHECK_FALSE(kp::break_lines(
                  items, [](std::size_t) { return 100.0; }, params)
                  .ok);
}

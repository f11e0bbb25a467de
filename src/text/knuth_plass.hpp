// Knuth–Plass total-fit line breaking over boxes, glue and penalties (Knuth & Plass 1981),
// independent of fonts so it can be tested on synthetic widths. Beyond TeX it enforces a hard
// limit on consecutive hyphenated lines, by carrying the count in each active breakpoint.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace acquis::kp {

inline constexpr int kInfinitePenalty = 10000;
inline constexpr double kFill = 1e6;  // stretch of the glue that ends the last line

enum class Kind { Box, Glue, Penalty };

struct Item {
  Kind kind = Kind::Box;
  double width = 0, stretch = 0, shrink = 0;
  int penalty = 0;
  bool flagged = false;      // a line ending here ends with a hyphen
  bool hyphenation = false;  // an inserted (discretionary) hyphen, off in the first pass
};

struct Params {
  double tolerance = 200;  // largest badness accepted (badness = 100·|r|³, r the adjustment ratio)
  bool allow_hyphenation = true;
  double ragged_stretch = 0;  // > 0: ragged lines, each may fall short by about this much
  int line_penalty = 10;
  double flagged_demerits = 10000;  // two hyphenated lines in a row
  double final_hyphen_demerits = 5000;
  double fitness_demerits = 10000;
  int max_consecutive_hyphens = 2;
};

struct Result {
  bool ok = false;
  std::vector<std::size_t> breaks;  // item index ending each line
  std::vector<double> ratios;       // adjustment ratio of each line
};

using LineWidth = std::function<double(std::size_t line)>;

// The last item must be a forced break (penalty −∞), normally after a kFill glue.
Result break_lines(const std::vector<Item>& items, const LineWidth& line_width,
                   const Params& params);

}  // namespace acquis::kp

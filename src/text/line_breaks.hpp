// Line-break opportunities from ICU's locale-aware line break iterator (UAX #14), in byte
// offsets of the UTF-8 text. No-break spaces (U+00A0, U+202F) are never opportunities.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace acquis {

struct BreakOpportunity {
  std::size_t offset;  // a line may start here
  bool mandatory;      // after a newline or paragraph separator
};

std::vector<BreakOpportunity> line_break_opportunities(std::string_view text,
                                                       std::string_view locale);

}  // namespace acquis

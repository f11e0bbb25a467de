// Column widths of a table. Internal to layout/.
#pragma once

#include <acquis/blocks.hpp>

#include "layout/context.hpp"

#include <optional>
#include <vector>

namespace acquis {

std::size_t column_count(const block::Table& table);

// Widths that add up to `width`, or nothing (with an error naming the table) when the columns
// cannot fit.
std::optional<std::vector<double>> column_widths(const block::Table& table,
                                                 const ComputedStyle& style, double width,
                                                 LayoutContext& ctx);

// The role of a table cell's style, from whether its row is a header row.
inline const char* cell_role(bool header) {
  return header ? "table-header-cell" : "table-cell";
}

}  // namespace acquis

// Fixed columns take their length, automatic ones between their narrowest and widest content,
// proportional ones share what is left by weight.
#include "layout/table_columns.hpp"

#include "layout/text_slices.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace acquis {

namespace {

using Kind = block::Column::Kind;

ContentWidths measure_block(const Block& block, const ComputedStyle& style, LayoutContext& ctx) {
  if (const auto* p = std::get_if<block::Paragraph>(&block.node))
    return measure_paragraph(to_paragraph(p->runs, style, ctx, p->source), ctx.text, ctx.diags);
  if (const auto* c = std::get_if<block::Checkbox>(&block.node)) {
    const double box = style.size * 0.8;
    if (c->label.empty()) return {box, box};
    ContentWidths label =
        measure_paragraph(to_paragraph(c->label, style, ctx, c->source), ctx.text, ctx.diags);
    return {label.min + box * 1.6, label.max + box * 1.6};
  }
  if (const auto* image = std::get_if<block::Image>(&block.node)) {
    const double w = image->width ? image->width->to_pt(0) : 0;
    return {w, w};
  }
  return {};
}

ContentWidths measure_cell(const block::Cell& cell, bool header, const ComputedStyle& table,
                           LayoutContext& ctx) {
  const ComputedStyle style = ctx.cascade.resolve(table, cell_role(header), cell, 0);
  ContentWidths widths;
  for (const Block& block : cell.content) {
    const ContentWidths w = measure_block(block, style, ctx);
    widths.min = std::max(widths.min, w.min);
    widths.max = std::max(widths.max, w.max);
  }
  const double frame = 2 * style.padding + style.border_width;
  return {widths.min + frame, widths.max + frame};
}

std::vector<ContentWidths> measure_columns(const block::Table& table, std::size_t count,
                                           const ComputedStyle& style, LayoutContext& ctx) {
  std::vector<ContentWidths> widths(count);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    std::size_t column = 0;
    for (const block::Cell& cell : table.rows[r].cells) {
      const bool automatic =
          column < table.columns.size() ? table.columns[column].kind == Kind::Auto : true;
      if (cell.colspan == 1 && column < count && automatic) {
        const ContentWidths w =
            measure_cell(cell, static_cast<int>(r) < table.header_rows, style, ctx);
        widths[column].min = std::max(widths[column].min, w.min);
        widths[column].max = std::max(widths[column].max, w.max);
      }
      column += static_cast<std::size_t>(std::max(1, cell.colspan));
    }
  }
  return widths;
}

block::Column column_at(const block::Table& table, std::size_t i) {
  return i < table.columns.size() ? table.columns[i] : block::Column::automatic();
}

// Automatic columns between their min and max content, in proportion to the room there is.
void share_automatic(std::vector<double>& widths, const std::vector<ContentWidths>& content,
                     const std::vector<bool>& automatic, double room, bool fill) {
  double min_sum = 0, max_sum = 0;
  for (std::size_t i = 0; i < widths.size(); ++i)
    if (automatic[i]) min_sum += content[i].min, max_sum += content[i].max;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (!automatic[i]) continue;
    if (max_sum <= room)
      widths[i] = fill && max_sum > 0 ? content[i].max * room / max_sum : content[i].max;
    else
      widths[i] = content[i].min + (content[i].max - content[i].min) * (room - min_sum) /
                                       std::max(1e-9, max_sum - min_sum);
  }
}

}  // namespace

std::size_t column_count(const block::Table& table) {
  std::size_t count = table.columns.size();
  for (const block::Row& row : table.rows) {
    std::size_t cells = 0;
    for (const block::Cell& cell : row.cells)
      cells += static_cast<std::size_t>(std::max(1, cell.colspan));
    count = std::max(count, cells);
  }
  return count;
}

std::optional<std::vector<double>> column_widths(const block::Table& table,
                                                 const ComputedStyle& style, double width,
                                                 LayoutContext& ctx) {
  const std::size_t count = column_count(table);
  std::vector<double> widths(count, 0);
  std::vector<bool> automatic(count, false);
  double fixed = 0, weights = 0, auto_min = 0;
  bool any_auto = false;
  for (std::size_t i = 0; i < count; ++i) {
    const block::Column column = column_at(table, i);
    if (column.kind == Kind::Fixed) fixed += widths[i] = column.width.to_pt(width);
    if (column.kind == Kind::Proportional) weights += std::max(0.0, column.weight);
    automatic[i] = column.kind == Kind::Auto;
    any_auto = any_auto || automatic[i];
  }
  std::vector<ContentWidths> content;
  if (any_auto) content = measure_columns(table, count, style, ctx);
  for (std::size_t i = 0; i < count; ++i)
    if (automatic[i]) auto_min += content[i].min;
  if (fixed + auto_min > width + 0.01) {
    ctx.diags.error("table-overflow",
                    {{"needed", std::floor(fixed + auto_min)}, {"width", std::floor(width)}},
                    table.source);
    return std::nullopt;
  }
  const double room = width - fixed;
  if (any_auto) share_automatic(widths, content, automatic, room, weights == 0);
  const double auto_total = std::accumulate(widths.begin(), widths.end(), 0.0) - fixed;
  for (std::size_t i = 0; i < count; ++i) {
    const block::Column column = column_at(table, i);
    if (column.kind == Kind::Proportional)
      widths[i] = (room - auto_total) * std::max(0.0, column.weight) / weights;
  }
  return widths;
}

}  // namespace acquis

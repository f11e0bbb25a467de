// Tables: rows are slices that never split (unless taller than a page); header rows become one
// slice that is drawn again at the top of each page the table continues on.
#include "layout/block_layout.hpp"
#include "layout/table_columns.hpp"
#include "layout/text_slices.hpp"

#include <algorithm>
#include <numeric>

namespace acquis {

namespace {

struct CellBox {
  ComputedStyle style;
  double x = 0, width = 0;
  VList content;
};

struct RowBox {
  std::vector<CellBox> cells;
  double border = 0;
  Color border_color{};
  bool keep_with_next = false;  // the page does not end between this row and the next
};

double content_height(const CellBox& cell, const VList& content) {
  return content.natural_height() + 2 * cell.style.padding;
}

// Below this inner width (points, about 22 em at 9 pt), a cell cuts a word only when it must:
// a hyphen in a column that narrow reads as a break in a code or a name.
constexpr double kNarrowCell = 200;

// The structure roles of a table's parts; none for a table that only places things side by side.
const char* row_role(bool layout_only) {
  return layout_only ? "" : "TR";
}
const char* cell_structure(const block::Cell& cell, bool header, bool layout_only) {
  return layout_only ? "" : header || cell.row_header ? "TH" : "TD";
}

RowBox lay_out_row(const block::Row& row, bool header, const std::vector<double>& columns,
                   const ComputedStyle& table, bool layout_only, LayoutContext& ctx) {
  RowBox box{{}, table.border_width, table.border_color};
  const ComputedStyle row_style = ctx.cascade.resolve(table, "table-row", row, 0);
  box.keep_with_next = row_style.keep_with_next;
  StructScope row_element(ctx, row_role(layout_only));
  if (StructElement* element = row_element.element()) element->keep_empty = true;
  std::size_t column = 0;
  double x = 0;
  for (const block::Cell& cell : row.cells) {
    if (column >= columns.size()) break;
    const std::size_t span =
        std::min(columns.size() - column, static_cast<std::size_t>(std::max(1, cell.colspan)));
    const double width = std::accumulate(columns.begin() + static_cast<long>(column),
                                         columns.begin() + static_cast<long>(column + span), 0.0);
    CellBox cell_box{ctx.cascade.resolve(row_style, cell_role(header), cell, width), x, width, {}};
    StructScope cell_element(ctx, cell_structure(cell, header, layout_only));
    if (StructElement* element = cell_element.element()) {
      element->colspan = static_cast<int>(span);
      element->column_header = header;
      element->row_header = !header && cell.row_header;
      element->keep_empty = true;
    }
    if (!cell_box.style.background) cell_box.style.background = row_style.background;
    const double inner = std::max(0.0, width - 2 * cell_box.style.padding);
    // A narrow column is set ragged with whole words: hyphens there only hurt reading.
    if (inner < kNarrowCell) cell_box.style.hyphenate_only_to_fit = true;
    cell_box.content = layout_blocks(cell.content, cell_box.style, inner, ctx);
    cell_element.claim(cell_box.content);
    box.cells.push_back(std::move(cell_box));
    column += span;
    x += width;
  }
  return box;
}

double valign_factor(VAlign valign) {
  return valign == VAlign::Middle ? 0.5 : valign == VAlign::Bottom ? 1.0 : 0.0;
}

// One slice for the row (or for one piece of a split row): backgrounds, content, then borders.
Slice row_slice(const RowBox& row, std::vector<VList>& contents, bool split) {
  double height = 0;
  for (std::size_t i = 0; i < row.cells.size(); ++i)
    height = std::max(height, content_height(row.cells[i], contents[i]));
  Slice slice;
  slice.height = height;
  for (const CellBox& cell : row.cells)
    if (cell.style.background)
      slice.items.emplace_back(
          FrameRect{{cell.x, 0, cell.width, height}, 0, {}, true, *cell.style.background});
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const CellBox& cell = row.cells[i];
    const double slack = height - content_height(cell, contents[i]);
    const double dy = cell.style.padding + (split ? 0 : slack * valign_factor(cell.style.valign));
    Slice content = flatten(std::move(contents[i]));
    if (slice.baseline == 0 && content.baseline > 0) slice.baseline = content.baseline + dy;
    shift_items(content.items, cell.x + cell.style.padding, dy);
    for (FrameItem& item : content.items) slice.items.push_back(std::move(item));
  }
  if (row.border > 0 && !row.cells.empty()) {
    const double right = row.cells.back().x + row.cells.back().width;
    slice.items.emplace_back(FrameLine{0, 0, right, 0, row.border, row.border_color});
    slice.items.emplace_back(FrameLine{0, height, right, height, row.border, row.border_color});
    for (const CellBox& cell : row.cells)
      slice.items.emplace_back(FrameLine{cell.x, 0, cell.x, height, row.border, row.border_color});
    slice.items.emplace_back(FrameLine{right, 0, right, height, row.border, row.border_color});
  }
  return slice;
}

// A row taller than `limit` is cut between the lines of its cells, each piece a slice.
std::vector<Slice> row_slices(RowBox& row, double limit, const block::Table& table, int index,
                              LayoutContext& ctx) {
  double height = 0;
  for (const CellBox& cell : row.cells)
    height = std::max(height, content_height(cell, cell.content));
  std::vector<VList> whole;
  for (CellBox& cell : row.cells) whole.push_back(std::move(cell.content));
  if (height <= limit) return {row_slice(row, whole, false)};
  ctx.diags.warning("row-split", {{"row", static_cast<double>(index + 1)}}, table.source);
  std::vector<std::vector<VList>> pieces;
  std::size_t count = 0;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    pieces.push_back(split_to_height(std::move(whole[i]), limit - 2 * row.cells[i].style.padding));
    count = std::max(count, pieces.back().size());
  }
  std::vector<Slice> slices;
  for (std::size_t k = 0; k < count; ++k) {
    std::vector<VList> contents(row.cells.size());
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      if (k < pieces[i].size()) contents[i] = std::move(pieces[i][k]);
    slices.push_back(row_slice(row, contents, true));
  }
  return slices;
}

// The header drawn again on a new page, under the table's line that says it goes on ("(suite)").
Slice continued_header(const Slice& header, const block::Table& table, const ComputedStyle& style,
                       double width, LayoutContext& ctx) {
  if (table.continued.empty()) return header;
  Style look;
  look.italic = true;
  look.size = 8.5;
  look.color = Color{0.35f, 0.35f, 0.37f};
  look.align = Align::Left;
  const ComputedStyle line = ctx.cascade.resolve(style, "paragraph", "", look, width);
  VList both;
  both.slices.push_back(text_slice({text_run(table.continued)}, line, width, ctx, table.source));
  both.slices.back().height += 2;  // a little air above the header row
  both.slices.push_back(header);
  return flatten(std::move(both));
}

}  // namespace

VList layout_table(const block::Table& table, const ComputedStyle& style, double width,
                   LayoutContext& ctx) {
  VList out;
  const auto columns = column_widths(table, style, width, ctx);
  if (!columns) return out;
  const int header_rows = std::clamp(table.header_rows, 0, static_cast<int>(table.rows.size()));
  VList header;
  for (int r = 0; r < header_rows; ++r) {
    RowBox row = lay_out_row(table.rows[static_cast<std::size_t>(r)], true, *columns, style,
                             table.layout_only, ctx);
    for (Slice& slice : row_slices(row, ctx.page_room, table, r, ctx))
      header.slices.push_back(std::move(slice));
  }
  double header_height = 0;
  if (!header.empty()) {
    Slice merged = flatten(std::move(header));
    out.headers.push_back(continued_header(merged, table, style, width, ctx));
    make_artifacts(out.headers.back().items);  // read once, where the table starts
    header_height = out.headers.back().height;
    out.slices.push_back(std::move(merged));
  }
  const double limit = std::max(ctx.page_room - header_height, ctx.page_room / 4);
  bool kept = false;  // the previous row keeps this one on its page
  for (std::size_t r = static_cast<std::size_t>(header_rows); r < table.rows.size(); ++r) {
    RowBox row = lay_out_row(table.rows[r], false, *columns, style, table.layout_only, ctx);
    for (Slice& slice : row_slices(row, limit, table, static_cast<int>(r), ctx)) {
      slice.repeat_header = header_height > 0 ? 0 : -1;
      slice.break_before = !(out.slices.size() == 1 && header_height > 0) && !kept;
      kept = false;
      out.slices.push_back(std::move(slice));
    }
    kept = row.keep_with_next;
  }
  // No row alone at the top of a page: the last one goes over with the one before it (a table's
  // closing row, often a total or a note, means little on its own).
  const std::size_t first_body = header_height > 0 ? 1 : 0;
  if (out.slices.size() >= first_body + 2 &&
      table.rows.size() >= static_cast<std::size_t>(header_rows) + 2) {
    std::size_t last_row_start = out.slices.size() - 1;
    while (last_row_start > first_body && !out.slices[last_row_start].break_before)
      --last_row_start;
    if (last_row_start > first_body) out.slices[last_row_start].break_before = false;
  }
  return out;
}

}  // namespace acquis

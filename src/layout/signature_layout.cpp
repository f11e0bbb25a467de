// Signature blocks: for each signatory, room to sign above a line, the name, the role, then a
// line for the date. Up to three signatories side by side; more start another row.
#include "layout/block_layout.hpp"
#include "layout/text_slices.hpp"

#include <algorithm>

namespace acquis {

namespace {

constexpr std::size_t kPerRow = 3;
constexpr double kGap = 28;

void append_below(Slice& column, Slice&& piece, double gap) {
  const double top = column.height + gap;
  shift_items(piece.items, 0, top);
  for (FrameItem& item : piece.items) column.items.push_back(std::move(item));
  column.height = top + piece.height;
}

double text_end(const Slice& text) {
  double end = 0;
  for (const FrameItem& item : text.items)
    if (const auto* run = std::get_if<GlyphRun>(&item)) end = std::max(end, run->x + run->width);
  return end;
}

// Room to sign, the line, the name and the role. The name's line is kept even when the name is
// left blank (written by hand), so that every role starts at the same height.
Slice signatory_top(const block::Signatory& who, const block::Signatures& block,
                    const ComputedStyle& style, double width, LayoutContext& ctx) {
  Slice column;
  column.height = block.room.to_pt(style.size);
  const double stroke = style.border_width > 0 ? style.border_width : 0.75;
  column.items.emplace_back(
      FrameLine{0, column.height, width, column.height, stroke, style.border_color});
  ComputedStyle name = style;
  name.bold = true;
  name.align = Align::Left;
  name.hyphenate = false;
  Slice name_line =
      text_slice({text_run(who.name.empty() ? " " : who.name)}, name, width, ctx, block.source);
  if (who.name.empty()) name_line.items.clear();
  append_below(column, std::move(name_line), 3);
  const ComputedStyle role = ctx.cascade.resolve(name, "signature-role", "", {}, width);
  if (!who.role.empty())
    append_below(column, text_slice({text_run(who.role)}, role, width, ctx, block.source), 1);
  return column;
}

// "Date :" and a line to write it on.
Slice date_line(const block::Signatures& block, const ComputedStyle& style, double width,
                LayoutContext& ctx) {
  ComputedStyle date = style;
  date.align = Align::Left;
  Slice label = text_slice({text_run(block.date_label + " :")}, date, width, ctx, block.source);
  const double line_y = label.baseline + 1;
  const double start = text_end(label) + 4;
  if (start < width)
    label.items.emplace_back(FrameLine{start, line_y, width, line_y, 0.5, style.border_color});
  return label;
}

// One row of up to three signatories: the date lines share one baseline, below the tallest role.
Slice signature_row(const block::Signatures& signatures, std::size_t first, std::size_t count,
                    const ComputedStyle& style, double width, LayoutContext& ctx) {
  const double column =
      (width - kGap * static_cast<double>(count - 1)) / static_cast<double>(count);
  std::vector<Slice> tops;
  double tallest = 0;
  for (std::size_t i = 0; i < count; ++i) {
    tops.push_back(
        signatory_top(signatures.signatories[first + i], signatures, style, column, ctx));
    tallest = std::max(tallest, tops.back().height);
  }
  Slice row;
  for (std::size_t i = 0; i < count; ++i) {
    Slice& piece = tops[i];
    piece.height = tallest;
    if (!signatures.date_label.empty())
      append_below(piece, date_line(signatures, style, column, ctx), 10);
    shift_items(piece.items, (column + kGap) * static_cast<double>(i), 0);
    for (FrameItem& item : piece.items) row.items.push_back(std::move(item));
    row.height = std::max(row.height, piece.height);
  }
  return row;
}

}  // namespace

VList layout_signatures(const block::Signatures& signatures, const ComputedStyle& style,
                        double width, LayoutContext& ctx) {
  VList out;
  const auto& people = signatures.signatories;
  for (std::size_t first = 0; first < people.size(); first += kPerRow) {
    Slice row = signature_row(signatures, first, std::min(kPerRow, people.size() - first), style,
                              width, ctx);
    row.space_before = first > 0 ? 18 : 0;
    // Kept with what it signs: the page never ends just before the signatures.
    row.break_before = false;
    out.slices.push_back(std::move(row));
  }
  return out;
}

}  // namespace acquis

#include "layout/text_slices.hpp"

namespace acquis {

namespace {

constexpr std::size_t kMinLinesAtBreak = 2;

std::string field_text(const Run& run, const LayoutContext& ctx) {
  switch (run.field) {
    case PageField::PageNumber:
      return std::to_string(ctx.page_number);
    case PageField::PageCount:
      return std::to_string(ctx.page_count);
    case PageField::None:
      break;
  }
  return run.text;
}

// A clickable area over each linked run of the line.
void add_links(const LaidLine& line, const LaidParagraph& laid, Slice& slice) {
  for (const GlyphRun& run : line.runs)
    if (!run.link.empty())
      slice.items.emplace_back(FrameLink{
          {run.x, slice.baseline - laid.ascent, run.width, laid.ascent + laid.descent}, run.link});
}

}  // namespace

Paragraph to_paragraph(const Runs& runs, const ComputedStyle& style, LayoutContext& ctx,
                       const std::string& source) {
  Paragraph p;
  p.align = style.align;
  p.leading = style.leading_pt();
  p.first_line_indent = style.first_line_indent;
  p.locale = ctx.locale;
  p.hyphenate = style.hyphenate;
  p.hyphenate_only_to_fit = style.hyphenate_only_to_fit;
  p.spans.reserve(runs.size());
  for (const Run& run : runs) {
    const bool plain = run.style_class.empty() && !run.style.family && !run.style.bold &&
                       !run.style.italic && !run.style.size && !run.style.color &&
                       !run.style.hyphenate;
    const ComputedStyle own =
        plain ? style : ctx.cascade.resolve(style, "", run.style_class, run.style, 0);
    p.spans.push_back({field_text(run, ctx), own.text(), own.hyphenate,
                       run.source.empty() ? source : run.source, run.link, run.data_fields,
                       run.lang});
  }
  return p;
}

VList line_slices(const LaidParagraph& laid, bool breakable) {
  VList out;
  const std::size_t n = laid.lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    Slice slice;
    slice.height = i == 0 ? laid.ascent : laid.leading;
    slice.baseline = slice.height;
    slice.depth = laid.descent;
    if (i + 1 == n) {
      slice.height += laid.descent;
      slice.depth = 0;
    }
    slice.break_before =
        i == 0 || (breakable && i >= kMinLinesAtBreak && n - i >= kMinLinesAtBreak);
    for (const GlyphRun& run : laid.lines[i].runs) {
      GlyphRun placed = run;
      placed.y = slice.baseline;
      slice.items.emplace_back(std::move(placed));
    }
    add_links(laid.lines[i], laid, slice);
    out.slices.push_back(std::move(slice));
  }
  return out;
}

Slice text_slice(const Runs& runs, const ComputedStyle& style, double width, LayoutContext& ctx,
                 const std::string& source) {
  const Paragraph p = to_paragraph(runs, style, ctx, source);
  return flatten(line_slices(layout_paragraph(p, width, ctx.text, ctx.diags), false));
}

}  // namespace acquis

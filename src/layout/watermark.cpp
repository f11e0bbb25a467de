// A watermark: one line of large pale text across the page's diagonal, drawn under the content
// (a specimen stays readable and cannot pass for the real document).
#include "layout/watermark.hpp"

#include "text/paragraph_layout.hpp"

#include <cmath>

namespace acquis {

void add_watermark(PageFrame& page, const std::string& text, LayoutContext& ctx) {
  Paragraph paragraph;
  Span span;
  span.text = text;
  span.style.bold = true;
  span.style.size = std::min(page.width, page.height) / 5;  // 122 pt on letter paper
  span.style.color = {0.94, 0.76, 0.76};                    // a pale red, under everything
  span.hyphenate = false;
  paragraph.spans.push_back(std::move(span));
  paragraph.align = Align::Left;
  paragraph.hyphenate = false;
  paragraph.locale = ctx.locale;
  const LaidParagraph laid = layout_paragraph(paragraph, 1e5, ctx.text, ctx.diags);
  if (laid.lines.size() != 1 || laid.lines[0].runs.empty()) return;
  // Centred on the page along its diagonal, from the lower left to the upper right.
  const double angle = std::atan2(page.height, page.width);
  const double c = std::cos(angle), s = std::sin(angle);
  std::vector<FrameItem> runs;
  double width = 0;
  for (const GlyphRun& run : laid.lines[0].runs) width = std::max(width, run.x + run.width);
  const double half_cap = laid.ascent * 0.35;  // about half the capitals' height
  // The baseline's start, in the frame's coordinates (y downward): centre minus half the
  // width along the baseline, minus half the capitals across it.
  const double x0 = page.width / 2 - c * width / 2 + s * half_cap;
  const double y0 = page.height / 2 + s * width / 2 + c * half_cap;
  for (const GlyphRun& run : laid.lines[0].runs) {
    GlyphRun placed = run;
    placed.angle = angle;
    placed.x = x0 + c * run.x;
    placed.y = y0 - s * run.x;
    runs.emplace_back(std::move(placed));
  }
  page.items.insert(page.items.begin(), runs.begin(), runs.end());
}

}  // namespace acquis

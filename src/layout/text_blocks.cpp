// Paragraphs and headings.
#include "layout/block_layout.hpp"
#include "layout/text_slices.hpp"

#include <algorithm>

namespace acquis {

namespace {

std::string plain_text(const Runs& runs) {
  std::string text;
  for (const Run& run : runs) text += run.text;
  return text;
}

}  // namespace

VList layout_paragraph_block(const block::Paragraph& p, const ComputedStyle& style, double width,
                             LayoutContext& ctx) {
  const Paragraph paragraph = to_paragraph(p.runs, style, ctx, p.source);
  return line_slices(layout_paragraph(paragraph, width, ctx.text, ctx.diags), true);
}

namespace {

// A heading over several lines is set in the narrowest width that keeps its number of lines,
// so that its lines are of even length rather than a full line and a lone last word.
LaidParagraph balanced(const Paragraph& paragraph, double width, LayoutContext& ctx) {
  LaidParagraph laid = layout_paragraph(paragraph, width, ctx.text, ctx.diags);
  const std::size_t lines = laid.lines.size();
  if (lines < 2 || paragraph.align == Align::Justify) return laid;
  double fits = width, too_narrow = width / 2;
  for (int step = 0; step < 10 && fits - too_narrow > 1; ++step) {
    const double trial = (fits + too_narrow) / 2;
    Diagnostics quiet;  // a trial width may be too narrow for a word: not the reader's concern
    const LaidParagraph narrower = layout_paragraph(paragraph, trial, ctx.text, quiet);
    const bool same = narrower.lines.size() == lines && !quiet.has_errors() &&
                      std::none_of(narrower.lines.begin(), narrower.lines.end(),
                                   [](const LaidLine& line) { return line.hyphenated; });
    (same ? fits : too_narrow) = trial;
  }
  if (fits >= width) return laid;
  laid = layout_paragraph(paragraph, fits, ctx.text, ctx.diags);
  // Centred or right-aligned text keeps its place in the full width.
  const double shift = paragraph.align == Align::Center  ? (width - fits) / 2
                       : paragraph.align == Align::Right ? width - fits
                                                         : 0;
  for (LaidLine& line : laid.lines)
    for (GlyphRun& run : line.runs) run.x += shift;
  return laid;
}

}  // namespace

// A heading is never split; the outline entry points at its top.
VList layout_heading(const block::Heading& h, const ComputedStyle& style, double width,
                     LayoutContext& ctx) {
  const Paragraph paragraph = to_paragraph(h.runs, style, ctx, h.source);
  VList out = line_slices(balanced(paragraph, width, ctx), false);
  if (!out.empty()) out.slices.front().outline.push_back({h.level, plain_text(h.runs), 0});
  return out;
}

}  // namespace acquis

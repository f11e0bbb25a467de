// Paragraphs and headings.
#include "layout/block_layout.hpp"
#include "layout/text_slices.hpp"

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

// A heading is never split; the outline entry points at its top.
VList layout_heading(const block::Heading& h, const ComputedStyle& style, double width,
                     LayoutContext& ctx) {
  const Paragraph paragraph = to_paragraph(h.runs, style, ctx, h.source);
  VList out = line_slices(layout_paragraph(paragraph, width, ctx.text, ctx.diags), false);
  if (!out.empty()) out.slices.front().outline.push_back({h.level, plain_text(h.runs), 0});
  return out;
}

}  // namespace acquis

// Blocks → slices. The dispatcher resolves each block's style, applies what every block shares
// (indents, spacing, keep-together, keep-with-next, page breaks) and hands the rest to the
// function for its kind. Internal to layout/.
#pragma once

#include <acquis/blocks.hpp>

#include "layout/context.hpp"
#include "layout/slices.hpp"

namespace acquis {

VList layout_blocks(const Blocks& blocks, const ComputedStyle& parent, double width,
                    LayoutContext& ctx);

// One function per kind of block; `style` is the block's resolved style, `width` the room
// between its indents.
VList layout_paragraph_block(const block::Paragraph& p, const ComputedStyle& style, double width,
                             LayoutContext& ctx);
VList layout_heading(const block::Heading& h, const ComputedStyle& style, double width,
                     LayoutContext& ctx);
VList layout_list(const block::List& list, const ComputedStyle& style, double width,
                  LayoutContext& ctx);
VList layout_table(const block::Table& table, const ComputedStyle& style, double width,
                   LayoutContext& ctx);
VList layout_image(const block::Image& image, const ComputedStyle& style, double width,
                   LayoutContext& ctx);
VList layout_box(const block::Box& box, const ComputedStyle& style, double width,
                 LayoutContext& ctx);
VList layout_rule(const block::Rule& rule, const ComputedStyle& style, double width,
                  LayoutContext& ctx);
VList layout_checkbox(const block::Checkbox& box, const ComputedStyle& style, double width,
                      LayoutContext& ctx);
VList layout_rating_scale(const block::RatingScale& scale, const ComputedStyle& style, double width,
                          LayoutContext& ctx);
VList layout_write_in(const block::WriteIn& write_in, const ComputedStyle& style, double width,
                      LayoutContext& ctx);
VList layout_field(const block::Field& field, const ComputedStyle& style, double width,
                   LayoutContext& ctx);
VList layout_signatures(const block::Signatures& signatures, const ComputedStyle& style,
                        double width, LayoutContext& ctx);
// A diagram's text alternative: its own, then each box's text in order ("1. …; 2. …").
std::string diagram_alternative(const block::Diagram& diagram);

VList layout_diagram(const block::Diagram& diagram, const ComputedStyle& style, double width,
                     LayoutContext& ctx);

}  // namespace acquis

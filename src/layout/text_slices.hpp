// Inline runs → laid-out text, as slices. Internal to layout/.
#pragma once

#include <acquis/blocks.hpp>

#include "layout/context.hpp"
#include "layout/slices.hpp"
#include "text/paragraph_layout.hpp"

namespace acquis {

// Resolves each run's style against the block's and fills in page fields.
Paragraph to_paragraph(const Runs& runs, const ComputedStyle& style, LayoutContext& ctx,
                       const std::string& source);

// One slice per line; with `breakable`, a page may end between lines where it leaves at least
// two lines on each side (no widow, no orphan).
VList line_slices(const LaidParagraph& laid, bool breakable);

// Runs laid out in `width` and merged into one slice (labels, diagram boxes, cells).
Slice text_slice(const Runs& runs, const ComputedStyle& style, double width, LayoutContext& ctx,
                 const std::string& source);

}  // namespace acquis

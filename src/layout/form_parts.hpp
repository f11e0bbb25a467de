// Pieces the form elements share. Internal to layout/.
#pragma once

#include <acquis/blocks.hpp>

#include "layout/context.hpp"
#include "layout/slices.hpp"

namespace acquis {

void draw_checkbox(Slice& slice, double x, double top, double size, bool checked,
                   const ComputedStyle& style, LayoutContext& ctx,
                   const block::FormField& field = {});

// A box followed by its label (or a lone box placed by the style's alignment), as one slice.
Slice checkbox_slice(const Runs& label, bool checked, const ComputedStyle& style, double width,
                     LayoutContext& ctx, const std::string& source,
                     const block::FormField& field = {});

}  // namespace acquis

// Headings and paragraphs flowing within margins over as many pages as needed. Internal to flow/.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "fonts/font_library.hpp"
#include "frame/frame.hpp"

#include <vector>

namespace acquis {

void layout_flow(const Flow& flow, const FontLibrary& fonts, std::vector<PageFrame>& pages,
                 Diagnostics& diags);

}  // namespace acquis

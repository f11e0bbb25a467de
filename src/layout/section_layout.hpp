// Sections → page frames, and the page furniture (headers, footers) added once the number of
// pages is known. Internal to layout/.
#pragma once

#include <acquis/document.hpp>

#include "frame/frame.hpp"
#include "layout/context.hpp"

#include <vector>

namespace acquis {

// Appends the section's pages and, for each, the template it was laid out with.
void layout_section(const Section& section, LayoutContext& ctx, std::vector<PageFrame>& pages,
                    std::vector<const PageTemplate*>& templates);

// Draws the template's header and footer on `page`, page fields resolved from ctx.
void add_page_regions(PageFrame& page, const PageTemplate& page_template, LayoutContext& ctx);

}  // namespace acquis

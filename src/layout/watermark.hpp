// Internal to layout/.
#pragma once

#include "frame/frame.hpp"
#include "layout/context.hpp"

#include <string>

namespace acquis {

// `text` across the page (first in the page's items: painted under the content).
void add_watermark(PageFrame& page, const std::string& text, LayoutContext& ctx);

}  // namespace acquis

// A page whose items the caller positioned. Internal to layout/.
#pragma once

#include <acquis/document.hpp>

#include "frame/frame.hpp"
#include "layout/context.hpp"

namespace acquis {

PageFrame layout_fixed_page(const FixedPage& fixed, LayoutContext& ctx);

}  // namespace acquis

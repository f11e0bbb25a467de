// A page whose items the caller positioned. Internal to layout/.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "fonts/font_library.hpp"
#include "frame/frame.hpp"

namespace acquis {

PageFrame layout_fixed_page(const FixedPage& fixed, const FontLibrary& fonts, Diagnostics& diags);

}  // namespace acquis

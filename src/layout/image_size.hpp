// An image as layout sees it: decoded whole once (image/image_check.hpp), its pixel size, or
// the reason it cannot be used, reported where the image is placed.
#pragma once

#include "core/diagnostics.hpp"

#include <optional>
#include <string>

namespace acquis {

struct PixelSize {
  int width = 0, height = 0;
};

// The size of a usable image; an error naming `path` and why (missing, corrupt, too large, not
// PNG or JPEG) otherwise.
std::optional<PixelSize> usable_image(const std::string& path, const std::string& source,
                                      Diagnostics& diags);

}  // namespace acquis

// The pixel size of a PNG or JPEG, read from its header, for layout (the PDF writer embeds it).
#pragma once

#include <optional>
#include <string>

namespace acquis {

struct PixelSize {
  int width = 0, height = 0;
};

std::optional<PixelSize> read_image_size(const std::string& path);

}  // namespace acquis

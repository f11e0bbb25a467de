#include "layout/image_size.hpp"

#include "image/image_check.hpp"

namespace acquis {

std::optional<PixelSize> usable_image(const std::string& path, const std::string& source,
                                      Diagnostics& diags) {
  const ImageCheck check = check_image_file(path);
  if (check.ok) return PixelSize{check.width, check.height};
  diags.error(check.error, {{"path", path}}, source);
  return std::nullopt;
}

}  // namespace acquis

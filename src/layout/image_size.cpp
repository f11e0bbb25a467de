#include "layout/image_size.hpp"

#include "image/image_check.hpp"

#include <filesystem>

namespace acquis {

std::optional<PixelSize> usable_image(const std::string& path, const std::string& source,
                                      Diagnostics& diags) {
  const ImageCheck check = check_image_file(path);
  if (check.ok) return PixelSize{check.width, check.height};
  // The file's name, not where the data folder lies on the server.
  diags.error(check.error, {{"path", std::filesystem::path(path).filename().string()}}, source);
  return std::nullopt;
}

}  // namespace acquis

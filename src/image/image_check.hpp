// Images are decoded whole, every pixel, before anything uses them: a PNG or JPEG that is cut
// short, has a bad checksum or corrupt data is refused with a reason instead of aborting the
// process inside libpng or being embedded broken. Results are kept per file (path, size, time),
// so a logo printed on ten thousand certificates is decoded once.
#pragma once

#include <string>
#include <string_view>

namespace acquis {

enum class ImageKind { Png, Jpeg };

struct ImageCheck {
  bool ok = false;
  ImageKind kind = ImageKind::Png;
  int width = 0, height = 0;
  std::string error;   // message id when not ok: "image-unreadable", "image-corrupt"…
  std::string detail;  // the decoder's own words, for a developer (not shown to users)
};

// The most pixels an image may have (a logo, a signature): 40 megapixels.
inline constexpr long long kMaxImagePixels = 40'000'000;

ImageCheck check_image_bytes(std::string_view bytes);
ImageCheck check_image_file(const std::string& path);

// A quicker look for data loading, where most commands never draw the image: a PNG's chunks are
// walked and every checksum verified (a cut or altered file is caught) without inflating the
// pixels; a JPEG is checked in full. check_image_file still runs before any use.
ImageCheck inspect_image_file(const std::string& path);
ImageCheck inspect_image_bytes(std::string_view bytes);

}  // namespace acquis

#include "image/image_resample.hpp"

#include <png.h>

#include <algorithm>
#include <vector>

namespace acquis {

namespace {

// Source pixels [begin, end) along one axis for target index `i` of `count` over `size`.
std::pair<int, int> span_of(int i, int count, int size) {
  const long long begin = static_cast<long long>(i) * size / count;
  const long long end = static_cast<long long>(i + 1) * size / count;
  return {static_cast<int>(begin), static_cast<int>(std::max(end, begin + 1))};
}

Pixels averaged(const std::vector<png_byte>& source, int width, int height, int channels,
                int to_width, int to_height) {
  Pixels out{to_width, to_height, channels, {}};
  out.samples.resize(static_cast<std::size_t>(to_width) * to_height * channels);
  std::size_t at = 0;
  for (int ty = 0; ty < to_height; ++ty) {
    const auto [y0, y1] = span_of(ty, to_height, height);
    for (int tx = 0; tx < to_width; ++tx) {
      const auto [x0, x1] = span_of(tx, to_width, width);
      const long long area = static_cast<long long>(y1 - y0) * (x1 - x0);
      for (int c = 0; c < channels; ++c) {
        long long sum = 0;
        for (int y = y0; y < y1; ++y)
          for (int x = x0; x < x1; ++x)
            sum += source[(static_cast<std::size_t>(y) * width + x) * channels + c];
        out.samples[at++] = static_cast<char>((sum + area / 2) / area);
      }
    }
  }
  return out;
}

}  // namespace

Pixels reduced_png(const std::string& path, int width, int height, bool flatten) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&image, path.c_str())) return {};
  const bool alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  const bool smaller = width < static_cast<int>(image.width);
  if ((alpha && !flatten) || (!alpha && !smaller) || width <= 0 || height <= 0) {
    png_image_free(&image);
    return {};
  }
  width = std::min(width, static_cast<int>(image.width));
  height = std::min(height, static_cast<int>(image.height));
  const bool colour = (image.format & PNG_FORMAT_FLAG_COLOR) != 0;
  image.format = colour ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
  std::vector<png_byte> source(PNG_IMAGE_SIZE(image));
  png_color white{255, 255, 255};  // what transparent pixels are composed on
  if (!png_image_finish_read(&image, &white, source.data(), 0, nullptr)) {
    png_image_free(&image);
    return {};
  }
  return averaged(source, static_cast<int>(image.width), static_cast<int>(image.height),
                  colour ? 3 : 1, width, height);
}

}  // namespace acquis

// Images reduced to what they print at: a logo drawn 4 cm wide needs about 470 pixels at
// 300 dpi, not the 1,100 of its file, and a certificate printed by the thousand carries it in
// every file.
#pragma once

#include <string>

namespace acquis {

// 8-bit samples, row after row, `channels` per pixel (1 grey, 3 RGB).
struct Pixels {
  int width = 0, height = 0, channels = 0;
  std::string samples;
};

// The PNG at `path` averaged down to `width` × `height` pixels (each a box of source pixels);
// with `flatten`, its transparent pixels composed on white (PDF/A-1 forbids transparency), at
// its own size if it is not larger. Empty (channels 0) when there is nothing to do (a PNG with
// transparency and no `flatten`, one no larger than asked) or it cannot be read; the caller
// checks the file first (check_image_file).
Pixels reduced_png(const std::string& path, int width, int height, bool flatten = false);

}  // namespace acquis

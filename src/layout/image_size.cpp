#include "layout/image_size.hpp"

#include <fstream>
#include <vector>

namespace acquis {

namespace {

int big_endian(const unsigned char* p, int bytes) {
  int value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | p[i];
  return value;
}

// PNG: the IHDR chunk comes first, width and height at bytes 16–23.
std::optional<PixelSize> png_size(std::ifstream& in) {
  unsigned char header[24];
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(header), sizeof header)) return std::nullopt;
  return PixelSize{big_endian(header + 16, 4), big_endian(header + 20, 4)};
}

// JPEG: walk the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC).
std::optional<PixelSize> jpeg_size(std::ifstream& in) {
  in.seekg(2);
  unsigned char marker[4];
  while (in.read(reinterpret_cast<char*>(marker), 4)) {
    if (marker[0] != 0xFF) return std::nullopt;
    const int length = big_endian(marker + 2, 2);
    const unsigned char type = marker[1];
    if (type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC) {
      unsigned char frame[5];
      if (!in.read(reinterpret_cast<char*>(frame), 5)) return std::nullopt;
      return PixelSize{big_endian(frame + 3, 2), big_endian(frame + 1, 2)};
    }
    in.seekg(length - 2, std::ios::cur);
  }
  return std::nullopt;
}

}  // namespace

std::optional<PixelSize> read_image_size(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char magic[2];
  if (!in.read(reinterpret_cast<char*>(magic), 2)) return std::nullopt;
  std::optional<PixelSize> size;
  if (magic[0] == 0x89 && magic[1] == 'P') size = png_size(in);
  if (magic[0] == 0xFF && magic[1] == 0xD8) size = jpeg_size(in);
  if (size && (size->width <= 0 || size->height <= 0)) return std::nullopt;
  return size;
}

}  // namespace acquis

#include "pdf/png_passthrough.hpp"

#include "pdf/deflate.hpp"
#include "pdf/haru.hpp"
#include "pdf/pdf_stream.hpp"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>

namespace acquis::pdf {

namespace {

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(bytes[at])} << 24) |
         (std::uint32_t{static_cast<unsigned char>(bytes[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(bytes[at + 2])} << 8) |
         std::uint32_t{static_cast<unsigned char>(bytes[at + 3])};
}

struct PngData {
  std::uint32_t width = 0, height = 0;
  int colors = 0;  // 1 grey, 3 RGB
  std::string deflated;
};

// Walks the chunks; false for anything but plain 8-bit grey or RGB.
bool read_png(const std::string& bytes, PngData& png) {
  if (bytes.size() < 33 || std::memcmp(bytes.data(), "\x89PNG\r\n\x1a\n", 8) != 0) return false;
  for (std::size_t at = 8; at + 12 <= bytes.size();) {
    const std::uint32_t length = big_endian(bytes, at);
    const std::string type = bytes.substr(at + 4, 4);
    if (length > bytes.size() - at - 12) return false;
    const std::size_t data = at + 8;
    if (type == "IHDR") {
      png.width = big_endian(bytes, data);
      png.height = big_endian(bytes, data + 4);
      const int depth = bytes[data + 8], color_type = bytes[data + 9], interlace = bytes[data + 12];
      if (depth != 8 || interlace != 0 || (color_type != 0 && color_type != 2)) return false;
      png.colors = color_type == 2 ? 3 : 1;
    } else if (type == "tRNS") {
      return false;  // transparency needs a soft mask: decoding
    } else if (type == "IDAT") {
      png.deflated.append(bytes, data, length);
    } else if (type == "IEND") {
      break;
    }
    at = data + length + 4;
  }
  return png.colors > 0 && png.width > 0 && png.height > 0 && !png.deflated.empty();
}

HPDF_Dict decode_parms(HPDF_Doc doc, int colors, std::uint32_t width) {
  HPDF_Dict parms = haru::new_dict(doc);
  haru::add_number(parms, "Predictor", 15);
  haru::add_number(parms, "Colors", colors);
  haru::add_number(parms, "BitsPerComponent", 8);
  haru::add_number(parms, "Columns", static_cast<HPDF_INT32>(width));
  return parms;
}

// An image XObject of 8-bit samples whose data is a zlib stream of PNG-predicted rows.
HPDF_Image image_object(HPDF_Doc doc, std::uint32_t width, std::uint32_t height, int colors,
                        const std::string& deflated) {
  HPDF_Dict image = haru::new_stream_object(doc);
  if (!image) return nullptr;
  haru::mark_as_xobject(image);
  haru::add_name(image, "Type", "XObject");
  haru::add_name(image, "Subtype", "Image");
  haru::add_number(image, "Width", static_cast<HPDF_INT32>(width));
  haru::add_number(image, "Height", static_cast<HPDF_INT32>(height));
  haru::add_name(image, "ColorSpace", colors == 3 ? "DeviceRGB" : "DeviceGray");
  haru::add_number(image, "BitsPerComponent", 8);
  haru::add(image, "DecodeParms", decode_parms(doc, colors, width));
  set_deflated_data(image, deflated);
  return image;
}

}  // namespace

HPDF_Image embed_png_as_is(HPDF_Doc doc, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PngData png;
  if (!read_png(bytes, png)) return nullptr;
  return image_object(doc, png.width, png.height, png.colors, png.deflated);
}

namespace {

struct Reduced {
  int width = 0, height = 0, channels = 0;
  std::string deflated;  // empty: not reduced
};

Reduced compress(const Pixels& pixels) {
  const std::size_t row = static_cast<std::size_t>(pixels.width) * pixels.channels;
  std::string predicted;
  predicted.reserve((row + 1) * static_cast<std::size_t>(pixels.height));
  for (std::size_t y = 0; y < static_cast<std::size_t>(pixels.height); ++y) {
    predicted += '\x02';  // "Up": each sample minus the one above it
    for (std::size_t i = 0; i < row; ++i) {
      const auto here = static_cast<unsigned char>(pixels.samples[y * row + i]);
      const auto above = y > 0 ? static_cast<unsigned char>(pixels.samples[(y - 1) * row + i]) : 0;
      predicted += static_cast<char>(static_cast<unsigned char>(here - above));
    }
  }
  return {pixels.width, pixels.height, pixels.channels, deflate_bytes(predicted)};
}

std::shared_ptr<const Reduced> reduced(const std::string& path, int width, int height,
                                       bool flatten) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Reduced>> cache;
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  const auto time = std::filesystem::last_write_time(path, error).time_since_epoch().count();
  const std::string key = path + '\n' + std::to_string(size) + '\n' + std::to_string(time) + '\n' +
                          std::to_string(width) + 'x' + std::to_string(height) +
                          (flatten ? "#flat" : "");
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = cache.find(key); it != cache.end()) return it->second;
  }
  auto made = std::make_shared<const Reduced>(compress(reduced_png(path, width, height, flatten)));
  const std::lock_guard<std::mutex> lock(mutex);
  return cache.try_emplace(key, std::move(made)).first->second;
}

}  // namespace

HPDF_Image embed_reduced_png(HPDF_Doc doc, const std::string& path, int width, int height,
                             bool flatten) {
  const std::shared_ptr<const Reduced> image = reduced(path, width, height, flatten);
  if (image->channels == 0 || image->deflated.empty()) return nullptr;
  return image_object(doc, static_cast<std::uint32_t>(image->width),
                      static_cast<std::uint32_t>(image->height), image->channels, image->deflated);
}

}  // namespace acquis::pdf

#include "pdf/png_passthrough.hpp"

#include "pdf/haru.hpp"
#include "pdf/pdf_stream.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

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

HPDF_Dict decode_parms(HPDF_Doc doc, const PngData& png) {
  HPDF_Dict parms = haru::new_dict(doc);
  haru::add_number(parms, "Predictor", 15);
  haru::add_number(parms, "Colors", png.colors);
  haru::add_number(parms, "BitsPerComponent", 8);
  haru::add_number(parms, "Columns", static_cast<HPDF_INT32>(png.width));
  return parms;
}

}  // namespace

HPDF_Image embed_png_as_is(HPDF_Doc doc, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PngData png;
  if (!read_png(bytes, png)) return nullptr;
  HPDF_Dict image = haru::new_stream_object(doc);
  if (!image) return nullptr;
  haru::mark_as_xobject(image);
  haru::add_name(image, "Type", "XObject");
  haru::add_name(image, "Subtype", "Image");
  haru::add_number(image, "Width", static_cast<HPDF_INT32>(png.width));
  haru::add_number(image, "Height", static_cast<HPDF_INT32>(png.height));
  haru::add_name(image, "ColorSpace", png.colors == 3 ? "DeviceRGB" : "DeviceGray");
  haru::add_number(image, "BitsPerComponent", 8);
  haru::add(image, "DecodeParms", decode_parms(doc, png));
  set_deflated_data(image, png.deflated);
  return image;
}

}  // namespace acquis::pdf

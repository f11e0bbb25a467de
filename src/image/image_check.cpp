#include "image/image_check.hpp"

#include <jpeglib.h>
#include <png.h>
#include <sys/stat.h>
#include <zlib.h>

#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace acquis {

namespace {

ImageCheck refused(const char* error, std::string detail = {}) {
  ImageCheck check;
  check.error = error;
  check.detail = std::move(detail);
  return check;
}

bool too_large(long long width, long long height) {
  return width <= 0 || height <= 0 || width * height > kMaxImagePixels;
}

// libpng's simplified API reports through image.message, without setjmp on our side.
ImageCheck check_png(std::string_view bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()))
    return refused("image-corrupt", image.message);
  if (too_large(image.width, image.height)) {
    png_image_free(&image);
    return refused("image-too-large");
  }
  // Read in the file's own format (a palette expanded): every byte is inflated and its checksums
  // verified all the same, without converting each pixel to RGBA (two thirds of the cost).
  image.format &= ~PNG_FORMAT_FLAG_COLORMAP;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr))
    return refused("image-corrupt", image.message);
  ImageCheck check;
  check.ok = true;
  check.kind = ImageKind::Png;
  check.width = static_cast<int>(image.width);
  check.height = static_cast<int>(image.height);
  return check;
}

// libjpeg's errors, and its warnings (corrupt data it would paint as grey), end the reading.
struct JpegErrors {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX] = {};
};

void jpeg_fail(j_common_ptr info) {
  auto* errors = reinterpret_cast<JpegErrors*>(info->err);
  info->err->format_message(info, errors->message);
  std::longjmp(errors->jump, 1);
}

void jpeg_warn(j_common_ptr info, int level) {
  if (level < 0) jpeg_fail(info);  // a warning: the data is corrupt
}

// The decoding itself, in a function of its own: no C++ object lives across the setjmp.
bool decode_jpeg(jpeg_decompress_struct& info, JpegErrors& errors, std::string_view bytes,
                 JSAMPLE* row, std::size_t row_size, int& width, int& height, bool& large) {
  if (setjmp(errors.jump)) return false;
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  width = static_cast<int>(info.image_width);
  height = static_cast<int>(info.image_height);
  large = too_large(width, height) || info.num_components > 4 ||
          static_cast<std::size_t>(width) * 4 > row_size;
  if (large) return false;
  jpeg_start_decompress(&info);
  while (info.output_scanline < info.output_height) jpeg_read_scanlines(&info, &row, 1);
  jpeg_finish_decompress(&info);
  return true;
}

ImageCheck check_jpeg(std::string_view bytes) {
  jpeg_decompress_struct info{};
  JpegErrors errors;
  info.err = jpeg_std_error(&errors.manager);
  errors.manager.error_exit = jpeg_fail;
  errors.manager.emit_message = jpeg_warn;
  jpeg_create_decompress(&info);
  constexpr std::size_t kRowSize = 4 * 20000;  // the widest row decoded: 20,000 pixels
  std::vector<JSAMPLE> row(kRowSize);
  int width = 0, height = 0;
  bool large = false;
  const bool ok = decode_jpeg(info, errors, bytes, row.data(), row.size(), width, height, large);
  jpeg_destroy_decompress(&info);
  if (large) return refused("image-too-large");
  if (!ok) return refused("image-corrupt", errors.message);
  ImageCheck check;
  check.ok = true;
  check.kind = ImageKind::Jpeg;
  check.width = width;
  check.height = height;
  return check;
}

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  const auto byte = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i]));
  };
  return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

// The PNG's frame without its pixels: IHDR first, its size within bounds, at least one IDAT,
// IEND last, and every chunk whole with its CRC right.
ImageCheck inspect_png(std::string_view bytes) {
  std::size_t at = 8;
  bool header = false, data = false;
  ImageCheck check;
  while (at + 12 <= bytes.size()) {
    const std::uint32_t length = big_endian(bytes, at);
    if (length > bytes.size() - at - 12) return refused("image-corrupt", "chunk cut short");
    const std::string_view type = bytes.substr(at + 4, 4);
    const std::string_view body = bytes.substr(at + 8, length);
    const uLong crc = crc32(crc32(0L, reinterpret_cast<const Bytef*>(type.data()), 4),
                            reinterpret_cast<const Bytef*>(body.data()), length);
    if (crc != big_endian(bytes, at + 8 + length))
      return refused("image-corrupt", "CRC error in " + std::string(type));
    if (!header && (type != "IHDR" || length < 8)) return refused("image-corrupt", "no IHDR");
    if (!header) {
      check.width = static_cast<int>(big_endian(body, 0) & 0x7fffffff);
      check.height = static_cast<int>(big_endian(body, 4) & 0x7fffffff);
      if (too_large(check.width, check.height)) return refused("image-too-large");
    }
    header = true;
    data = data || type == "IDAT";
    at += 12 + length;
    if (type == "IEND") {
      if (!data) return refused("image-corrupt", "no IDAT");
      check.ok = true;
      return check;
    }
  }
  return refused("image-corrupt", "no IEND");
}

bool read_file(const std::string& path, std::string& bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  const bool ok = !std::ferror(file);
  std::fclose(file);
  return ok;
}

}  // namespace

ImageCheck check_image_bytes(std::string_view bytes) {
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return check_png(bytes);
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0) return check_jpeg(bytes);
  return refused("image-format");
}

ImageCheck check_image_file(const std::string& path) {
  struct stat status {};
  if (stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return refused("image-missing");
  if (status.st_size > 64 << 20) return refused("image-too-large");
  static std::mutex mutex;
  static std::map<std::string, std::pair<std::pair<long long, long long>, ImageCheck>> checked;
  const std::pair<long long, long long> version(
      status.st_size, status.st_mtim.tv_sec * 1000000000LL + status.st_mtim.tv_nsec);
  {
    std::lock_guard lock(mutex);
    const auto it = checked.find(path);
    if (it != checked.end() && it->second.first == version) return it->second.second;
  }
  std::string bytes;
  const ImageCheck check =
      read_file(path, bytes) ? check_image_bytes(bytes) : refused("image-missing");
  std::lock_guard lock(mutex);
  checked[path] = {version, check};
  return check;
}

ImageCheck inspect_image_file(const std::string& path) {
  struct stat status {};
  if (stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return refused("image-missing");
  if (status.st_size > 64 << 20) return refused("image-too-large");
  std::string bytes;
  if (!read_file(path, bytes)) return refused("image-missing");
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return inspect_png(bytes);
  return check_image_file(path);
}

ImageCheck inspect_image_bytes(std::string_view bytes) {
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return inspect_png(bytes);
  return check_image_bytes(bytes);
}

}  // namespace acquis

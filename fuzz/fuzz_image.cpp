// The image check (libpng's simplified API, libjpeg) and the quicker look made at loading (a
// PNG's chunks and checksums) on arbitrary bytes: whatever comes, a verdict and never an abort;
// what the full check accepts, libharu then loads, and the look accepts no less.
#include "image/image_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const acquis::ImageCheck check = acquis::check_image_bytes(bytes);
  if (check.ok && (check.width <= 0 || check.height <= 0)) __builtin_trap();
  if (!check.ok && check.error.empty()) __builtin_trap();
  const acquis::ImageCheck look = acquis::inspect_image_bytes(bytes);
  if (!look.ok && look.error.empty()) __builtin_trap();
  if (look.ok && (look.width <= 0 || look.height <= 0)) __builtin_trap();
  return 0;
}

// The image check (libpng's simplified API, libjpeg) on arbitrary bytes: whatever comes, a
// verdict and never an abort; what it accepts, libharu then loads.
#include "image/image_check.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const acquis::ImageCheck check =
      acquis::check_image_bytes(std::string_view(reinterpret_cast<const char*>(data), size));
  if (check.ok && (check.width <= 0 || check.height <= 0)) __builtin_trap();
  if (!check.ok && check.error.empty()) __builtin_trap();
  return 0;
}

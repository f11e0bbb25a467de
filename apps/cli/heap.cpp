#include "heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace acquis::cli {

void use_large_heap_pages() {
  constexpr std::size_t kPad = std::size_t{64} << 20;
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  mallopt(M_MMAP_THRESHOLD, 32 << 20);         // big buffers from the heap too, not fresh mappings
  mallopt(M_TOP_PAD, static_cast<int>(kPad));  // the heap grows 64 MB at a time...
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kPad));  // ...and keeps what it grew
  void* probe = std::malloc(std::size_t{1} << 20);        // more than is free: the heap grows now
  const auto begin = (reinterpret_cast<std::uintptr_t>(probe) + kHuge - 1) & ~(kHuge - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHuge - 1);
  if (end > begin)
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // may be refused
  std::free(probe);
}

}  // namespace acquis::cli

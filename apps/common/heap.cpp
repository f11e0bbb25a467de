#include "common/heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace acquis::process {

void use_large_heap_pages() {
  constexpr std::size_t kPad = std::size_t{64} << 20;
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  constexpr int kCollapse = 25;  // MADV_COLLAPSE, missing from older headers
  // The heap goes on from a 2 MB boundary: a large page needs a whole aligned 2 MB, and the
  // first, most used, megabyte would otherwise stay in small pages. glibc sees the moved
  // break and carries on from there.
  const auto current = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::uintptr_t aligned = (current + kHuge - 1) & ~(kHuge - 1);
  if (sbrk(static_cast<std::intptr_t>(aligned - current)) == reinterpret_cast<void*>(-1)) return;
  mallopt(M_MMAP_THRESHOLD, 32 << 20);         // big buffers from the heap too, not fresh mappings
  mallopt(M_TOP_PAD, static_cast<int>(kPad));  // the heap grows 64 MB at a time...
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kPad));  // ...and keeps what it grew
  void* probe = std::malloc(std::size_t{1} << 20);        // more than is free: the heap grows now
  asm volatile("" : : "r"(probe) : "memory");  // a real call: the compiler may not drop it
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0)) & ~(kHuge - 1);
  if (end > aligned) {
    madvise(reinterpret_cast<void*>(aligned), end - aligned, MADV_HUGEPAGE);  // may be refused
    // glibc already wrote its chunk headers in the first 2 MB, which therefore got small
    // pages: they are gathered into a large one now (Linux 6.1; refused elsewhere).
    madvise(reinterpret_cast<void*>(aligned), kHuge, kCollapse);
  }
  std::free(probe);
}

}  // namespace acquis::process

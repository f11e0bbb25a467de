// Process-wide memory tuning for the command line (not the library: a host program owns its
// heap).
#pragma once

namespace acquis::cli {

// Grows the heap in large steps and asks the kernel for 2 MB pages there (transparent huge
// pages, where offered): a booklet's allocations then cost a few hundred page faults instead
// of fifteen hundred — a fifth of its time on a virtual machine. Not for small documents:
// zeroing 2 MB pages costs a one-page certificate more than it saves. Harmless where
// unsupported.
void use_large_heap_pages();

}  // namespace acquis::cli

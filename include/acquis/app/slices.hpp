// A batch split over several machines (`acquis lot … --fusion F --tranche K/N`), its slices'
// merged files joined again into one (`acquis assembler`), in the batch's order.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace acquis::app {

struct SliceJoin {
  std::size_t pages = 0;
  std::vector<int> missing;  // slices of the batch not given (a slice nobody fell in has no file)
  // On failure: a message id and its arguments ("path", "slice", "count", "other").
  std::string error;
  std::string path, other;
  int slice = 0, count = 0;
};

// Writes `output` atomically from `inputs`, each a slice of the same batch, given once;
// nothing is written on failure (result.error).
SliceJoin join_slices(const std::vector<std::string>& inputs, const std::string& output,
                      bool deterministic);

}  // namespace acquis::app

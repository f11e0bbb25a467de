// `acquis assembler -o LOT.pdf TRANCHE…`: the merged files of a batch's slices (`acquis lot
// --tranche K/N --fusion`, each made on its own machine) joined into one, in the batch's order.
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int assemble_slices(const Arguments& args);

}  // namespace acquis::cli

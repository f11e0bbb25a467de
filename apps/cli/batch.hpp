// `acquis lot DOCUMENT`: one document per candidate of a CSV (or of the data folder), as
// separate files and/or one merged file, on every core.
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int batch(const Arguments& args);

}  // namespace acquis::cli

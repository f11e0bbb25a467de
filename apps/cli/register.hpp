// `acquis registre`: the persons certified (a dated certificate), with their employer and
// program, as CSV for a spreadsheet (the PDF is the « registre » document).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int export_register(const Arguments& args);

}  // namespace acquis::cli

// `acquis registre`: the persons certified (a dated certificate), with their employer and
// program, as CSV for a spreadsheet (the PDF is the « registre » document).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int export_register(const Arguments& args);
// `acquis synthese`: every candidate with their program, employer and specialist, the step
// reached and the next one planned, the supporting documents awaited (step 5), as CSV.
int export_summary(const Arguments& args);

}  // namespace acquis::cli

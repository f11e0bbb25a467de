// Lists for a spreadsheet (CSV), each the companion of a document: `acquis registre` (the
// persons certified, « registre »), `acquis synthese` (« synthese-candidats »), `acquis
// declarations` (« declaration-ministere »).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int export_register(const Arguments& args);
// `acquis synthese`: every candidate with their program, employer and specialist, the step
// reached and the next one planned, the supporting documents awaited (step 5), as CSV.
int export_summary(const Arguments& args);
// `acquis declarations`: for each person whose validation interview is held, the fields declared
// to the Ministère at step 8 and, once every competency is passed, at step 13.
int export_declarations(const Arguments& args);

}  // namespace acquis::cli

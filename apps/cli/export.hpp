// A person's rights over their data (Quebec's Law 25): `acquis exporter --candidat CODE`,
// everything the data folder holds about them as JSON; `acquis effacer --candidat CODE
// --confirmer`, all of it removed (erase.cpp).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int export_candidate(const Arguments& args);
int erase_candidate(const Arguments& args);

}  // namespace acquis::cli

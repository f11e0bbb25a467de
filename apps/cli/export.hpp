// A person's rights over their data (Quebec's Law 25): `acquis exporter --candidat CODE`,
// everything the data folder holds about them as JSON; `acquis effacer --candidat CODE
// --confirmer`, all of it removed (erase.cpp).
#pragma once

#include "arguments.hpp"

#include <acquis/app/person_files.hpp>
#include <acquis/app/run_config.hpp>

namespace acquis::cli {

// The person named by --candidat and what the folder holds about them: 0, or the exit status
// after saying why not (no --candidat, an unreadable list, nobody with that code).
int find_named_person(const Arguments& args, app::RunConfig& config, app::PersonFiles& found);

int export_candidate(const Arguments& args);
int erase_candidate(const Arguments& args);

}  // namespace acquis::cli

// `acquis exporter --candidat CODE`: everything the data folder holds about one person, as JSON
// (Quebec's Law 25 gives people the right to get their data in a structured format).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int export_candidate(const Arguments& args);

}  // namespace acquis::cli

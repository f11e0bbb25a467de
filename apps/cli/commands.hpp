// The commands of `acquis`. Each returns the process exit status: 0 done, 1 errors in the
// input, 2 usage error.
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int list_documents(const Arguments& args);
int list_programs(const Arguments& args);
int check_inputs(const Arguments& args);
int produce(const Arguments& args);

}  // namespace acquis::cli

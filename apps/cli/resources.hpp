// Where the command line finds its fonts, templates and locales: the option when given, else
// the folder of that name in the current directory, else the installed copy, else the source
// tree the binary was built from (so `build/release/apps/acquis` works from anywhere).
#pragma once

#include "arguments.hpp"

#include <string>

namespace acquis::cli {

// `option`: the option's name ("gabarits"); `folder`: the resource folder ("templates").
std::string resource_directory(const Arguments& args, const std::string& option,
                               const std::string& folder);

}  // namespace acquis::cli

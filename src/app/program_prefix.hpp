// Where the running program is installed: PREFIX for PREFIX/bin/acquis, wherever PREFIX is
// (empty when /proc cannot tell). Its resources and modules are found from there. Internal to
// app/.
#pragma once

#include <filesystem>

namespace acquis::app {

std::filesystem::path program_prefix();

}  // namespace acquis::app

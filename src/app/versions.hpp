// A file's former content kept before it is replaced: versions/<stem>-<time>.<its extension>
// beside it (-2, -3… when that second already has one). Internal to app/.
#pragma once

#include <filesystem>
#include <string>

namespace acquis::app {

// The copy's path, or empty when the file could not be read or the copy written.
std::filesystem::path keep_version(const std::filesystem::path& file, const std::string& stem);

}  // namespace acquis::app

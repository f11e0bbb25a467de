// The last step of an atomic write, for writers that fill the temporary file themselves
// (libharu saving a merged PDF).
#pragma once

#include <acquis/files.hpp>

#include <string>

namespace acquis {

// A complete temporary file becomes `path` by rename; an incomplete one is removed. False when
// nothing new is at `path`.
bool commit_temporary(const std::string& temporary, const std::string& path, bool complete);

}  // namespace acquis

// Files written so that a reader sees the old file or the whole new one, never half: written
// beside the destination (PATH.tmp), flushed, then renamed over it; on any failure the
// temporary file is removed and the destination left as it was.
#pragma once

#include <string>
#include <string_view>

namespace acquis {

// False when the file could not be written whole (nothing changed at `path` then).
bool write_file_atomically(const std::string& path, std::string_view bytes);

// The temporary name beside `path` that write_file_atomically and the engine write to; an
// interrupted batch leaves only these (see app::remove_leftovers).
std::string temporary_path(const std::string& path);

}  // namespace acquis

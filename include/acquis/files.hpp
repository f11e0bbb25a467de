// Files written so that a reader sees the old file or the whole new one, never half: written
// beside the destination (PATH.tmp), flushed, then renamed over it; on any failure the
// temporary file is removed and the destination left as it was. A path naming something that
// is not a regular file (a device such as /dev/stdout, a pipe) is written in place, never
// replaced; a symbolic link is followed (the file it points to is replaced, the link kept).
#pragma once

#include <string>
#include <string_view>

namespace acquis {

// 0 when `bytes` were written whole; otherwise the errno that stopped it.
int write_file(const std::string& path, std::string_view bytes);

// The same as a yes or no.
inline bool write_file_atomically(const std::string& path, std::string_view bytes) {
  return write_file(path, bytes) == 0;
}

// The temporary name beside `path` that the writers use; an interrupted batch leaves only
// these (see app::remove_leftovers).
std::string temporary_path(const std::string& path);

// An errno as the "reason" argument of the messages about files ("ENOSPC"…), which the
// catalogs put into words (disk full, permission denied, a folder…).
std::string error_name(int error_number);

}  // namespace acquis

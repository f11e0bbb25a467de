// Held while the data folder is changed: two changes at once (two advisors, the service and the
// command line) would each write their file over the other's. The folder itself is locked, as
// the files in it are replaced rather than written in place. Internal to app/.
#pragma once

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <string>

namespace acquis::app {

class FolderLock {
 public:
  explicit FolderLock(const std::string& folder)
      : fd_(::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

}  // namespace acquis::app

// Where the service writes merged batches (pages of names and codes permanents) before sending
// them: <base>/acquis-serve-<uid>/<pid>, both 0700 and ours. At start, what processes no longer
// running left there (after a kill -9) is removed; at a clean stop, this process's folder too.
// A file is unlinked as soon as it is open for sending, so none outlives its request.
#pragma once

#include <atomic>
#include <string>

namespace acquis::serve {

class PrivateFolder {
 public:
  // `base` empty: $TMPDIR, or /tmp. False with a message id in `error` and the folder in
  // `where` when the folder cannot be made private (not ours, a link…).
  bool open(const std::string& base, std::string& error, std::string& where);
  ~PrivateFolder();

  // A new file name in the folder (nothing created yet).
  std::string new_file(const std::string& suffix);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::atomic<unsigned long> next_{0};
};

}  // namespace acquis::serve

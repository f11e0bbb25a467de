// Where a writer that fills the file itself (libharu saving a merged PDF) writes, and how it
// becomes the destination: see files.hpp.
#pragma once

#include <acquis/files.hpp>

#include <string>

namespace acquis {

class OutputFile {
 public:
  explicit OutputFile(const std::string& path);
  ~OutputFile();  // a temporary file not committed is removed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Where to write: the temporary file beside the destination, or the destination itself when
  // it is a device or a pipe.
  const std::string& write_path() const { return write_path_; }
  // An errno found before anything was written (the destination is a folder…), or 0.
  int refused() const { return refused_; }
  // After writing: the temporary file renamed over the destination, or removed when
  // `written` is false. 0, or the errno that stopped it.
  int commit(bool written);

 private:
  std::string write_path_, final_path_;
  bool in_place_ = false, committed_ = false;
  int refused_ = 0;
};

}  // namespace acquis

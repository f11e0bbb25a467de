#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace acquis {

std::string temporary_path(const std::string& path) {
  return path + ".tmp";
}

OutputFile::OutputFile(const std::string& path) : final_path_(path) {
  struct stat status {};
  // Through a symbolic link to the file it names: that file is replaced, the link stays.
  if (lstat(path.c_str(), &status) == 0 && S_ISLNK(status.st_mode)) {
    std::error_code error;
    const auto target = std::filesystem::canonical(path, error);
    if (!error) final_path_ = target.string();
  }
  bool replacing = false;
  if (stat(final_path_.c_str(), &status) == 0) {
    if (S_ISDIR(status.st_mode)) refused_ = EISDIR;
    in_place_ = !S_ISREG(status.st_mode);
    replacing = S_ISREG(status.st_mode);
  }
  write_path_ = in_place_ ? final_path_ : temporary_path(final_path_);
  // A file replaced keeps its permissions (a 0600 list of people stays 0600): the temporary
  // file is made with them before a byte is written into it.
  if (replacing && !refused_) {
    const int descriptor =
        open(write_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, status.st_mode & 07777);
    if (descriptor >= 0) {
      fchmod(descriptor, status.st_mode & 07777);
      close(descriptor);
    }
  }
}

OutputFile::~OutputFile() {
  if (!committed_ && !in_place_) std::remove(write_path_.c_str());
}

int OutputFile::commit(bool written) {
  committed_ = true;
  if (in_place_) return 0;
  if (written && std::rename(write_path_.c_str(), final_path_.c_str()) == 0) return 0;
  const int error = written ? errno : 0;
  std::remove(write_path_.c_str());
  return error;
}

int write_file(const std::string& path, std::string_view bytes) {
  OutputFile out(path);
  if (out.refused()) return out.refused();
  std::FILE* file = std::fopen(out.write_path().c_str(), "wb");
  if (!file) return errno;
  int error = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) error = errno;
  if (std::fflush(file) != 0 && error == 0) error = errno;
  if (std::fclose(file) != 0 && error == 0) error = errno;
  const int committed = out.commit(error == 0);
  return error != 0 ? error : committed;
}

std::string error_name(int error_number) {
  static const std::map<int, const char*> kNames = {{ENOSPC, "ENOSPC"},
                                                    {EDQUOT, "EDQUOT"},
                                                    {EACCES, "EACCES"},
                                                    {EPERM, "EPERM"},
                                                    {EROFS, "EROFS"},
                                                    {EISDIR, "EISDIR"},
                                                    {ENOENT, "ENOENT"},
                                                    {ENOTDIR, "ENOTDIR"},
                                                    {EIO, "EIO"},
                                                    {EPIPE, "EPIPE"},
                                                    {ENAMETOOLONG, "ENAMETOOLONG"},
                                                    {EMFILE, "EMFILE"},
                                                    {EFBIG, "EFBIG"},
                                                    {EXDEV, "EXDEV"}};
  const auto it = kNames.find(error_number);
  return it != kNames.end() ? it->second : "E" + std::to_string(error_number);
}

}  // namespace acquis

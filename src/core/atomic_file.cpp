#include "core/atomic_file.hpp"

#include <cstdio>
#include <filesystem>

namespace acquis {

std::string temporary_path(const std::string& path) {
  return path + ".tmp";
}

bool commit_temporary(const std::string& temporary, const std::string& path, bool complete) {
  std::error_code error;
  if (complete) std::filesystem::rename(temporary, path, error);
  if (complete && !error) return true;
  std::filesystem::remove(temporary, error);
  return false;
}

bool write_file_atomically(const std::string& path, std::string_view bytes) {
  const std::string temporary = temporary_path(path);
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (!file) return false;
  bool complete = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  complete = std::fclose(file) == 0 && complete;
  return commit_temporary(temporary, path, complete);
}

}  // namespace acquis

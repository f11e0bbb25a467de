#include "app/versions.hpp"

#include <acquis/app/run_config.hpp>
#include <acquis/files.hpp>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace acquis::app {

namespace {

fs::path new_version_path(const fs::path& versions, const std::string& stem,
                          const std::string& extension) {
  const std::string name = stem + "-" + local_time("%Y%m%d-%H%M%S");
  fs::path path = versions / (name + extension);
  for (int n = 2; fs::exists(path); ++n)
    path = versions / (name + "-" + std::to_string(n) + extension);
  return path;
}

}  // namespace

fs::path keep_version(const fs::path& file, const std::string& stem) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream current;
  current << in.rdbuf();
  if (!in) return {};
  const fs::path versions = file.parent_path() / "versions";
  std::error_code failure;
  fs::create_directories(versions, failure);
  if (failure) return {};
  const fs::path path = new_version_path(versions, stem, file.extension().string());
  return write_file_atomically(path.string(), current.str()) ? path : fs::path();
}

}  // namespace acquis::app

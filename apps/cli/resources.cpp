#include "resources.hpp"

#include <filesystem>

namespace acquis::cli {

std::string resource_directory(const Arguments& args, const std::string& option,
                               const std::string& folder) {
  if (const std::string given = args.option(option); !given.empty()) return given;
  namespace fs = std::filesystem;
  for (const fs::path& candidate : {fs::path(folder), fs::path(ACQUIS_INSTALL_DATA_DIR) / folder,
                                    fs::path(ACQUIS_SOURCE_DIR) / folder}) {
    std::error_code error;
    if (fs::is_directory(candidate, error)) return candidate.string();
  }
  return folder;  // missing everywhere: the error will name the folder as the user knows it
}

}  // namespace acquis::cli

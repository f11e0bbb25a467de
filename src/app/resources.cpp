#include <acquis/app/resources.hpp>

#include "app/program_prefix.hpp"

#include <filesystem>

namespace acquis::app {

namespace {

namespace fs = std::filesystem;

// PREFIX/share/acquis for a program installed as PREFIX/bin/acquis.
fs::path beside_program() {
  const fs::path prefix = program_prefix();
  return prefix.empty() ? fs::path() : prefix / "share" / "acquis";
}

std::string find_folder(const std::string& given, const std::string& folder) {
  if (!given.empty()) return given;
  for (const fs::path& candidate :
       {fs::path(folder), beside_program() / folder, fs::path(ACQUIS_INSTALL_DATA_DIR) / folder,
        fs::path(ACQUIS_SOURCE_DIR) / folder}) {
    std::error_code error;
    if (fs::is_directory(candidate, error)) return candidate.string();
  }
  return folder;  // missing everywhere: the error will name the folder as the user knows it
}

}  // namespace

fs::path program_prefix() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : self.parent_path().parent_path();
}

ResourcePaths find_resources(ResourcePaths given) {
  given.templates = find_folder(given.templates, "templates");
  given.locales = find_folder(given.locales, "locales");
  given.fonts = find_folder(given.fonts, "fonts");
  given.web = find_folder(given.web, "web");
  return given;  // hyphenation: the engine's default (Debian's folder) unless given
}

}  // namespace acquis::app

#include "app/qpdf_module.hpp"

#include "app/program_prefix.hpp"

#include <dlfcn.h>

#include <filesystem>

namespace acquis::app {

namespace {

namespace fs = std::filesystem;

// PREFIX/LIBDIR/acquis/ for a program installed as PREFIX/bin/acquis.
fs::path beside_program() {
  const fs::path prefix = program_prefix();
  return prefix.empty() ? fs::path()
                        : prefix / ACQUIS_FORMREAD_LIBDIR / "acquis" / "acquis-formulaires.so";
}

// Beside the program, where it was to be installed, then the build tree's (a build used in
// place).
void* load_module() {
  static void* module = [] {
    for (const fs::path& path :
         {beside_program(), fs::path(ACQUIS_FORMREAD_INSTALLED), fs::path(ACQUIS_FORMREAD_BUILT)}) {
      std::error_code error;
      if (!fs::is_regular_file(path, error)) continue;
      if (void* loaded = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return loaded;
    }
    return static_cast<void*>(nullptr);
  }();
  return module;
}

}  // namespace

void* qpdf_module_entry(const char* name) {
  void* module = load_module();
  return module ? dlsym(module, name) : nullptr;
}

}  // namespace acquis::app

#include "app/form_reader.hpp"

#include "app/formread/form_fields.h"

#include <dlfcn.h>

#include <filesystem>

namespace acquis::app {

namespace {

namespace fs = std::filesystem;

// PREFIX/LIBDIR/acquis/ for a program installed as PREFIX/bin/acquis, wherever PREFIX is.
fs::path beside_program() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path()
               : self.parent_path().parent_path() / ACQUIS_FORMREAD_LIBDIR / "acquis" /
                     "acquis-formulaires.so";
}

// Beside the program, where it was to be installed, then the build tree's (a build used in
// place).
AcquisReadFormFields load_reader() {
  static AcquisReadFormFields reader = [] {
    for (const fs::path& path :
         {beside_program(), fs::path(ACQUIS_FORMREAD_INSTALLED), fs::path(ACQUIS_FORMREAD_BUILT)}) {
      std::error_code error;
      if (!fs::is_regular_file(path, error)) continue;
      if (void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))
        if (void* entry = dlsym(module, "acquis_read_form_fields"))
          return reinterpret_cast<AcquisReadFormFields>(entry);
    }
    return AcquisReadFormFields{nullptr};
  }();
  return reader;
}

void add_field(void* context, const char* name, const char* kind, const char* value,
               const char* options) {
  FilledField field{name, kind, value, {}};
  for (std::string_view rest = options; !rest.empty();) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    field.options.emplace_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  static_cast<std::vector<FilledField>*>(context)->push_back(std::move(field));
}

}  // namespace

std::string read_form_fields(const std::string& bytes, std::vector<FilledField>& fields) {
  const AcquisReadFormFields reader = load_reader();
  if (!reader) return "form.reader-missing";
  switch (reader(bytes.data(), bytes.size(), add_field, &fields)) {
    case ACQUIS_FORM_OK:
      return "";
    case ACQUIS_FORM_NOT_PDF:
      return "form.not-pdf";
    case ACQUIS_FORM_ENCRYPTED:
      return "form.encrypted";
    case ACQUIS_FORM_NO_FIELDS:
      return "form.no-fields";
    default:
      return "form.damaged";
  }
}

}  // namespace acquis::app

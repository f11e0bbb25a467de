#include "app/form_reader.hpp"

#include "app/formread/form_fields.h"
#include "app/qpdf_module.hpp"

namespace acquis::app {

namespace {

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
  const auto reader =
      reinterpret_cast<AcquisReadFormFields>(qpdf_module_entry("acquis_read_form_fields"));
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

// The fields of a filled PDF form, through the reader module (src/formread/form_fields.h),
// loaded on first use. Internal to app/.
#pragma once

#include <string>
#include <vector>

namespace acquis::app {

struct FilledField {
  std::string name, kind, value;     // kind: "texte", "case", "radio", "autre", "double"
  std::vector<std::string> options;  // a button's states other than Off
};

// A message id ("form.damaged"…) when the file cannot be read, else empty.
std::string read_form_fields(const std::string& bytes, std::vector<FilledField>& fields);

}  // namespace acquis::app

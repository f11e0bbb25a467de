// What the kinds of forms share when their fields are taken.
#include "app/form_content.hpp"

#include <algorithm>

namespace acquis::app {

std::string clean_text(const std::string& typed, bool one_line) {
  std::string out;
  for (char c : typed) {
    if (c == '\n' && one_line) c = ' ';
    if (c == '\n' || c == '\t' || static_cast<unsigned char>(c) >= 0x20) out += c == '\t' ? ' ' : c;
  }
  const std::size_t first = out.find_first_not_of(" \n");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \n") - first + 1);
}

std::string field_prefix(const Program& program) {
  std::string prefix = program.code + "/";
  std::replace(prefix.begin(), prefix.end(), '.', '_');
  return prefix;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

bool ticked(const FilledField& field, const FieldProblem& problem) {
  if (field.value == "Oui") return true;
  if (field.value != "Off")
    problem("form.field-value",
            {{"field", field.name}, {"value", field.value}, {"options", std::string("Oui")}});
  return false;
}

}  // namespace acquis::app

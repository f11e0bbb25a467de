// The expression parser and evaluator, with the template helpers, on arbitrary text.
#include "i18n/catalog.hpp"
#include "template/template_run.hpp"

#include <cstdint>
#include <string>

namespace {

acquis::Map data() {
  using namespace acquis;
  List competencies;
  for (int i = 1; i <= 3; ++i)
    competencies.emplace_back(Map{{"code", std::to_string(i)},
                                  {"heures", i * 15.0},
                                  {"elements", List{Map{{"texte", "Souder"}}}}});
  return Map{{"programme", Map{{"titre", "Soudage"}, {"competences", competencies}}},
             {"candidat", Value()},
             {"n", 3.5},
             {"date", "2026-12-01"}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace acquis;
  static const TemplateOptions options;
  static Catalogs catalogs = [] {
    Catalogs c;
    c.add("fr-CA", "m", "{n, plural, one {# chose} other {# choses}}");
    return c;
  }();
  Diagnostics diags;
  TemplateRun run(options, catalogs, diags, data());
  ExprError error;
  const ExprPtr expr =
      parse_expression(std::string_view(reinterpret_cast<const char*>(bytes), size), error);
  Value out;
  if (expr) evaluate(*expr, run, out, error);
  run.to_text(out);
  return 0;
}

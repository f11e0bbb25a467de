// Reading typed attribute values ({expressions} allowed): lengths, numbers, colours, yes/no
// flags and choices, each reported at its attribute when malformed. Internal to template/.
#pragma once

#include <acquis/document.hpp>
#include <acquis/style.hpp>

#include "template/template_run.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acquis::template_values {

class AttributeReader {
 public:
  AttributeReader(TemplateRun& run, XmlFile& file, pugi::xml_node node)
      : run_(run), file_(file), node_(node) {}

  std::string text(const char* name);
  std::optional<Length> length(const char* name);
  std::optional<double> number(const char* name);
  std::optional<Color> color(const char* name);
  std::optional<Border> border(const char* name);
  std::optional<bool> flag(const char* name);
  // The index of the value among `choices`.
  std::optional<std::size_t> choice(const char* name,
                                    std::initializer_list<std::string_view> choices);

 private:
  void bad(const char* code, const char* name, const std::string& value);
  TemplateRun& run_;
  XmlFile& file_;
  pugi::xml_node node_;
};

std::optional<Color> parse_color(const std::string& text);

// format="lettre|a4" orientation="portrait|paysage", US Letter portrait by default.
PageSize page_size(AttributeReader& read);

}  // namespace acquis::template_values

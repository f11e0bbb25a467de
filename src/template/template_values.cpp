#include "template/template_values.hpp"

#include <algorithm>
#include <charconv>

namespace acquis::template_values {

std::optional<Color> parse_color(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data() + 1, text.data() + 7, value, 16);
  if (error != std::errc() || end != text.data() + 7) return std::nullopt;
  return Color{static_cast<float>((value >> 16) & 0xFF) / 255.0f,
               static_cast<float>((value >> 8) & 0xFF) / 255.0f,
               static_cast<float>(value & 0xFF) / 255.0f};
}

std::string AttributeReader::text(const char* name) {
  std::string out;
  if (node_.attribute(name)) run_.interpolate_attribute(file_, node_, name, out);
  return out;
}

void AttributeReader::bad(const char* code, const char* name, const std::string& value) {
  file_.report().error(
      code, file_.offset(node_, name),
      {{"value", value}, {"name", std::string(name)}, {"choices", std::string("#RRGGBB")}});
}

std::optional<Length> AttributeReader::length(const char* name) {
  if (!node_.attribute(name)) return std::nullopt;
  const std::string value = text(name);
  const auto parsed = parse_length(value);
  if (!parsed) bad("bad-length", name, value);
  return parsed;
}

std::optional<double> AttributeReader::number(const char* name) {
  if (!node_.attribute(name)) return std::nullopt;
  const std::string value = text(name);
  const auto parsed = parse_length(value);  // "11" or "11pt"
  if (!parsed || parsed->unit != Unit::Pt || parsed->value <= 0) {
    bad("bad-number", name, value);
    return std::nullopt;
  }
  return parsed->value;
}

std::optional<Color> AttributeReader::color(const char* name) {
  if (!node_.attribute(name)) return std::nullopt;
  const std::string value = text(name);
  const auto parsed = parse_color(value);
  if (!parsed) bad("bad-choice", name, value);
  return parsed;
}

// "0.5pt #AAAAAA", "1pt", or "aucune".
std::optional<Border> AttributeReader::border(const char* name) {
  if (!node_.attribute(name)) return std::nullopt;
  const std::string value = text(name);
  if (value == "aucune" || value == "none") return Border{pt(0), {}};
  const std::size_t space = value.find(' ');
  const auto width = parse_length(value.substr(0, space));
  const auto colour = space == std::string::npos ? std::optional<Color>(Color{})
                                                 : parse_color(value.substr(space + 1));
  if (!width || !colour) {
    bad("bad-length", name, value);
    return std::nullopt;
  }
  return Border{*width, *colour};
}

std::optional<bool> AttributeReader::flag(const char* name) {
  const auto index = choice(name, {"oui", "non", "vrai", "faux", "yes", "no", "true", "false"});
  if (!index) return std::nullopt;
  return *index % 2 == 0;
}

std::optional<std::size_t> AttributeReader::choice(
    const char* name, std::initializer_list<std::string_view> choices) {
  if (!node_.attribute(name)) return std::nullopt;
  const std::string value = text(name);
  const auto it = std::find(choices.begin(), choices.end(), value);
  if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
  const std::vector<std::string> known(choices.begin(), choices.end());
  std::string list;
  for (const std::string& c : known) list += (list.empty() ? "" : ", ") + c;
  file_.report().error("bad-choice", file_.offset(node_, name),
                       {{"value", value}, {"name", std::string(name)}, {"choices", list}},
                       file_.report().did_you_mean(value, known));
  return std::nullopt;
}

PageSize page_size(AttributeReader& read) {
  PageSize size = read.choice("format", {"lettre", "a4"}).value_or(0) == 1 ? PageSize::a4()
                                                                           : PageSize::letter();
  return read.choice("orientation", {"portrait", "paysage"}).value_or(0) == 1 ? size.landscape()
                                                                              : size;
}

}  // namespace acquis::template_values

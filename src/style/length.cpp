// Lengths: units to points, and the parser templates use for attributes like "2,5 cm".
#include <acquis/style.hpp>

#include <cctype>
#include <charconv>
#include <string>

namespace acquis {

double Length::to_pt(double reference) const {
  switch (unit) {
    case Unit::Pt:
      return value;
    case Unit::Mm:
      return value * 72.0 / 25.4;
    case Unit::Cm:
      return value * 72.0 / 2.54;
    case Unit::In:
      return value * 72.0;
    case Unit::Percent:
      return value * reference / 100.0;
  }
  return value;
}

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

std::optional<Unit> parse_unit(std::string_view unit) {
  if (unit.empty() || unit == "pt") return Unit::Pt;
  if (unit == "mm") return Unit::Mm;
  if (unit == "cm") return Unit::Cm;
  if (unit == "in" || unit == "po") return Unit::In;  // "po": pouce, as French users write it
  if (unit == "%") return Unit::Percent;
  return std::nullopt;
}

}  // namespace

std::optional<Length> parse_length(std::string_view text) {
  text = trim(text);
  std::size_t end = 0;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                               text[end] == '.' || text[end] == ',' || text[end] == '-'))
    ++end;
  std::string number(text.substr(0, end));
  for (char& c : number)
    if (c == ',') c = '.';  // French decimal comma
  double value = 0;
  const auto [ptr, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || error != std::errc() || ptr != number.data() + number.size())
    return std::nullopt;
  const std::optional<Unit> unit = parse_unit(trim(text.substr(end)));
  if (!unit) return std::nullopt;
  return Length{value, *unit};
}

}  // namespace acquis

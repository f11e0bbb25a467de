#include "data/xml_fields.hpp"

#include <acquis/data.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace acquis::fields {

std::optional<double> number(XmlFile& xml, pugi::xml_node node, const char* name) {
  const pugi::xml_attribute a = node.attribute(name);
  if (!a) return std::nullopt;
  std::string digits;
  for (const char* p = a.value(); *p; ++p) {
    if (*p == ' ' || *p == '\xC2' || *p == '\xA0') continue;  // thousands separators
    digits += *p == ',' ? '.' : *p;
  }
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value < 0) {
    xml.report().error("bad-number", xml.offset(node, name),
                       {{"value", std::string(a.value())}, {"name", std::string(name)}});
    return std::nullopt;
  }
  return value;
}

namespace {

// "91 2/3" → 91 + 2/3; false unless it is [whole] numerator/denominator, digits only.
bool read_fraction(const std::string& text, double& value) {
  unsigned whole = 0, numerator = 0, denominator = 0;
  char extra = 0;
  if (std::sscanf(text.c_str(), "%u %u/%u%c", &whole, &numerator, &denominator, &extra) == 3 ||
      (whole = 0, std::sscanf(text.c_str(), "%u/%u%c", &numerator, &denominator, &extra) == 2)) {
    if (denominator == 0 || numerator >= denominator) return false;
    value = whole + static_cast<double>(numerator) / denominator;
    return true;
  }
  return false;
}

}  // namespace

std::optional<double> units(XmlFile& xml, pugi::xml_node node, const char* name,
                            std::string& published) {
  const std::string text = node.attribute(name).value();
  if (text.find('/') == std::string::npos) return number(xml, node, name);
  double value = 0;
  if (!read_fraction(text, value)) {
    xml.report().error("bad-number", xml.offset(node, name),
                       {{"value", text}, {"name", std::string(name)}});
    return std::nullopt;
  }
  // A no-break space between the whole and the fraction: printed on one line.
  const std::size_t space = text.find(' ');
  published = space == std::string::npos ? text
                                         : text.substr(0, space) + "\u00A0" +
                                               text.substr(text.find_first_not_of(' ', space));
  return value;
}

Text text(pugi::xml_node node) {
  return {collapsed_text(node), node.attribute("en").value()};
}

Text required_text(XmlFile& xml, pugi::xml_node parent, const char* name) {
  const pugi::xml_node child = parent.child(name);
  if (!child) {
    xml.report().error("missing-text", xml.offset(parent), {{"element", std::string(name)}});
    return {};
  }
  Text t = text(child);
  if (t.fr.empty())
    xml.report().error("missing-text", xml.offset(child), {{"element", std::string(name)}});
  return t;
}

std::string choice(XmlFile& xml, pugi::xml_node node, const char* name,
                   const std::vector<std::string>& choices, bool required) {
  const std::string value = xml.attribute(node, name, required);
  if (value.empty() || std::find(choices.begin(), choices.end(), value) != choices.end())
    return value;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  xml.report().error("bad-choice", xml.offset(node, name),
                     {{"value", value}, {"name", std::string(name)}, {"choices", list}},
                     xml.report().did_you_mean(value, choices));
  return {};
}

std::string date(XmlFile& xml, pugi::xml_node node, const char* name) {
  const std::string value = node.attribute(name).value();
  if (value.empty()) return value;
  if (!is_iso_date(value)) {
    xml.report().error("bad-date", xml.offset(node, name), {{"value", value}});
    return {};
  }
  return value;
}

// "13:30", "8:05": an hour of the day on the 24-hour clock.
std::string time(XmlFile& xml, pugi::xml_node node, const char* name) {
  const std::string text = node.attribute(name).value();
  if (text.empty()) return text;
  unsigned hours = 0, minutes = 0;
  char extra = 0;
  if (std::sscanf(text.c_str(), "%u:%2u%c", &hours, &minutes, &extra) == 2 && hours < 24 &&
      minutes < 60 && text.size() >= 4 && text[text.size() - 3] == ':')
    return text;
  xml.report().error("bad-time", xml.offset(node, name), {{"value", text}});
  return {};
}

}  // namespace acquis::fields

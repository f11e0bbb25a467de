// Small readers shared by the XML loaders. Internal to data/.
#pragma once

#include <acquis/data.hpp>

#include "xml/xml_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace acquis::fields {

// A number attribute ("1 800", "37,5" accepted); reports a malformed one.
std::optional<double> number(XmlFile& xml, pugi::xml_node node, const char* name);
// A number of units as programs publish them: a number, or a whole and a fraction ("91 2/3",
// "2/3"). `published` keeps a fraction as written (empty for a plain number).
std::optional<double> units(XmlFile& xml, pugi::xml_node node, const char* name,
                            std::string& published);
// A text element: its collapsed content in French, its "en" attribute in English.
Text text(pugi::xml_node node);
// A required child text element; reports it missing or empty.
Text required_text(XmlFile& xml, pugi::xml_node parent, const char* name);
// An attribute that must be one of `choices` (when present).
std::string choice(XmlFile& xml, pugi::xml_node node, const char* name,
                   const std::vector<std::string>& choices, bool required);
// A YYYY-MM-DD date attribute (when present).
std::string date(XmlFile& xml, pugi::xml_node node, const char* name);
// An HH:MM time attribute on the 24-hour clock (when present); reports a malformed one.
std::string time(XmlFile& xml, pugi::xml_node node, const char* name);

}  // namespace acquis::fields

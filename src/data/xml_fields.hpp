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
// A text element: its collapsed content in French, its "en" attribute in English.
Text text(pugi::xml_node node);
// A required child text element; reports it missing or empty.
Text required_text(XmlFile& xml, pugi::xml_node parent, const char* name);
// An attribute that must be one of `choices` (when present).
std::string choice(XmlFile& xml, pugi::xml_node node, const char* name,
                   const std::vector<std::string>& choices, bool required);
// A YYYY-MM-DD date attribute (when present).
std::string date(XmlFile& xml, pugi::xml_node node, const char* name);

}  // namespace acquis::fields

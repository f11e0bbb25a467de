// What a user's XML file must be before pugixml reads it, pugixml being lenient: strict UTF-8,
// no control characters (raw or as &#…; references), no DOCTYPE (entities are not for data
// files), no entity but the five of XML, no bare "&". Also pugixml's parse errors as message
// ids, so that they are said in the reader's language.
#pragma once

#include "core/file_reporter.hpp"

#include <pugixml.hpp>

namespace acquis {

// Report the first problem of the raw text; false when there is one.
bool check_plain_text(const std::string& text, FileReporter& report);
bool check_xml_text(const std::string& text, FileReporter& report);

}  // namespace acquis

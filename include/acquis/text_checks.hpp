// Checks on text people send — a file, a request body, a field — before anything reads it:
// strict UTF-8 (one bad byte is an error at its line and column, never a silent change of
// encoding) and no control characters; for XML also no DOCTYPE and no entity beyond XML's five.
#pragma once

#include <acquis/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace acquis {

// False with the first problem added to `diagnostics`, located in `name` at its line and column;
// the text may hold personal data, so the diagnostic quotes none of it.
bool check_text(const std::string& name, const std::string& text,
                std::vector<Diagnostic>& diagnostics);
bool check_xml_text(const std::string& name, const std::string& text,
                    std::vector<Diagnostic>& diagnostics);

// pugixml's parse error (an xml_parse_status) as the id of a message saying it.
const char* xml_error_id(int pugixml_status);

// Whether a short text (a field's value) is valid UTF-8 without control characters.
bool is_clean_text(std::string_view text);

}  // namespace acquis

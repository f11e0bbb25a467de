// Errors as RFC 9457 problem details (application/problem+json): a type, a title, the status,
// a detail for people, and the list of what is wrong — each with the request field it concerns
// (a JSON pointer, for the web page to show it next to the field) or the template position.
#pragma once

#include <acquis/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace acquis::serve {

struct Problem {
  int status = 400;
  std::string type;  // a short name: "json-invalide" → "/problemes/json-invalide"
  std::string title, detail;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();

  // An error about a field of the request: `pointer` as "/candidat/code_permanent".
  Problem& field(const std::string& pointer, const std::string& message);
  // The engine's diagnostics (file, line, column when known).
  Problem& diagnostics(const std::vector<Diagnostic>& list, bool english);
  std::string body() const;
};

// Line and column (from 1, in characters) of a byte offset of `text`.
struct TextPosition {
  std::size_t line = 1, column = 1;
};
TextPosition text_position(const std::string& text, std::size_t offset);

// nlohmann reports the byte after the error (from 1).
Problem bad_json(const std::string& text, std::size_t byte);
Problem invalid_request(const std::string& detail);
Problem not_found(const std::string& detail);
Problem unavailable(const std::string& detail);

}  // namespace acquis::serve

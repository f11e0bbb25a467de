// Errors as RFC 9457 problem details (application/problem+json): a type, a title, the status,
// a detail for people, and the list of what is wrong — each with the request field it concerns
// (a JSON pointer, for the web page to show it next to the field) or the template position.
// Every text comes from the interface catalogs, in the language the request asked for.
#pragma once

#include <acquis/diagnostic.hpp>
#include <acquis/language.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace acquis::serve {

struct Problem {
  Problem() = default;
  explicit Problem(Language in) : language(in) {}

  Language language = Language::French;
  int status = 400;
  std::string type;    // a short name: "json-invalide" → "/problemes/json-invalide"
  std::string detail;  // for people, in `language`
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  nlohmann::ordered_json extensions = nlohmann::ordered_json::object();  // more members (RFC 9457)

  // An error about a field of the request: `pointer` as "/candidat/code_permanent", the
  // message by its id.
  Problem& field(const std::string& pointer, const char* id, const MessageArgs& args = {});
  // The engine's diagnostics (file, line, column when known); `pointers`, when given, the
  // request field each concerns (an empty one: none).
  Problem& diagnostics(const std::vector<Diagnostic>& list,
                       const std::vector<std::string>& pointers = {});
  std::string body() const;
};

// A problem of `type` (its title is the message "problem.TYPE") whose detail is the message
// `detail`.
Problem make_problem(Language language, int status, const std::string& type, const char* detail,
                     const MessageArgs& args = {});
Problem invalid_request(Language language, const char* detail);  // 422

// Line and column (from 1, in characters) of a byte offset of `text`.
struct TextPosition {
  std::size_t line = 1, column = 1;
};
TextPosition text_position(const std::string& text, std::size_t offset);

// nlohmann reports the byte after the error (from 1).
Problem bad_json(Language language, const std::string& text, std::size_t byte);

}  // namespace acquis::serve

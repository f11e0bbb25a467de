#include "xml_request.hpp"

#include <acquis/text_checks.hpp>

#include <pugixml.hpp>

namespace acquis::serve {

namespace {

constexpr int kMaxDepth = 16;  // as for JSON: a request is a few elements deep
struct TooDeep {};

// Attributes become strings, child elements objects (or their text when they have no
// attributes); repeated children ("signataire") become arrays.
nlohmann::json element_json(pugi::xml_node node, int depth = 0) {
  if (depth > kMaxDepth) throw TooDeep{};
  nlohmann::json object = nlohmann::json::object();
  for (pugi::xml_attribute attribute : node.attributes())
    object[attribute.name()] = attribute.value();
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    nlohmann::json value = child.first_attribute() ? element_json(child, depth + 1)
                                                   : nlohmann::json(child.text().get());
    if (!object.contains(child.name())) {
      object[child.name()] = std::move(value);
    } else {
      nlohmann::json& existing = object[child.name()];
      if (!existing.is_array()) existing = nlohmann::json::array({existing});
      existing.push_back(std::move(value));
    }
  }
  return object;
}

}  // namespace

bool xml_request(const std::string& body, nlohmann::json& out, Problem& problem) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(body.data(), body.size());
  if (!parsed) {
    const TextPosition at = text_position(body, static_cast<std::size_t>(parsed.offset));
    problem = make_problem(problem.language, 400, "xml-invalide", "service.bad-xml",
                           {{"line", std::to_string(at.line)},
                            {"column", std::to_string(at.column)},
                            {"detail", message(xml_error_id(parsed.status), problem.language)}});
    return false;
  }
  try {
    out = element_json(document.document_element());
  } catch (const TooDeep&) {
    problem = make_problem(problem.language, 400, "xml-invalide", "service.too-deep",
                           {{"max", std::to_string(kMaxDepth)}});
    return false;
  }
  return true;
}

}  // namespace acquis::serve

#include "route_support.hpp"

#include "xml_request.hpp"

#include <acquis/text_checks.hpp>

#include <memory>
#include <optional>

namespace acquis::serve {

std::string& request_user() {
  thread_local std::string user;
  return user;
}

Language request_language(const httplib::Request& req) {
  const std::string accepted = req.get_header_value("Accept-Language");
  Language language = Language::French;
  // The first tag decides: "en-CA,en;q=0.9,fr;q=0.8" is English.
  const std::string first = accepted.substr(0, accepted.find_first_of(",;"));
  if (!parse_language(first, language)) language = Language::French;
  return language;
}

void send_problem(httplib::Response& res, const Problem& problem) {
  res.status = problem.status;
  res.set_content(problem.body(), "application/problem+json");
}

void refuse_and_close(const httplib::Request& req, httplib::Response& res, const Problem& problem) {
  // The request is httplib's own (not const); its Connection header decides what the answer says.
  auto& request = const_cast<httplib::Request&>(req);
  request.headers.erase("Connection");
  request.headers.emplace("Connection", "close");
  res.status = problem.status;
  auto body = std::make_shared<std::string>(problem.body());
  res.set_content_provider(body->size(), "application/problem+json",
                           [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             sink.write(body->data() + offset, length);
                             return false;  // written whole; now the connection ends
                           });
}

void send_json(httplib::Response& res, const nlohmann::ordered_json& json) {
  res.set_content(json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

namespace {

constexpr int kMaxDepth = 16;  // a request is a few objects deep; deeper is not ours
struct TooDeep {};

// The JSON pointer of the first string holding a control character, if any.
// The batch's CSV is left to the CSV reader, which names the row.
std::optional<std::string> unclean_string(const nlohmann::json& value, const std::string& at) {
  if (at == "/candidats_csv") return std::nullopt;
  if (value.is_string())
    return is_clean_text(value.get_ref<const std::string&>()) ? std::nullopt
                                                              : std::optional<std::string>(at);
  if (value.is_object())
    for (const auto& [key, item] : value.items())
      if (auto found = unclean_string(item, at + "/" + key)) return found;
  if (value.is_array())
    for (std::size_t i = 0; i < value.size(); ++i)
      if (auto found = unclean_string(value[i], at + "/" + std::to_string(i))) return found;
  return std::nullopt;
}

bool parse_json(const std::string& body, Language language, nlohmann::json& out, Problem& problem) {
  try {
    out =
        nlohmann::json::parse(body, [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
          if (depth > kMaxDepth) throw TooDeep{};
          return true;
        });
  } catch (const nlohmann::json::parse_error& error) {
    problem = bad_json(language, body, error.byte);
    return false;
  } catch (const nlohmann::json::out_of_range&) {  // 1e999: no position given
    problem = make_problem(language, 400, "json-invalide", "service.number-too-large");
    return false;
  } catch (const TooDeep&) {
    problem = make_problem(language, 400, "json-invalide", "service.too-deep",
                           {{"max", std::to_string(kMaxDepth)}});
    return false;
  }
  return true;
}

}  // namespace

bool parse_body(const httplib::Request& req, httplib::Response& res, nlohmann::json& out,
                TextCheck strings) {
  const Language language = request_language(req);
  const std::string type = req.get_header_value("Content-Type");
  const bool xml = type.rfind("application/xml", 0) == 0 || type.rfind("text/xml", 0) == 0;
  Problem problem(language);
  std::vector<Diagnostic> text;
  const bool read =
      xml ? check_xml_text("requête", req.body, text) && xml_request(req.body, out, problem)
          : check_text("requête", req.body, text) && parse_json(req.body, language, out, problem);
  if (!text.empty()) {
    problem =
        make_problem(language, 400, xml ? "xml-invalide" : "json-invalide", "service.bad-text");
    problem.diagnostics(text);
  } else if (read) {
    if (const auto pointer = strings == TextCheck::Here ? unclean_string(out, "") : std::nullopt) {
      problem = invalid_request(language, "service.cannot-produce");
      problem.field(*pointer, "service.control-character");
      send_problem(res, problem);
      return false;
    }
    return true;
  }
  send_problem(res, problem);
  return false;
}

std::string first_reason(const Problem& problem) {
  return problem.errors.empty() ? message("service.internal-error", problem.language)
                                : problem.errors.at(0).value("message", std::string());
}

}  // namespace acquis::serve

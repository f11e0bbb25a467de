#include "route_support.hpp"

#include "xml_request.hpp"

namespace acquis::serve {

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

void send_json(httplib::Response& res, const nlohmann::ordered_json& json) {
  res.set_content(json.dump(2), "application/json; charset=utf-8");
}

bool parse_body(const httplib::Request& req, httplib::Response& res, nlohmann::json& out) {
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/xml", 0) == 0 || type.rfind("text/xml", 0) == 0) {
    Problem problem(request_language(req));
    if (xml_request(req.body, out, problem)) return true;
    send_problem(res, problem);
    return false;
  }
  try {
    out = nlohmann::json::parse(req.body);
    return true;
  } catch (const nlohmann::json::parse_error& error) {
    send_problem(res, bad_json(request_language(req), req.body, error.byte));
    return false;
  }
}

std::string first_reason(const Problem& problem) {
  return problem.errors.empty() ? message("service.internal-error", problem.language)
                                : problem.errors.at(0).value("message", std::string());
}

}  // namespace acquis::serve

#include "gate.hpp"

#include "route_support.hpp"
#include "routes.hpp"

#include <algorithm>

namespace acquis::serve {

namespace {

using Answer = httplib::Server::HandlerResponse;

bool changes_something(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool known_host(const Service& service, const std::string& host) {
  return !host.empty() && std::find(service.host_names.begin(), service.host_names.end(), host) !=
                              service.host_names.end();
}

// "http://localhost:8088" → its host when the scheme is http or https; empty otherwise
// (including "null", which sandboxed pages and redirects send).
std::string origin_host(const std::string& origin) {
  for (const char* scheme : {"http://", "https://"})
    if (origin.rfind(scheme, 0) == 0) return host_of(origin.substr(std::string(scheme).size()));
  return {};
}

// A body a browser cannot send across origins without a preflight is JSON or XML; text/plain,
// forms and no type at all are what a foreign page's fetch would send.
bool accepted_body_type(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  type.erase(std::remove(type.begin(), type.end(), ' '), type.end());
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type == "application/json" || type == "application/xml" || type == "text/xml";
}

Answer refuse(httplib::Response& res, Problem problem) {
  send_problem(res, problem);
  return Answer::Handled;
}

}  // namespace

std::string host_of(const std::string& authority) {
  std::string host;
  if (!authority.empty() && authority[0] == '[') {
    const std::size_t end = authority.find(']');
    if (end == std::string::npos) return {};
    host = authority.substr(1, end - 1);
  } else {
    host = authority.substr(0, authority.find(':'));
  }
  if (!host.empty() && host.back() == '.') host.pop_back();  // "localhost." is localhost
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return host;
}

Answer admit(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (service.stopping) {
    res.set_header("Retry-After", "5");
    res.set_header("Connection", "close");
    return refuse(res, make_problem(language, 503, "arret-en-cours", "service.stopping"));
  }
  if (!known_host(service, host_of(req.get_header_value("Host"))))
    return refuse(res, make_problem(language, 421, "hote-inconnu", "service.unknown-host"));
  if (!changes_something(req.method)) return Answer::Unhandled;
  if (req.has_header("Origin") && !known_host(service, origin_host(req.get_header_value("Origin"))))
    return refuse(res, make_problem(language, 403, "origine-refusee", "service.foreign-origin"));
  if (req.get_header_value("Sec-Fetch-Site") == "cross-site")
    return refuse(res, make_problem(language, 403, "origine-refusee", "service.foreign-origin"));
  if (req.method != "DELETE" && !accepted_body_type(req))
    return refuse(res, make_problem(language, 415, "type-refuse", "service.unsupported-type"));
  return Answer::Unhandled;
}

}  // namespace acquis::serve

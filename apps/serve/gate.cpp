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

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A change comes from our own page: its Origin is http(s):// and then exactly the authority
// the request was sent to (Host, port included), one of our names. "null" (sandboxed pages,
// redirects), another port or another scheme's page are someone else.
bool own_origin(const Service& service, const httplib::Request& req) {
  const std::string origin = lower(req.get_header_value("Origin"));
  std::string host = lower(req.get_header_value("Host"));
  for (const char* scheme : {"http://", "https://"})
    if (origin.rfind(scheme, 0) == 0)
      return origin.substr(std::string(scheme).size()) == host &&
             known_host(service, host_of(host));
  return false;
}

// A body a browser cannot send across origins without a preflight is JSON or XML; text/plain,
// forms and no type at all are what a foreign page's fetch would send.
bool accepted_body_type(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  type.erase(std::remove(type.begin(), type.end(), ' '), type.end());
  type = lower(type);
  return type == "application/json" || type == "application/xml" || type == "text/xml" ||
         type == "application/pdf";  // a filled form (/api/formulaires)
}

Answer refuse(const httplib::Request& req, httplib::Response& res, const Problem& problem) {
  refuse_and_close(req, res, problem);
  return Answer::Handled;
}

// A length far over the limit is refused before a byte of the body is read: httplib would
// read it all to throw it away. One a little over is left to httplib, which reads and drops
// it and then answers 413, so that the client, still sending, gets the answer rather than a
// reset connection.
bool declared_far_too_large(const Service& service, const httplib::Request& req) {
  const std::string length = req.get_header_value("Content-Length");
  if (length.empty()) return false;
  if (length.size() > 18 || length.find_first_not_of("0123456789") != std::string::npos)
    return true;
  const unsigned long long far =
      std::max<unsigned long long>(16ull << 20, 8ull * service.config.max_body_bytes);
  return std::stoull(length) > far;
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
  return lower(host);
}

Answer admit(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (service.stopping) {
    res.set_header("Retry-After", "5");
    return refuse(req, res, make_problem(language, 503, "arret-en-cours", "service.stopping"));
  }
  if (declared_far_too_large(service, req))
    return refuse(req, res, make_problem(language, 413, "trop-volumineux", "service.too-large"));
  if (!known_host(service, host_of(req.get_header_value("Host"))))
    return refuse(req, res, make_problem(language, 421, "hote-inconnu", "service.unknown-host"));
  if (!changes_something(req.method)) return Answer::Unhandled;
  if (req.has_header("Origin") && !own_origin(service, req))
    return refuse(req, res,
                  make_problem(language, 403, "origine-refusee", "service.foreign-origin"));
  if (lower(req.get_header_value("Sec-Fetch-Site")) == "cross-site")
    return refuse(req, res,
                  make_problem(language, 403, "origine-refusee", "service.foreign-origin"));
  if (req.method != "DELETE" && !accepted_body_type(req))
    return refuse(req, res, make_problem(language, 415, "type-refuse", "service.unsupported-type"));
  return Answer::Unhandled;
}

}  // namespace acquis::serve

// What every request must be before a route sees it. A page elsewhere can make the advisor's
// browser call this service: through DNS rebinding (its own name pointed at 127.0.0.1, its own
// Host sent), or with a "simple" request that needs no preflight (a text/plain or form body).
// So: the Host must be one of our names, a change must come from our own origin (or none, as
// from curl) in JSON or XML, and nothing new is begun while the service is stopping.
#pragma once

#include <httplib.h>

namespace acquis::serve {

struct Service;

// Unhandled: the request goes on to its route; Handled: answered here with a problem.
httplib::Server::HandlerResponse admit(Service& service, const httplib::Request& req,
                                       httplib::Response& res);

// The host named by a Host header or an origin's authority, lower case, without its port
// ("[::1]:8088" → "::1"); empty when it cannot be read.
std::string host_of(const std::string& authority);

}  // namespace acquis::serve

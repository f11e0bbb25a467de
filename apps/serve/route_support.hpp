// What the routes share: the language a request asked for, answering JSON or a problem,
// reading a JSON or XML body, and the outcome of a render made on the pool.
#pragma once

#include "problem.hpp"
#include "renderer.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

namespace acquis::serve {

// The user the request's token is for (set when it is let in; empty without authentication),
// for the access journal. Each request is read and answered on one thread.
std::string& request_user();

// English when the request's Accept-Language puts English first; French otherwise.
Language request_language(const httplib::Request& req);

void send_problem(httplib::Response& res, const Problem& problem);

// The problem answered, then the connection closed: for a request refused before its body was
// read, whose body would otherwise be read as the next request on the connection (a request
// smuggled past the checks). cpp-httplib 0.11 keeps a connection open whatever the answer
// says; it closes one whose body writer fails, so the answer is written by one that writes it
// whole and then reports a failure.
void refuse_and_close(const httplib::Request& req, httplib::Response& res, const Problem& problem);
void send_json(httplib::Response& res, const nlohmann::ordered_json& json);

// The body as JSON (or XML turned into the same JSON), or the problem answered. Its strings
// are checked for control characters here, or by the route (`ByRoute`: one that names each
// field in its own terms).
enum class TextCheck { Here, ByRoute };
bool parse_body(const httplib::Request& req, httplib::Response& res, nlohmann::json& out,
                TextCheck strings = TextCheck::Here);

struct RenderOutcome {
  bool ok = false;
  RenderedDocument document;
  Problem problem;
};

// The first thing a failed render says, for a batch's list of failed rows.
std::string first_reason(const Problem& problem);

}  // namespace acquis::serve

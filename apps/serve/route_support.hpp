// What the routes share: answering JSON or a problem, reading a JSON or XML body, and the
// outcome of a render made on the pool.
#pragma once

#include "problem.hpp"
#include "renderer.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace acquis::serve {

void send_problem(httplib::Response& res, const Problem& problem);
void send_json(httplib::Response& res, const nlohmann::ordered_json& json);

// The body as JSON (or XML turned into the same JSON), or the problem answered.
bool parse_body(const httplib::Request& req, httplib::Response& res, nlohmann::json& out);

struct RenderOutcome {
  bool ok = false;
  RenderedDocument document;
  std::shared_ptr<const LaidOutDocument> laid;  // for a merged batch
  Problem problem;
};

// The first thing a failed render says, for a batch's list of failed rows.
std::string first_reason(const Problem& problem);

}  // namespace acquis::serve

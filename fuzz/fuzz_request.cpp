// What the service reads from a request body before any render: JSON or XML (the first byte
// picks the Content-Type), the control-character and depth checks, the candidate fields and the
// batch's CSV — as the routes call them, without a network.
#include "candidate_json.hpp"
#include "route_support.hpp"

#include <acquis/app/data_set.hpp>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace acquis;
  if (size == 0) return 0;
  httplib::Request request;
  request.set_header("Content-Type", data[0] & 1 ? "application/xml" : "application/json");
  request.set_header("Accept-Language", data[0] & 2 ? "en-CA" : "fr-CA");
  request.body.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  httplib::Response response;
  nlohmann::json body;
  if (!serve::parse_body(request, response, body)) {
    if (response.status < 400 || response.status >= 500 || response.body.empty()) __builtin_trap();
    return 0;
  }
  if (!body.is_object()) return 0;
  serve::Problem problem;
  Candidate candidate;
  if (body.contains("candidat"))
    serve::candidate_from_json(body["candidat"], "/candidat", candidate, problem);
  if (body.contains("candidats_csv") && body["candidats_csv"].is_string()) {
    std::vector<Diagnostic> diagnostics;
    app::parse_candidates_csv("candidats.csv", body["candidats_csv"].get<std::string>(),
                              diagnostics);
    problem.diagnostics(diagnostics);
  }
  problem.body();
  return 0;
}

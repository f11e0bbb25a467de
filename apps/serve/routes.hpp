// The HTTP API and the web page:
//   GET  /api/sante        the process answers            GET /api/pret   data loaded
//   GET  /api/documents    names and descriptions         GET /api/programmes
//   GET  /api/langues
//   POST /api/rendu        JSON request → application/pdf
//   POST /api/validation   JSON request → {"valide": true} or the problems
//   POST /api/lot          a batch: ZIP or merged PDF      GET/PUT /api/organisation
//   DELETE /api/personnes/CODE   the person erased from the data folder (token)
//   GET  /  /app.js  /style.css   the page
// Errors are RFC 9457 problem details, in French unless Accept-Language puts English first;
// the access log holds method, path (control characters escaped), status and time, never a
// body. Every request passes the gate first (gate.hpp): our Host, our Origin, JSON or XML.
#pragma once

#include <acquis/app/worker_pool.hpp>

#include "config.hpp"
#include "private_folder.hpp"
#include "renderer.hpp"
#include "web_assets.hpp"

#include <httplib.h>

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace acquis::serve {

struct Service {
  const ServeConfig& config;
  Renderer& renderer;
  app::WorkerPool& pool;
  std::map<std::string, WebAsset> assets;
  PrivateFolder& temp;
  std::vector<std::string> host_names = accepted_host_names(config);
  std::atomic<bool> stopping{false};  // SIGTERM: nothing new is begun
  std::atomic<bool> cut{false};       // the stop's grace is over: work under way is abandoned
  std::atomic<int> in_flight{0};      // requests between admission and the end of their answer
};

void install_routes(httplib::Server& server, Service& service);

// Runs `job` on the render pool (its slots and queue) and waits for it within the time limit:
// false, with 503 answered, when the queue is full or the job too slow. The job must own what
// it uses: it may run after the request was answered.
bool wait_on_pool(Service& service, Language language, httplib::Response& res,
                  std::function<void()> job);

// Changes to the data folder need authentication configured (else nobody could be named in
// the journal, and anyone on the machine could change it): false, with 403 answered, without.
bool saving_allowed(const Service& service, const httplib::Request& req, httplib::Response& res);

// A route whose body is read here, up to the limit however it is sent: cpp-httplib 0.11
// refuses a length over the limit but reads a chunked body whole, however large.
using Route = std::function<void(const httplib::Request&, httplib::Response&)>;
httplib::Server::HandlerWithContentReader limited(const Service& service, Route route);

}  // namespace acquis::serve

// The HTTP API and the web page:
//   GET  /api/sante        the process answers            GET /api/pret   data loaded
//   GET  /api/documents    names and descriptions         GET /api/programmes
//   GET  /api/langues
//   POST /api/rendu        JSON request → application/pdf
//   POST /api/validation   JSON request → {"valide": true} or the problems
//   GET  /  /app.js  /style.css   the page
// Errors are RFC 9457 problem details, in French unless Accept-Language puts English first;
// the access log holds method, path, status and time, never a body.
#pragma once

#include <acquis/app/worker_pool.hpp>

#include "config.hpp"
#include "renderer.hpp"
#include "web_assets.hpp"

#include <httplib.h>

namespace acquis::serve {

struct Service {
  const ServeConfig& config;
  Renderer& renderer;
  app::WorkerPool& pool;
  std::map<std::string, WebAsset> assets;
};

void install_routes(httplib::Server& server, Service& service);

}  // namespace acquis::serve

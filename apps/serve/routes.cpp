#include "routes.hpp"

#include "batch_route.hpp"
#include "gate.hpp"
#include "people_routes.hpp"
#include "route_support.hpp"

#include <chrono>
#include <cstdio>

#include <functional>
#include <future>
#include <memory>

namespace acquis::serve {

namespace {

using Clock = std::chrono::steady_clock;
thread_local Clock::time_point request_start;
thread_local bool counted = false;
// this connection's request is in Service::in_flight

// Compared in constant time: the answer's delay tells nothing of the token.
bool same_secret(const std::string& given, const std::string& expected) {
  unsigned char difference = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i)
    difference |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
  return difference == 0;
}

bool open_route(const std::string& path) {
  return path.rfind("/api/", 0) != 0 || path == "/api/sante" || path == "/api/pret";
}

// The user a token is for: a named user's, or the shared token's; empty when none matches.
// Every token is compared, so the time taken does not tell which one was close.
std::string user_of(const ServeConfig& config, const std::string& given) {
  std::string user;
  if (!config.token.empty() && same_secret(given, config.token)) user = "jeton-partage";
  for (const auto& [name, token] : config.users)
    if (same_secret(given, token)) user = name;
  return user;
}

httplib::Server::HandlerResponse authorize(const Service& service, const httplib::Request& req,
                                           httplib::Response& res) {
  request_user().clear();
  if (!service.config.authenticates() || open_route(req.path))
    return httplib::Server::HandlerResponse::Unhandled;
  const std::string header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (header.rfind(prefix, 0) == 0)
    request_user() = user_of(service.config, header.substr(prefix.size()));
  if (!request_user().empty()) return httplib::Server::HandlerResponse::Unhandled;
  res.set_header("WWW-Authenticate", "Bearer");
  refuse_and_close(
      req, res,
      make_problem(request_language(req), 401, "non-authentifie", "service.token-required"));
  return httplib::Server::HandlerResponse::Handled;
}

// The path as the log shows it: every byte outside printable ASCII written \xHH, so that a
// request cannot write a line of its own ("/x%0a2026-… PUT /api/organisation 200").
std::string loggable(const std::string& text) {
  std::string out;
  for (const char c : text.substr(0, 512)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7f && byte != '\\') {
      out += c;
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
      out += escaped;
    }
  }
  return out;
}

// A code permanent anywhere in a path (/api/personnes/CODE, however spelt) becomes "*": four
// letters and eight digits, not inside a longer word.
std::string without_codes(std::string path) {
  const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t at = 0; at + 12 <= path.size(); ++at) {
    if (at > 0 && (letter(path[at - 1]) || digit(path[at - 1]))) continue;
    bool code = at + 12 == path.size() || !(letter(path[at + 12]) || digit(path[at + 12]));
    for (std::size_t i = 0; i < 12 && code; ++i)
      code = i < 4 ? letter(path[at + i]) : digit(path[at + i]);
    if (code) path.replace(at, 12, "*");
  }
  return path;
}

// The access log: no query string, no body, no personal data.
void log_access(Service& service, const httplib::Request& req, const httplib::Response& res) {
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - request_start).count();
  const std::string when = app::local_time("%Y-%m-%dT%H:%M:%S");
  // A request that did not get as far as the gate has no start time of its own.
  const std::string took = counted ? std::to_string(static_cast<long>(ms * 10) / 10) + "." +
                                         std::to_string(static_cast<long>(ms * 10) % 10) + " ms"
                                   : "- ms";
  std::fprintf(stderr, "%s %s %s %d %s\n", when.c_str(), loggable(req.method).c_str(),
               without_codes(loggable(req.path)).c_str(), res.status, took.c_str());
  if (counted) --service.in_flight, counted = false;
}

using RenderJob = std::function<bool(RenderedDocument&, Problem&)>;

// The render runs on the pool; this connection's thread waits for it, within the time limit.
void run_on_pool(Service& service, Language language, httplib::Response& res, RenderJob job,
                 bool pdf) {
  auto outcome = std::make_shared<RenderOutcome>();
  outcome->problem.language = language;
  const bool done = wait_on_pool(service, language, res, [outcome, job = std::move(job)] {
    outcome->ok = job(outcome->document, outcome->problem);
  });
  if (!done) return;
  if (!outcome->ok) return send_problem(res, outcome->problem);
  if (!pdf) return send_json(res, {{"valide", true}});
  res.set_header("Content-Disposition", "inline; filename=\"" + outcome->document.file_name + "\"");
  res.set_content(std::move(outcome->document.pdf), "application/pdf");
}

void render(Service& service, const httplib::Request& req, httplib::Response& res, bool pdf) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  const Renderer& renderer = service.renderer;
  // A person of the data folder, found by code: a person typed in is not one.
  const std::string code = request.is_object() && !request.contains("candidat") &&
                                   request.contains("code_permanent") &&
                                   request["code_permanent"].is_string()
                               ? request["code_permanent"].get<std::string>()
                               : std::string();
  const std::string document =
      request.is_object() && request.contains("document") && request["document"].is_string()
          ? request["document"].get<std::string>()
          : std::string();
  run_on_pool(
      service, request_language(req), res,
      [request = std::move(request), &renderer, pdf](RenderedDocument& out, Problem& problem) {
        return renderer.render(request, pdf, out, problem);
      },
      pdf);
  // A document of a person of the data folder, made: the journal says who had it made.
  if (pdf && res.status == 200 && !code.empty()) journal_document(service, code, document);
}

// A document (a guide) made with a profile not yet saved; a new logo is not shown until saved.
void preview_profile(Service& service, const httplib::Request& req, httplib::Response& res) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  auto organization = std::make_shared<Organization>(service.renderer.organization());
  const std::string logo = organization->logo;
  app::LogoUpload upload;
  Problem problem(request_language(req));
  const nlohmann::json profile =
      request.is_object() ? request.value("profil", nlohmann::json::object()) : request;
  if (!profile_from_json(profile, *organization, upload, problem))
    return send_problem(res, problem);
  organization->logo = logo;
  if (!request.contains("document")) request["document"] = "guide-candidat";
  const Renderer& renderer = service.renderer;
  run_on_pool(
      service, problem.language, res,
      [request = std::move(request), organization, &renderer](RenderedDocument& out,
                                                              Problem& failure) {
        return renderer.render(request, true, out, failure, organization.get());
      },
      true);
}

// Saving the profile changes every document: it needs the token, so a token must be set.
void save_profile_route(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (!saving_allowed(service, req, res)) return;
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  Organization saved;
  Problem problem(language);
  if (!service.renderer.update_organization(request, saved, problem))
    return send_problem(res, problem);
  send_json(res, profile_json(saved));
}

// A person erased from the data folder (the right to erasure): it needs the token, as saving
// the profile does. The journal says by whom: the service, for a client at this address.
void erase_person_route(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (!saving_allowed(service, req, res)) return;
  const std::string code = req.matches[1];
  app::Erasure erased;
  std::string error;
  const std::string by = request_user().empty() ? "acquis serve" : request_user();
  if (!service.renderer.erase_person(code, by + " (" + req.remote_addr + ")", erased, error)) {
    const int status = error == "person.not-found" ? 404 : 500;
    return send_problem(
        res, make_problem(language, status, status == 404 ? "introuvable" : "effacement-impossible",
                          error.c_str()));
  }
  send_json(res, {{"efface", {{"entrees", erased.entries}, {"dossiers", erased.records}}}});
}

// A filled booklet or registration form (the PDF as the body) read into the data folder: it writes
// personal data, so it needs the token as saving the profile does. ?candidat=CODE: the person
// expected.
void import_form_route(Service& service, const httplib::Request& req, httplib::Response& res) {
  const Language language = request_language(req);
  if (!saving_allowed(service, req, res)) return;
  app::FormImportRequest request;
  request.file_name = "formulaire.pdf";
  request.bytes = req.body;
  request.person = req.get_param_value("candidat");
  const app::FormImport result = service.renderer.import_form(std::move(request));
  if (!result.ok) {
    Problem problem = invalid_request(language, "service.form-refused");
    problem.diagnostics(result.diagnostics);
    return send_problem(res, problem);
  }
  journal_form(service, result.person, result.document);
  send_json(res, {{"document", result.document},
                  {"programme", result.program},
                  {"personne", result.person},
                  {"reponses", result.answers},
                  {"exemples", result.examples},
                  {"joints", result.enclosed},
                  {"champs_inscription", result.registration_fields},
                  {"seances", result.sessions},
                  {"seances_connues", result.sessions_known},
                  {"syntheses", result.syntheses},
                  {"liste", result.list},
                  {"personne_ajoutee", result.person_added},
                  {"colonnes_changees", result.list_changes},
                  {"dossier", result.dossier},
                  {"version_precedente", result.previous_version}});
}

void api_routes(httplib::Server& server, Service& service) {
  server.Get("/api/sante", [](const httplib::Request&, httplib::Response& res) {
    send_json(res, {{"statut", "ok"}});
  });
  server.Get("/api/pret", [](const httplib::Request&, httplib::Response& res) {
    send_json(res, {{"pret", true}});
  });
  server.Get("/api/documents", [&service](const httplib::Request&, httplib::Response& res) {
    send_json(res, service.renderer.documents());
  });
  server.Get("/api/programmes", [&service](const httplib::Request&, httplib::Response& res) {
    send_json(res, service.renderer.programs());
  });
  server.Post("/api/lot",
              limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
                batch(service, req, res);
              }));
  server.Get("/api/organisation", [&service](const httplib::Request&, httplib::Response& res) {
    send_json(res, profile_json(service.renderer.organization()));
  });
  server.Put("/api/organisation",
             limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
               save_profile_route(service, req, res);
             }));
  server.Post("/api/organisation/apercu",
              limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
                preview_profile(service, req, res);
              }));
  server.Delete(R"(/api/personnes/([A-Za-z]{4}[0-9]{8}))",
                [&service](const httplib::Request& req, httplib::Response& res) {
                  erase_person_route(service, req, res);
                });
  server.Get("/api/langues", [](const httplib::Request&, httplib::Response& res) {
    send_json(res, nlohmann::ordered_json::array({"fr-CA", "en-CA"}));
  });
  server.Post("/api/formulaires",
              limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
                import_form_route(service, req, res);
              }));
  server.Post("/api/rendu",
              limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
                render(service, req, res, true);
              }));
  server.Post("/api/validation",
              limited(service, [&service](const httplib::Request& req, httplib::Response& res) {
                render(service, req, res, false);
              }));
}

void page_routes(httplib::Server& server, Service& service) {
  for (const auto& [url, asset] : service.assets)
    server.Get(url, [&asset = asset](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy",
                     "default-src 'self'; frame-src 'self' blob:; object-src 'self' blob:; "
                     "frame-ancestors 'self'; base-uri 'none'; form-action 'self'");
      res.set_content(asset.body, asset.content_type.c_str());
    });
}

// Answers without a body (unknown route, body too large…) become problem details too.
void error_bodies(httplib::Server& server) {
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    // Answered already: a body, or one written as it is sent (refuse_and_close).
    if (!res.body.empty() || res.has_header("Content-Type")) return;
    const Language language = request_language(req);
    if (res.status == 404)
      return send_problem(res, make_problem(language, 404, "introuvable", "service.not-found"));
    if (res.status == 413)
      return send_problem(res, make_problem(language, 413, "trop-volumineux", "service.too-large"));
    send_problem(res, make_problem(language, res.status, "erreur-http", "service.http-status",
                                   {{"status", std::to_string(res.status)}}));
  });
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        send_problem(
            res, make_problem(request_language(req), 500, "erreur-interne", "service.exception"));
      });
}

// On every answer: no type guessing, no framing by other sites, no referrer; and what the API
// answers (personal data) kept by no cache.
void security_headers(httplib::Server& server) {
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"X-Frame-Options", "SAMEORIGIN"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cross-Origin-Resource-Policy", "same-origin"}});
  server.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", req.path.rfind("/api/", 0) == 0 ? "no-store" : "no-cache");
  });
}

}  // namespace

bool saving_allowed(const Service& service, const httplib::Request& req, httplib::Response& res) {
  if (service.config.authenticates()) return true;
  send_problem(res, make_problem(request_language(req), 403, "enregistrement-desactive",
                                 "service.saving-disabled"));
  return false;
}

bool wait_on_pool(Service& service, Language language, httplib::Response& res,
                  std::function<void()> job) {
  auto promise = std::make_shared<std::promise<void>>();
  std::future<void> future = promise->get_future();
  const bool queued = service.pool.submit([promise, job = std::move(job)] {
    try {
      job();
      promise->set_value();
    } catch (...) {
      promise->set_exception(std::current_exception());
    }
  });
  const auto patience = std::chrono::seconds(service.config.request_seconds);
  if (!queued || future.wait_for(patience) != std::future_status::ready) {
    res.set_header("Retry-After", "1");
    send_problem(res, make_problem(language, 503, "occupe", "service.busy"));
    return false;
  }
  future.get();  // an engine exception goes to the exception handler
  return true;
}

httplib::Server::HandlerWithContentReader limited(const Service& service, Route route) {
  return [&service, route = std::move(route)](const httplib::Request& req, httplib::Response& res,
                                              const httplib::ContentReader& read) {
    httplib::Request whole = req;
    const std::size_t limit = service.config.max_body_bytes;
    bool over = false;
    const bool complete = read([&](const char* data, std::size_t length) {
      over = length > limit - whole.body.size();
      if (!over) whole.body.append(data, length);
      return !over;
    });
    if (over || res.status == 413) {
      res.set_header("Connection", "close");  // the rest of the body is not read
      return send_problem(
          res, make_problem(request_language(req), 413, "trop-volumineux", "service.too-large"));
    }
    if (!complete) {
      res.set_header("Connection", "close");
      return send_problem(res, make_problem(request_language(req), 400, "corps-incomplet",
                                            "service.body-incomplete"));
    }
    res.status = 200;
    route(whole, res);
  };
}

void install_routes(httplib::Server& server, Service& service) {
  server.set_pre_routing_handler([&service](const httplib::Request& req, httplib::Response& res) {
    request_start = Clock::now();
    ++service.in_flight, counted = true;
    const auto admitted = admit(service, req, res);
    if (admitted == httplib::Server::HandlerResponse::Handled) return admitted;
    return authorize(service, req, res);
  });
  server.set_logger([&service](const httplib::Request& req, const httplib::Response& res) {
    log_access(service, req, res);
  });
  security_headers(server);
  api_routes(server, service);
  people_routes(server, service);
  page_routes(server, service);
  error_bodies(server);
}

}  // namespace acquis::serve

#include "routes.hpp"

#include "xml_request.hpp"
#include "zip_writer.hpp"

#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <deque>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <thread>

namespace acquis::serve {

namespace {

using Clock = std::chrono::steady_clock;
thread_local Clock::time_point request_start;

void send_problem(httplib::Response& res, const Problem& problem) {
  res.status = problem.status;
  res.set_content(problem.body(), "application/problem+json");
}

void send_json(httplib::Response& res, const nlohmann::ordered_json& json) {
  res.set_content(json.dump(2), "application/json; charset=utf-8");
}

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

httplib::Server::HandlerResponse authorize(const Service& service, const httplib::Request& req,
                                           httplib::Response& res) {
  request_start = Clock::now();
  if (service.config.token.empty() || open_route(req.path))
    return httplib::Server::HandlerResponse::Unhandled;
  const std::string header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (header.rfind(prefix, 0) == 0 &&
      same_secret(header.substr(prefix.size()), service.config.token))
    return httplib::Server::HandlerResponse::Unhandled;
  res.set_header("WWW-Authenticate", "Bearer");
  send_problem(res, {401, "non-authentifie", "Authentification requise",
                     "Fournissez le jeton d’accès (en-tête Authorization: Bearer …).",
                     nlohmann::ordered_json::array()});
  return httplib::Server::HandlerResponse::Handled;
}

// The access log: no query string, no body, no personal data.
void log_access(const httplib::Request& req, const httplib::Response& res) {
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - request_start).count();
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", std::localtime(&now));
  std::fprintf(stderr, "%s %s %s %d %.1f ms\n", when, req.method.c_str(), req.path.c_str(),
               res.status, ms);
}

// The body as JSON, or the problem answered.
bool parse_body(const httplib::Request& req, httplib::Response& res, nlohmann::json& out) {
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/xml", 0) == 0 || type.rfind("text/xml", 0) == 0) {
    Problem problem;
    if (xml_request(req.body, out, problem)) return true;
    send_problem(res, problem);
    return false;
  }
  try {
    out = nlohmann::json::parse(req.body);
    return true;
  } catch (const nlohmann::json::parse_error& error) {
    send_problem(res, bad_json(req.body, error.byte));
    return false;
  }
}

struct RenderOutcome {
  bool ok = false;
  RenderedDocument document;
  std::shared_ptr<const LaidOutDocument> laid;  // for a merged batch
  Problem problem;
};

using RenderJob = std::function<bool(RenderedDocument&, Problem&)>;

// The render runs on the pool; this connection's thread waits for it, within the time limit.
void run_on_pool(Service& service, httplib::Response& res, RenderJob job, bool pdf) {
  auto promise = std::make_shared<std::promise<RenderOutcome>>();
  std::future<RenderOutcome> future = promise->get_future();
  const bool queued = service.pool.submit([promise, job = std::move(job)] {
    try {
      RenderOutcome outcome;
      outcome.ok = job(outcome.document, outcome.problem);
      promise->set_value(std::move(outcome));
    } catch (...) {
      promise->set_exception(std::current_exception());
    }
  });
  const auto patience = std::chrono::seconds(service.config.request_seconds);
  if (!queued || future.wait_for(patience) != std::future_status::ready) {
    res.set_header("Retry-After", "1");
    return send_problem(res, unavailable("Trop de documents sont en cours ; réessayez."));
  }
  RenderOutcome outcome = future.get();  // an engine exception goes to the exception handler
  if (!outcome.ok) return send_problem(res, outcome.problem);
  if (!pdf) return send_json(res, {{"valide", true}});
  res.set_header("Content-Disposition", "inline; filename=\"" + outcome.document.file_name + "\"");
  res.set_content(std::move(outcome.document.pdf), "application/pdf");
}

void render(Service& service, const httplib::Request& req, httplib::Response& res, bool pdf) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  const Renderer& renderer = service.renderer;
  run_on_pool(
      service, res,
      [request = std::move(request), &renderer, pdf](RenderedDocument& out, Problem& problem) {
        return renderer.render(request, pdf, out, problem);
      },
      pdf);
}

// The documents of a batch, made on the pool a few at a time, in order: the next ones are
// under way while one is sent.
class BatchProducer {
 public:
  // `laid`: documents laid out for an Assembly rather than written.
  BatchProducer(Service& service, std::shared_ptr<const BatchPlan> plan, bool laid)
      : service_(service), plan_(std::move(plan)), laid_(laid) {}

  // The next person's document (or its failure); false when there is none left.
  bool next(RenderOutcome& outcome, std::size_t& index) {
    while (pending_.size() < service_.config.renders + 1 && queued_ < plan_->candidates.size())
      queue(queued_++);
    if (pending_.empty()) return false;
    index = done_++;
    outcome = pending_.front().get();
    pending_.pop_front();
    return true;
  }

 private:
  void queue(std::size_t index) {
    auto promise = std::make_shared<std::promise<RenderOutcome>>();
    pending_.push_back(promise->get_future());
    const Renderer& renderer = service_.renderer;
    auto job = [promise, plan = plan_, index, &renderer, laid = laid_] {
      RenderOutcome outcome;
      try {
        if (laid) {
          outcome.laid = renderer.lay_out_person(*plan, index, outcome.problem);
          outcome.ok = outcome.laid != nullptr;
        } else {
          outcome.ok = renderer.render_person(*plan, index, outcome.document, outcome.problem);
        }
      } catch (const std::exception&) {
        outcome.ok = false;
      }
      promise->set_value(std::move(outcome));
    };
    while (!service_.pool.submit(job)) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  Service& service_;
  std::shared_ptr<const BatchPlan> plan_;
  bool laid_;
  std::deque<std::future<RenderOutcome>> pending_;
  std::size_t queued_ = 0, done_ = 0;
};

// A ZIP of one PDF per person, streamed as the documents are made. A person whose document
// fails is listed in erreurs.txt by row number (no name), the others still come.
void send_zip(Service& service, httplib::Response& res, std::shared_ptr<const BatchPlan> plan) {
  auto producer = std::make_shared<BatchProducer>(service, plan, false);
  auto zip = std::make_shared<ZipWriter>();
  auto failures = std::make_shared<std::string>();
  res.set_header("Content-Disposition", "attachment; filename=\"" + plan->document + ".zip\"");
  res.set_chunked_content_provider(
      "application/zip", [producer, zip, failures, plan](std::size_t, httplib::DataSink& sink) {
        RenderOutcome outcome;
        std::size_t index = 0;
        if (producer->next(outcome, index)) {
          if (outcome.ok) {
            const std::string bytes = zip->entry(outcome.document.file_name, outcome.document.pdf);
            return sink.write(bytes.data(), bytes.size());
          }
          *failures += "rangée " + std::to_string(plan->candidates[index].row) + " : " +
                       (outcome.problem.errors.empty()
                            ? std::string("erreur interne")
                            : outcome.problem.errors.at(0).value("message", std::string())) +
                       "\n";
          return true;
        }
        std::string tail;
        if (!failures->empty()) tail = zip->entry("erreurs.txt", *failures);
        tail += zip->finish();
        sink.write(tail.data(), tail.size());
        sink.done();
        return true;
      });
}

// One print-ready PDF: laid out on the pool, painted in order into a temporary file, then sent
// from it in chunks (memory holds compressed pages, not the file). Any failure: nothing sent
// but the rows that failed.
void send_merged(Service& service, httplib::Response& res, std::shared_ptr<const BatchPlan> plan) {
  BatchProducer producer(service, plan, true);
  const std::unique_ptr<Assembly> assembly = service.renderer.assemble(*plan);
  Problem failed =
      invalid_request("Certaines personnes n’ont pas pu être traitées ; rien n’a été produit.");
  RenderOutcome outcome;
  std::size_t index = 0;
  while (producer.next(outcome, index)) {
    if (outcome.ok) {
      assembly->add(*outcome.laid);
      continue;
    }
    const std::string why = outcome.problem.errors.empty()
                                ? std::string("erreur interne")
                                : outcome.problem.errors.at(0).value("message", std::string());
    failed.field("/candidats_csv",
                 "rangée " + std::to_string(plan->candidates[index].row) + " : " + why);
  }
  if (!failed.errors.empty()) return send_problem(res, failed);
  char name[] = "/tmp/acquis-lot-XXXXXX";
  const int descriptor = mkstemp(name);
  if (descriptor >= 0) close(descriptor);
  const std::string path = name;
  if (descriptor < 0 || !assembly->finish_to_file(path).ok)
    return send_problem(
        res, {500, "erreur-interne", "Erreur interne", "Le fichier fusionné n’a pas pu être écrit.",
              nlohmann::ordered_json::array()});
  auto file = std::make_shared<std::ifstream>(path, std::ios::binary);
  res.set_header("Content-Disposition", "attachment; filename=\"" + plan->document + ".pdf\"");
  res.set_chunked_content_provider(
      "application/pdf",
      [file](std::size_t, httplib::DataSink& sink) {
        char buffer[65536];
        file->read(buffer, sizeof buffer);
        if (file->gcount() > 0 && !sink.write(buffer, static_cast<std::size_t>(file->gcount())))
          return false;
        if (!*file) sink.done();
        return true;
      },
      [path](bool) { std::remove(path.c_str()); });
}

void batch(Service& service, const httplib::Request& req, httplib::Response& res) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  auto plan = std::make_shared<BatchPlan>();
  Problem problem;
  if (!service.renderer.plan_batch(request, *plan, problem)) return send_problem(res, problem);
  if (plan->zip) return send_zip(service, res, plan);
  send_merged(service, res, plan);
}

// A document (a guide) made with a profile not yet saved; a new logo is not shown until saved.
void preview_profile(Service& service, const httplib::Request& req, httplib::Response& res) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  auto organization = std::make_shared<Organization>(service.renderer.organization());
  const std::string logo = organization->logo;
  LogoUpload upload;
  Problem problem;
  if (!request.is_object() || !profile_from_json(request.value("profil", nlohmann::json::object()),
                                                 *organization, upload, problem))
    return send_problem(res, problem);
  organization->logo = logo;
  if (!request.contains("document")) request["document"] = "guide-candidat";
  const Renderer& renderer = service.renderer;
  run_on_pool(
      service, res,
      [request = std::move(request), organization, &renderer](RenderedDocument& out,
                                                              Problem& failure) {
        return renderer.render(request, true, out, failure, organization.get());
      },
      true);
}

// Saving the profile changes every document: it needs the token, so a token must be set.
void save_profile_route(Service& service, const httplib::Request& req, httplib::Response& res) {
  if (service.config.token.empty())
    return send_problem(res, {403, "enregistrement-desactive", "Enregistrement désactivé",
                              "Définissez un jeton d’accès (ACQUIS_JETON) pour permettre "
                              "l’enregistrement du profil.",
                              nlohmann::ordered_json::array()});
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  Organization organization = service.renderer.organization();
  LogoUpload logo;
  Problem problem;
  if (!profile_from_json(request, organization, logo, problem)) return send_problem(res, problem);
  std::string error;
  if (!service.renderer.save_organization(organization, logo, error))
    return send_problem(res, {500, "enregistrement-impossible", "Enregistrement impossible", error,
                              nlohmann::ordered_json::array()});
  send_json(res, profile_json(organization));
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
  server.Post("/api/lot", [&service](const httplib::Request& req, httplib::Response& res) {
    batch(service, req, res);
  });
  server.Get("/api/organisation", [&service](const httplib::Request&, httplib::Response& res) {
    send_json(res, profile_json(service.renderer.organization()));
  });
  server.Put("/api/organisation", [&service](const httplib::Request& req, httplib::Response& res) {
    save_profile_route(service, req, res);
  });
  server.Post("/api/organisation/apercu",
              [&service](const httplib::Request& req, httplib::Response& res) {
                preview_profile(service, req, res);
              });
  server.Get("/api/langues", [](const httplib::Request&, httplib::Response& res) {
    send_json(res, nlohmann::ordered_json::array({"fr-CA", "en-CA"}));
  });
  server.Post("/api/rendu", [&service](const httplib::Request& req, httplib::Response& res) {
    render(service, req, res, true);
  });
  server.Post("/api/validation", [&service](const httplib::Request& req, httplib::Response& res) {
    render(service, req, res, false);
  });
}

void page_routes(httplib::Server& server, Service& service) {
  for (const auto& [url, asset] : service.assets)
    server.Get(url, [&asset = asset](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy",
                     "default-src 'self'; frame-src 'self' blob:; object-src 'self' blob:");
      res.set_content(asset.body, asset.content_type.c_str());
    });
}

// Answers without a body (unknown route, body too large…) become problem details too.
void error_bodies(httplib::Server& server) {
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 404) return send_problem(res, not_found("Aucune ressource à cette adresse."));
    if (res.status == 413)
      return send_problem(res, {413, "trop-volumineux", "Requête trop volumineuse",
                                "Le corps de la requête dépasse la limite configurée.",
                                nlohmann::ordered_json::array()});
    send_problem(
        res, {res.status, "erreur-http", "Erreur",
              "Réponse HTTP " + std::to_string(res.status) + ".", nlohmann::ordered_json::array()});
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send_problem(res, {500, "erreur-interne", "Erreur interne",
                           "Le service a rencontré une erreur ; elle a été consignée.",
                           nlohmann::ordered_json::array()});
      });
}

}  // namespace

void install_routes(httplib::Server& server, Service& service) {
  server.set_pre_routing_handler([&service](const httplib::Request& req, httplib::Response& res) {
    return authorize(service, req, res);
  });
  server.set_logger(log_access);
  api_routes(server, service);
  page_routes(server, service);
  error_bodies(server);
}

}  // namespace acquis::serve

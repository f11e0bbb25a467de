// acquis-serve (also `acquis serve`): the engine as an HTTP service. See routes.hpp for the API
// and docs/service.md for the configuration.
#include "config.hpp"
#include "heap.hpp"
#include "render_pool.hpp"
#include "renderer.hpp"
#include "routes.hpp"
#include "support.hpp"
#include "web_assets.hpp"

#include <httplib.h>
#ifdef ACQUIS_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {

using acquis::serve::ServeConfig;

const char* kHelp =
    "Usage : acquis serve [--config FICHIER] [--donnees DOSSIER] [--adresse IP] [--port N]\n"
    "\n"
    "Sert l’API de rendu et la page web de saisie. Écoute sur 127.0.0.1:8088 par défaut.\n"
    "Le jeton d’accès (facultatif) se donne dans la configuration ou ACQUIS_JETON.\n"
    "Arrêt propre sur SIGTERM ou Ctrl-C : les requêtes en cours se terminent.\n";

// Command-line options over the configuration file; false with a message.
bool read_options(int argc, char** argv, ServeConfig& config, std::string& error) {
  for (int i = 1; i < argc; ++i) {
    const std::string option = argv[i];
    if (option == "--aide" || option == "--help") {
      std::fputs(kHelp, stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) {
      error = "option inconnue ou sans valeur : " + option;
      return false;
    }
    const std::string value = argv[++i];
    if (option == "--config") {
      if (!acquis::serve::load_config(value, config, error)) return false;
    } else if (option == "--donnees") {
      config.data_directory = value;
    } else if (option == "--adresse") {
      config.address = value;
    } else if (option == "--port") {
      config.port = std::atoi(value.c_str());
    } else {
      error = "option inconnue : " + option;
      return false;
    }
  }
  if (const char* token = std::getenv("ACQUIS_JETON"); token && *token) config.token = token;
  // By default every core but one renders: the connections, the network and the client need
  // the last one, and a machine kept fully busy is paused by its hypervisor (docs/service.md).
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (config.renders == 0) config.renders = std::max(1u, cores - 1);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef ACQUIS_TCMALLOC
  // Freed memory stays with the process: given back, it would be faulted in again, page by page.
  MallocExtension::instance()->SetMemoryReleaseRate(0);
#else
  acquis::cli::use_large_heap_pages();  // and no heap trimming: no page faults per request
#endif
  ServeConfig config;
  std::string error;
  if (!read_options(argc, argv, config, error)) {
    std::fprintf(stderr, "acquis serve : %s\n", error.c_str());
    return 2;
  }
  // SIGTERM and SIGINT are taken by one thread that stops the server; every other thread,
  // created after this, leaves them to it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  const auto renderer = acquis::serve::Renderer::create(config);
  if (!renderer) return 1;
  acquis::cli::Arguments args;
  if (!config.web.empty()) args.options["web"] = config.web;
  acquis::serve::RenderPool pool(config.renders, config.queue);
  acquis::serve::Service service{
      config, *renderer, pool,
      acquis::serve::load_web_assets(acquis::cli::resource_directory(args, "web", "web"))};
  httplib::Server server;
  server.new_task_queue = [] { return new httplib::ThreadPool(64); };  // connections, not renders
  server.set_keep_alive_max_count(1000);  // a client keeps its connection (not 5 requests)
  server.set_tcp_nodelay(true);           // headers and body leave at once, not 40 ms apart (Nagle)
  server.set_payload_max_length(config.max_body_bytes);
  server.set_read_timeout(config.request_seconds, 0);
  server.set_write_timeout(config.request_seconds, 0);
  acquis::serve::install_routes(server, service);
  // Port 0: any free port, printed below (the tests use that).
  const int port = config.port == 0
                       ? server.bind_to_any_port(config.address)
                       : (server.bind_to_port(config.address, config.port) ? config.port : -1);
  if (port <= 0) {
    std::fprintf(stderr, "acquis serve : impossible d’écouter sur %s:%d (%s)\n",
                 config.address.c_str(), config.port, std::strerror(errno));
    return 1;
  }
  std::atomic<bool> asked_to_stop{false};
  std::thread stopper([&server, &asked_to_stop, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    asked_to_stop = true;
    server.stop();
  });
  std::fprintf(stderr, "acquis serve : à l’écoute sur http://%s:%d/ (%u rendu%s à la fois%s)\n",
               config.address.c_str(), port, config.renders, config.renders > 1 ? "s" : "",
               config.token.empty() ? "" : ", jeton requis");
  const bool ok = server.listen_after_bind();
  // listen_after_bind returns after stop(), once the requests in flight are answered.
  const bool stopped = asked_to_stop;
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  std::fprintf(stderr, "acquis serve : arrêté\n");
  // After SIGTERM, the accept loop may see its socket fail before it sees the stop: still a
  // clean end.
  return ok || stopped ? 0 : 1;
}

// acquis-serve (also `acquis serve`): the engine as an HTTP service. See routes.hpp for the API
// and docs/service.md for the configuration.
#include <acquis/app/worker_pool.hpp>

#include "common/heap.hpp"
#include "config.hpp"
#include "connections.hpp"
#include "private_folder.hpp"
#include "renderer.hpp"
#include "routes.hpp"
#include "web_assets.hpp"

#include <httplib.h>
#ifdef ACQUIS_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {

using acquis::serve::ServeConfig;

using acquis::Language;
using acquis::message;

// The language of the server's own lines: English with --anglais anywhere among the options.
Language messages_language(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--anglais") == 0 || std::strcmp(argv[i], "--english") == 0)
      return Language::English;
  return Language::French;
}

// Command-line options over the configuration file; false with a message id and arguments.
bool read_options(int argc, char** argv, ServeConfig& config, std::string& error,
                  acquis::MessageArgs& args) {
  for (int i = 1; i < argc; ++i) {
    const std::string option = argv[i];
    if (option == "--anglais" || option == "--english") continue;
    if (option == "--aide" || option == "--help") {
      std::fputs(message("service.help", messages_language(argc, argv)).c_str(), stdout);
      std::exit(0);
    }
    args = {{"option", option}};
    if (i + 1 >= argc) return error = "service.option-without-value", false;
    const std::string value = argv[++i];
    if (option == "--config") {
      if (!acquis::serve::load_config(value, config, error, args)) return false;
    } else if (option == "--donnees" || option == "--data") {
      config.run.data_directory = value;
    } else if (option == "--adresse" || option == "--address") {
      config.address = value;
    } else if (option == "--port") {
      char* end = nullptr;
      const long port = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || port < 0 || port > 65535)
        return args = {{"value", value}}, error = "service.bad-port", false;
      config.port = static_cast<int>(port);
    } else {
      return error = "service.unknown-option", false;
    }
  }
  if (const char* token = std::getenv("ACQUIS_JETON"); token && *token) config.token = token;
  // Beyond loopback, personal data without a token would be open to the network.
  const bool loopback =
      config.address == "127.0.0.1" || config.address == "::1" || config.address == "localhost";
  if (!loopback && !config.authenticates())
    return args = {{"address", config.address}}, error = "service.token-needed", false;
  if (config.renders == 0) config.renders = acquis::app::default_render_threads();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef ACQUIS_TCMALLOC
  // Freed memory stays with the process: given back, it would be faulted in again, page by page.
  MallocExtension::instance()->SetMemoryReleaseRate(0);
#else
  acquis::process::use_large_heap_pages();  // and no heap trimming: no page faults per request
#endif
  const Language language = messages_language(argc, argv);
  ServeConfig config;
  std::string error;
  acquis::MessageArgs error_args;
  if (!read_options(argc, argv, config, error, error_args)) {
    std::fprintf(stderr, "acquis serve : %s\n", message(error, language, error_args).c_str());
    return 2;
  }
  // SIGTERM and SIGINT are taken by one thread that stops the server; every other thread,
  // created after this, leaves them to it.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  acquis::serve::PrivateFolder temp;
  std::string temp_where;
  if (!temp.open(config.temp_directory, error, temp_where)) {
    std::fprintf(stderr, "acquis serve : %s\n",
                 message(error, language, {{"path", temp_where}}).c_str());
    return 1;
  }
  const auto renderer = acquis::serve::Renderer::create(config, language);
  if (!renderer) return 1;
  acquis::app::WorkerPool pool(config.renders, config.queue);
  acquis::serve::Service service{
      config, *renderer, pool,
      acquis::serve::load_web_assets(renderer->workspace().config().resources.web), temp};
  acquis::serve::Listener server;
  const std::size_t connections = config.connections;
  server.new_task_queue = [connections] {
    return new acquis::serve::ConnectionThreads(connections);
  };
  server.set_keep_alive_max_count(1000);  // a client keeps its connection (not 5 requests)
  server.set_keep_alive_timeout(5);
  server.set_tcp_nodelay(true);  // headers and body leave at once, not 40 ms apart (Nagle)
  server.set_payload_max_length(config.max_body_bytes);
  server.set_read_timeout(config.read_seconds, 0);
  server.set_write_timeout(config.request_seconds, 0);
  acquis::serve::install_routes(server, service);
  // Port 0: any free port, printed below (the tests use that).
  const int port = config.port == 0
                       ? server.bind_to_any_port(config.address)
                       : (server.bind_to_port(config.address, config.port) ? config.port : -1);
  if (port <= 0) {
    std::fprintf(stderr, "acquis serve : %s\n",
                 message("service.cannot-listen", language,
                         {{"address", config.address},
                          {"port", std::to_string(config.port)},
                          {"reason", std::string(std::strerror(errno))}})
                     .c_str());
    return 1;
  }
  server.deepen_backlog();
  std::atomic<bool> asked_to_stop{false}, finished{false};
  // The stop: nothing new is begun (503), answers under way may finish within the grace,
  // then the rest is cut — a streamed batch then ends without its last chunk, which a client
  // sees as incomplete. A connection still sending its request (a client trickling headers)
  // does not see the stop: after 5 s more, or at a second signal, the process ends anyway.
  std::thread stopper([&server, &service, &asked_to_stop, &finished, stop_signals, language] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    if (finished) return;
    asked_to_stop = true;
    service.stopping = true;
    const auto grace =
        std::chrono::steady_clock::now() + std::chrono::seconds(service.config.stop_seconds);
    while (service.in_flight > 0 && std::chrono::steady_clock::now() < grace)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    service.cut = true;
    server.stop();
    const timespec linger{5, 0};
    sigtimedwait(&stop_signals, nullptr, &linger);
    if (finished) return;
    std::fprintf(stderr, "acquis serve : %s\n",
                 message("service.stopped-forced", language).c_str());
    std::_Exit(0);
  });
  std::fprintf(
      stderr, "acquis serve : %s\n",
      message(!config.authenticates() ? "service.listening" : "service.listening-token", language,
              {{"address", config.address},
               {"port", std::to_string(port)},
               {"renders", static_cast<double>(config.renders)}})
          .c_str());
  const bool ok = server.listen_after_bind();
  // listen_after_bind returns after stop(), once the requests in flight are answered.
  const bool stopped = asked_to_stop;
  finished = true;
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  std::fprintf(stderr, "acquis serve : %s\n", message("service.stopped", language).c_str());
  // After SIGTERM, the accept loop may see its socket fail before it sees the stop: still a
  // clean end.
  return ok || stopped ? 0 : 1;
}

// bench-soak: a running acquis serve under a mix of requests for a long time (issue 15: memory
// that stays flat). Clients send, in turn, a certificate, a validation, a guide, the profile,
// a ZIP batch and a merged batch of the sample candidates, and an unknown route; every
// `--every` seconds the server's resident memory and the requests done are printed, then the
// memory at start, middle and end, and the rate of the first and last periods (a server that
// grows something per request slows down round after round).
// Usage: bench-soak --port N --pid PID [--seconds 600] [--clients 3] [--every 30]
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

long resident_megabytes(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
  return -1;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One request of the mix: a GET when `body` is empty, and the status it must get.
struct Call {
  const char* path;
  std::string body;
  int status;
};

std::vector<Call> mix() {
  const json person = {{"prenom", "Éloïse"},
                       {"nom", "Côté-Bérubé"},
                       {"code_permanent", "COTE12345678"},
                       {"numero", "2026-0001"},
                       {"date_attestation", "2026-11-22"}};
  const std::string csv = read_text("samples/candidats.csv");
  const std::string certificate =
      json{{"document", "attestation"}, {"programme", "5195"}, {"candidat", person}}.dump();
  return {
      {"/api/rendu", certificate, 200},
      {"/api/rendu", certificate, 200},
      {"/api/validation", certificate, 200},
      {"/api/rendu", json{{"document", "guide-candidat"}}.dump(), 200},
      {"/api/organisation", "", 200},
      {"/api/lot",
       json{{"document", "attestation"}, {"format", "zip"}, {"candidats_csv", csv}}.dump(), 200},
      {"/api/lot",
       json{{"document", "attestation"}, {"format", "pdf"}, {"candidats_csv", csv}}.dump(), 200},
      {"/api/inconnu", "", 404}};
}

// True when the answer was the one expected.
bool send_one(httplib::Client& client, const Call& call) {
  auto result = call.body.empty() ? client.Get(call.path)
                                  : client.Post(call.path, call.body, "application/json");
  return result && result->status == call.status;
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0, pid = 0, seconds = 600, clients = 3, every = 30;
  for (int i = 1; i + 1 < argc; i += 2) {
    const int value = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--port")) port = value;
    if (!std::strcmp(argv[i], "--pid")) pid = value;
    if (!std::strcmp(argv[i], "--seconds")) seconds = value;
    if (!std::strcmp(argv[i], "--clients")) clients = value;
    if (!std::strcmp(argv[i], "--every")) every = value;
  }
  if (port <= 0 || pid <= 0) {
    std::fprintf(stderr, "usage: bench-soak --port N --pid PID [--seconds S] [--clients C]\n");
    return 2;
  }
  const std::vector<Call> calls = mix();
  std::atomic<long> done{0}, failed{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(60, 0);
      for (unsigned n = static_cast<unsigned>(c); !stop; ++n)
        (send_one(client, calls[n % calls.size()]) ? done : failed)++;
    });
  const long at_start = resident_megabytes(pid);
  std::printf(
      "acquis serve soak: %d clients, %d s, a mix of 8 requests (2 certificates, a "
      "validation, a guide, the profile, a ZIP and a merged batch of 25, a 404)\n",
      clients, seconds);
  std::printf("  %6s %10s %12s %8s\n", "s", "requests", "requests/s", "RSS MB");
  std::printf("  %6d %10d %12s %8ld\n", 0, 0, "", at_start);
  const auto start = Clock::now();
  long previous = 0, middle = -1, first_rate = -1, last_rate = 0;
  for (int t = every; t <= seconds; t += every) {
    std::this_thread::sleep_until(start + std::chrono::seconds(t));
    const long now = done.load(), rate = (now - previous) / every;
    const long rss = resident_megabytes(pid);
    if (first_rate < 0) first_rate = rate;
    last_rate = rate;
    if (middle < 0 && t >= seconds / 2) middle = rss;
    std::printf("  %6d %10ld %12ld %8ld\n", t, now, rate, rss);
    std::fflush(stdout);
    previous = now;
  }
  stop = true;
  for (std::thread& t : threads) t.join();
  const long at_end = resident_megabytes(pid);
  std::printf(
      "  memory (RSS): start %ld MB, middle %ld MB, end %ld MB; rate: first period %ld "
      "requests/s, last %ld; %ld requests, %ld unexpected answers\n",
      at_start, middle, at_end, first_rate, last_rate, done.load(), failed.load());
  return failed == 0 ? 0 : 1;
}

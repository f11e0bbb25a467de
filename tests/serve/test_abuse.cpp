// The service under abuse and faults (issue 15), through a real acquis-serve process and bare
// sockets: bodies that never end, clients that never finish, a stop during a batch, a kill
// during a merge, requests from another site, forged log lines, and what every answer carries.
#include "raw_client.hpp"
#include "server_process.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

using acquis::test::connect_loopback;
using acquis::test::read_to_end;
using acquis::test::send_all;
using acquis::test::ServerProcess;
using acquis::test::status_of;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kSamples = {"--donnees", "samples"};
using Clock = std::chrono::steady_clock;

std::string config_file(const std::string& name, const json& config) {
  const std::string path = acquis::test::output_dir() + "/" + name + ".json";
  std::ofstream(path) << config.dump();
  return path;
}

// `count` people of program 5195, each with a code permanent of their own.
std::string many_candidates(int count) {
  std::string csv = "prenom;nom;code_permanent;programme;numero;date_attestation\n";
  for (int i = 0; i < count; ++i) {
    char code[32];
    std::snprintf(code, sizeof code, "COTE1234%04d", i);
    csv +=
        "Éloïse;Côté-Bérubé;" + std::string(code) + ";5195;" + std::to_string(i) + ";2026-11-22\n";
  }
  return csv;
}

std::string raw_post(const std::string& path, const std::string& body,
                     const std::string& extra_headers = {}) {
  return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra_headers +
         "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

std::string batch_body(int count, const std::string& format) {
  return json{
      {"document", "attestation"}, {"format", format}, {"candidats_csv", many_candidates(count)}}
      .dump();
}

std::string attestation_like_body() {
  return json{{"document", "attestation"},
              {"programme", "5195"},
              {"candidat",
               {{"prenom", "Éloïse"},
                {"nom", "Côté-Bérubé"},
                {"code_permanent", "COTE12345678"},
                {"numero", "2026-0001"},
                {"date_attestation", "2026-11-22"}}}}
      .dump();
}

int mode_of(const std::string& path) {
  struct stat status {};
  return lstat(path.c_str(), &status) == 0 ? static_cast<int>(status.st_mode & 0777) : -1;
}

std::vector<std::string> entries(const std::string& folder) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error))
    names.push_back(entry.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("serve abuse: a chunked body over the limit gets 413, and memory stays small") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  // Growth, and size but in a sanitizer build (which starts at 110 MB).
  const long before = acquis::test::resident_kilobytes(server.pid());
  const int socket = connect_loopback(server.port());
  REQUIRE(socket >= 0);
  REQUIRE(send_all(socket,
                   "POST /api/rendu HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                   "application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
  const std::string chunk = "100000\r\n" + std::string(1 << 20, ' ') + "\r\n";  // 1 MB
  int sent = 0;
  while (sent < 200 && !acquis::test::readable(socket, 0) && send_all(socket, chunk)) ++sent;
  const std::string answer = read_to_end(socket, 10);
  close(socket);
  CHECK(status_of(answer) == 413);
  CHECK(sent < 200);  // refused while it was being sent, not after
  const long after = acquis::test::resident_kilobytes(server.pid());
  INFO("grown by " << after - before << " kB");
  CHECK(after - before < 48 * 1024);  // the whole body would be 200 MB
#ifndef __SANITIZE_ADDRESS__
  CHECK(after < 100 * 1024);
#endif
  auto health = server.client()->Get("/api/sante");
  REQUIRE(health);
  CHECK(health->status == 200);
}

TEST_CASE("serve abuse: 500 slow or silent connections do not keep the health check waiting") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  std::vector<int> sockets;
  for (int i = 0; i < 500; ++i) {
    const int socket = connect_loopback(server.port());
    REQUIRE(socket >= 0);
    // Half send the start of their headers and stop; the others say nothing at all.
    if (i % 2 == 0) REQUIRE(send_all(socket, "POST /api/rendu HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    sockets.push_back(socket);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto client = server.client();
  client->set_connection_timeout(2, 0);
  client->set_read_timeout(2, 0);
  const auto start = Clock::now();
  auto health = client->Get("/api/sante");
  const auto waited = Clock::now() - start;
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(waited < std::chrono::seconds(1));
  for (const int socket : sockets) close(socket);
}

TEST_CASE("serve abuse: a batch under way at SIGTERM finishes within the grace, past it is cut") {
  SECTION("within the grace: the whole ZIP, its last chunk, a clean exit") {
    ServerProcess server(kSamples);
    REQUIRE(server.started());
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, raw_post("/api/lot", batch_body(40, "zip"))));
    REQUIRE(acquis::test::readable(socket, 10000));  // the answer has begun
    int status = -1;
    std::thread stopper([&] { status = server.stop(); });
    const std::string answer = read_to_end(socket);
    close(socket);
    stopper.join();
    CHECK(status == 0);
    CHECK(status_of(answer) == 200);
    CHECK(answer.size() > 40 * 10000);
    CHECK(answer.compare(answer.size() - 5, 5, "0\r\n\r\n") == 0);
    CHECK(answer.find(std::string("PK\x05\x06", 4)) != std::string::npos);  // the ZIP's end
  }
  SECTION("past the grace: no last chunk and no ZIP end, which a client sees as incomplete") {
    ServerProcess server({"--donnees", "samples", "--config",
                          config_file("arret-0", {{"limites", {{"arret_s", 0}}}})});
    REQUIRE(server.started());
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, raw_post("/api/lot", batch_body(3000, "zip"))));
    REQUIRE(acquis::test::readable(socket, 10000));
    CHECK(server.stop() == 0);
    const std::string answer = read_to_end(socket);
    close(socket);
    CHECK(status_of(answer) == 200);
    CHECK(answer.compare(answer.size() - 5, 5, "0\r\n\r\n") != 0);
    CHECK(answer.find(std::string("PK\x05\x06", 4)) == std::string::npos);
  }
}

TEST_CASE(
    "serve abuse: merged batches are written in a private folder, left nowhere after a kill") {
  const std::string tmp = acquis::test::output_dir() + "/tmp-serve";
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  const std::string ours = tmp + "/acquis-serve-" + std::to_string(geteuid());
  {
    ServerProcess server(kSamples, {"TMPDIR=" + tmp});
    REQUIRE(server.started());
    const std::string folder = ours + "/" + std::to_string(server.pid());
    CHECK(mode_of(ours) == 0700);
    CHECK(mode_of(folder) == 0700);
    // A merged batch sent whole leaves nothing behind.
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, raw_post("/api/lot", batch_body(30, "pdf"))));
    const std::string answer = read_to_end(socket);
    close(socket);
    CHECK(status_of(answer) == 200);
    CHECK(answer.find("%PDF-") != std::string::npos);
    CHECK(entries(folder).empty());
    // Killed while it makes a large one: its file is there, 0600, in the private folder only.
    const int big = connect_loopback(server.port());
    REQUIRE(send_all(big, raw_post("/api/lot", batch_body(4000, "pdf"))));
    const auto give_up = Clock::now() + std::chrono::seconds(60);
    while (entries(folder).empty() && Clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::microseconds(500));
    REQUIRE_FALSE(entries(folder).empty());
    for (const std::string& name : entries(folder)) CHECK(mode_of(folder + "/" + name) == 0600);
    server.kill_now();
    close(big);
    CHECK_FALSE(entries(folder).empty());
    for (const std::string& name : entries(tmp)) CHECK(name == fs::path(ours).filename());
  }
  // The next start removes what the killed process left.
  ServerProcess again(kSamples, {"TMPDIR=" + tmp});
  REQUIRE(again.started());
  CHECK(entries(ours) == std::vector<std::string>{std::to_string(again.pid())});
  CHECK(entries(ours + "/" + std::to_string(again.pid())).empty());
}

TEST_CASE("serve abuse: another site's Host, Origin or text/plain body is refused") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const std::string body = json{{"document", "registre"}}.dump();
  const auto ask = [&](const std::string& request) {
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, request));
    const std::string answer = read_to_end(socket);
    close(socket);
    return answer;
  };
  // DNS rebinding: the attacker's name, pointed at 127.0.0.1.
  const std::string rebound =
      "POST /api/rendu HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n"
      "Content-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  const std::string refused = ask(rebound);
  CHECK(status_of(refused) == 421);
  CHECK(refused.find("%PDF") == std::string::npos);
  CHECK(status_of(ask("GET /api/organisation HTTP/1.1\r\nHost: attacker.example:8088\r\n"
                      "Connection: close\r\n\r\n")) == 421);
  // A foreign page's fetch: its Origin, or a body type that needs no preflight.
  CHECK(status_of(ask(raw_post("/api/rendu", body, "Origin: http://attacker.example\r\n"))) == 403);
  CHECK(status_of(ask(raw_post("/api/rendu", body, "Sec-Fetch-Site: cross-site\r\n"))) == 403);
  std::string plain = raw_post("/api/rendu", body);
  plain.replace(plain.find("application/json"), 16, "text/plain");
  CHECK(status_of(ask(plain)) == 415);
  // A page of this host on another port, or by another scheme, is someone else.
  CHECK(status_of(ask(raw_post("/api/rendu", body, "Origin: http://127.0.0.1:3000\r\n"))) == 403);
  CHECK(status_of(ask(raw_post("/api/rendu", body, "Origin: null\r\n"))) == 403);
  CHECK(status_of(ask(raw_post("/api/rendu", body, "Sec-Fetch-Site: Cross-Site\r\n"))) == 403);
  // Our own page (its origin is the authority the request was sent to), and a client without
  // an Origin (curl), are served.
  const std::string own = "Origin: http://127.0.0.1\r\n";
  CHECK(status_of(ask(raw_post("/api/validation", attestation_like_body(), own))) == 200);
  CHECK(status_of(ask(raw_post("/api/validation", attestation_like_body()))) == 200);
}

TEST_CASE("serve abuse: the names a service answers to are configurable") {
  ServerProcess server({"--donnees", "samples", "--config",
                        config_file("noms", {{"noms", json::array({"rac.example"})}})});
  REQUIRE(server.started());
  const auto status = [&](const std::string& host) {
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket,
                     "GET /api/sante HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"));
    const std::string answer = read_to_end(socket);
    close(socket);
    return status_of(answer);
  };
  CHECK(status("rac.example") == 200);
  CHECK(status("RAC.example.:8088") == 200);
  CHECK(status("localhost") == 421);
}

TEST_CASE("serve abuse: a request cannot write a line of its own in the log") {
  ServerProcess server(kSamples, {"ACQUIS_JETON=jeton-du-journal"});
  REQUIRE(server.started());
  for (const char* path :
       {"/api/x%0a2026-12-04T15:00:00%20PUT%20/api/organisation%20200",
        "/x%0d%0a2026-12-04T15:00:00%20GET%20/%20200", "/api//personnes/COTE12345678",
        "/API/personnes/cote12345678", "/api/personne/COTE12345678/x"}) {
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, std::string("GET ") + path +
                                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    read_to_end(socket);
    close(socket);
  }
  const std::string log = server.log();
  CHECK(log.find("\n2026-12-04T15:00:00") == std::string::npos);
  CHECK(log.find("/api/x\\x0A2026-12-04T15:00:00\\x20PUT\\x20/api/organisation\\x20200 401") !=
        std::string::npos);
  CHECK(log.find("/x\\x0D\\x0A2026-12-04T15:00:00") != std::string::npos);
  // A code permanent in a path, however the route is spelt, is not written.
  CHECK(log.find("12345678") == std::string::npos);
  CHECK(log.find("/api/personne/*/x") != std::string::npos);
}

TEST_CASE("serve abuse: every answer says how to treat it, and personal data is never cached") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto client = server.client();
  auto page = client->Get("/");
  REQUIRE(page);
  CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(page->get_header_value("Content-Security-Policy").find("frame-ancestors 'self'") !=
        std::string::npos);
  auto pdf = client->Post("/api/rendu", attestation_like_body(), "application/json");
  REQUIRE(pdf);
  CHECK(pdf->status == 200);
  CHECK(pdf->get_header_value("Cache-Control") == "no-store");
  CHECK(pdf->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(pdf->get_header_value("Referrer-Policy") == "no-referrer");
  auto missing = client->Get("/api/inconnu");
  REQUIRE(missing);
  CHECK(missing->get_header_value("Cache-Control") == "no-store");
}

TEST_CASE("serve: a person erased through the service is gone from the files and the answers") {
  const std::string data = acquis::test::copy_of_samples("serve-effacer");
  const httplib::Headers token = {{"Authorization", "Bearer jeton-effacement"}};
  {
    ServerProcess open_server({"--donnees", data});
    REQUIRE(open_server.started());
    auto refused = open_server.client()->Delete("/api/personnes/COTE12345678");
    REQUIRE(refused);
    CHECK(refused->status == 403);  // no token configured: no erasure
  }
  ServerProcess server({"--donnees", data}, {"ACQUIS_JETON=jeton-effacement"});
  REQUIRE(server.started());
  auto client = server.client();
  const json by_code = {{"document", "attestation"}, {"code_permanent", "COTE12345678"}};
  REQUIRE(client->Post("/api/rendu", token, by_code.dump(), "application/json")->status == 200);
  CHECK(client->Delete("/api/personnes/COTE12345678")->status == 401);
  httplib::Headers foreign = token;
  foreign.emplace("Origin", "http://attacker.example");
  CHECK(client->Delete("/api/personnes/COTE12345678", foreign)->status == 403);
  auto erased = client->Delete("/api/personnes/COTE12345678", token);
  REQUIRE(erased);
  REQUIRE(erased->status == 200);
  CHECK(json::parse(erased->body).at("efface") == json{{"entrees", 2}, {"dossiers", 1}});
  CHECK(acquis::test::read_file(data + "/candidats.csv").find("COTE12345678") == std::string::npos);
  CHECK_FALSE(fs::exists(data + "/dossiers/COTE12345678.xml"));
  CHECK(client->Post("/api/rendu", token, by_code.dump(), "application/json")->status == 422);
  CHECK(client->Delete("/api/personnes/COTE12345678", token)->status == 404);
  const std::string journal = acquis::test::read_file(data + "/journal.log");
  CHECK(journal.find("par jeton-partage (127.0.0.1)") != std::string::npos);
  // The certificate made for her is in the journal, without her code once she is erased.
  CHECK(journal.find("\tjeton-partage\tdocument-produit\t*\tattestation\n") != std::string::npos);
  CHECK(journal.find("COTE") == std::string::npos);
  CHECK(server.log().find("COTE12345678") == std::string::npos);
}

TEST_CASE("serve abuse: a refused request's body is never read as a request of its own") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const std::string smuggled = "GET /api/sante HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  for (const std::size_t padding : {0, 3000, 4000, 4096, 8192}) {
    const std::string body = std::string(padding, 'a') + smuggled;
    std::string request = raw_post("/api/rendu", body);
    request.replace(request.find("Connection: close\r\n"), 19, "");  // keep-alive, as browsers
    request.replace(request.find("application/json"), 16, "text/plain");
    const int socket = connect_loopback(server.port());
    REQUIRE(send_all(socket, request));
    const std::string answer = read_to_end(socket, 5);
    close(socket);
    INFO("padding " << padding);
    CHECK(status_of(answer) == 415);
    CHECK(answer.find("HTTP/1.1", 5) == std::string::npos);  // one answer, then the end
  }
  // A length over the limit is refused at once, before the body is sent.
  const int socket = connect_loopback(server.port());
  REQUIRE(send_all(socket,
                   "POST /api/rendu HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                   "application/json\r\nContent-Length: 10000000000\r\n\r\n{"));
  CHECK(status_of(read_to_end(socket, 3)) == 413);
  close(socket);
}

TEST_CASE("serve abuse: a client trickling its headers does not keep the service from stopping") {
  ServerProcess server({"--donnees", "samples", "--config",
                        config_file("arret-lent", {{"limites", {{"arret_s", 0}}}})});
  REQUIRE(server.started());
  const int socket = connect_loopback(server.port());
  REQUIRE(send_all(socket, "GET /api/sante HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    for (int i = 0; i < 40 && !done; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      if (!send_all(socket, "X-Lent: " + std::to_string(i) + "\r\n")) break;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto start = Clock::now();
  const int status = server.stop();
  const auto waited = Clock::now() - start;
  done = true;
  trickle.join();
  close(socket);
  CHECK(status == 0);
  CHECK(waited < std::chrono::seconds(10));
  CHECK(server.log().find("sans attendre") != std::string::npos);
}

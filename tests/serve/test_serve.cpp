// The HTTP service, through a real acquis-serve process on a loopback port: every endpoint,
// what a user gets wrong, what an attacker tries, and several clients at once.
#include "pdf_checks.hpp"
#include "server_process.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

using acquis::test::ServerProcess;
using nlohmann::json;

namespace {

const std::vector<std::string> kSamples = {"--donnees", "samples"};

json attestation_request() {
  return {{"document", "attestation"},
          {"programme", "5195"},
          {"candidat",
           {{"prenom", "Éloïse"},
            {"nom", "Côté-Bérubé"},
            {"code_permanent", "COTE12345678"},
            {"numero", "2026-0001"},
            {"date_attestation", "2026-11-22"}}}};
}

std::string save(const std::string& body, const std::string& name) {
  const std::string path = acquis::test::output_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << body;
  return path;
}

// The first page's text of a PDF answer, saved as `name` and checked by qpdf and poppler.
std::string valid_pdf_text(const std::string& body, const std::string& name) {
  const std::string pdf = save(body, name);
  acquis::test::check_valid(pdf);
  return acquis::test::normalize_text(acquis::test::page_text(pdf, 1));
}

json problem_of(const httplib::Result& result) {
  REQUIRE(result);
  CHECK(result->get_header_value("Content-Type") == "application/problem+json");
  const json problem = json::parse(result->body);
  CHECK(problem.at("status") == result->status);
  CHECK(problem.at("type").get<std::string>().rfind("/problemes/", 0) == 0);
  CHECK_FALSE(problem.at("detail").get<std::string>().empty());
  return problem;
}

bool has_pointer(const json& problem, const std::string& pointer) {
  for (const json& error : problem.value("erreurs", json::array()))
    if (error.value("pointeur", "") == pointer) return true;
  return false;
}

httplib::Result post(const ServerProcess& server, const std::string& path,
                     const std::string& body) {
  return server.client()->Post(path.c_str(), body, "application/json");
}

}  // namespace

TEST_CASE("serve: health, readiness and the lists") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const auto client = server.client();
  auto health = client->Get("/api/sante");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(json::parse(health->body).at("statut") == "ok");
  auto ready = client->Get("/api/pret");
  REQUIRE(ready);
  CHECK(ready->status == 200);
  const json documents = json::parse(client->Get("/api/documents")->body);
  std::vector<std::string> names;
  for (const json& d : documents) names.push_back(d.at("nom"));
  CHECK(std::find(names.begin(), names.end(), "attestation") != names.end());
  CHECK(std::find(names.begin(), names.end(), "cahier-autoevaluation") != names.end());
  CHECK(std::find(names.begin(), names.end(), "en-tete") == names.end());  // a partial
  const json programs = json::parse(client->Get("/api/programmes")->body);
  bool welding = false;
  for (const json& p : programs) welding = welding || (p.at("code") == "5195");
  CHECK(welding);
  CHECK(json::parse(client->Get("/api/langues")->body) == json::array({"fr-CA", "en-CA"}));
}

TEST_CASE("serve: a certificate for a candidate given in the request") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto result = post(server, "/api/rendu", attestation_request().dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(result->get_header_value("Content-Type") == "application/pdf");
  CHECK(result->get_header_value("Content-Disposition")
            .find("attestation_cote-berube-eloise_COTE12345678.pdf") != std::string::npos);
  const std::string text = valid_pdf_text(result->body, "serve-attestation.pdf");
  CHECK(text.find("Éloïse Côté-Bérubé") != std::string::npos);
  CHECK(text.find("COTE12345678") != std::string::npos);
  CHECK(text.find("Soudage-montage") != std::string::npos);
}

TEST_CASE("serve: a document in English for a candidate of the data folder") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const json request = {
      {"document", "bilan-entrevue"}, {"langue", "en-CA"}, {"code_permanent", "LAVS09579608"}};
  auto result = post(server, "/api/rendu", request.dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  const std::string text = valid_pdf_text(result->body, "serve-bilan-en.pdf");
  CHECK(text.find("LAVS09579608") != std::string::npos);
  CHECK(text.find("Validation Interview Summary") != std::string::npos);
  CHECK(text.find("Medical Office Administration") != std::string::npos);
}

TEST_CASE("serve: a specimen is made at any step, and specimen must be yes or no") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  json request = {{"document", "attestation"}, {"code_permanent", "MORS19109707"}};
  CHECK(problem_of(post(server, "/api/rendu", request.dump())).at("status") == 422);
  request["specimen"] = true;
  auto result = post(server, "/api/rendu", request.dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(valid_pdf_text(result->body, "serve-specimen.pdf").find("Samuel Morin") !=
        std::string::npos);
  request["specimen"] = "peut-être";
  const json problem = problem_of(post(server, "/api/rendu", request.dump()));
  CHECK(problem.at("status") == 422);
  CHECK(has_pointer(problem, "/specimen"));
}

TEST_CASE("serve: validation answers without a PDF") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto ok = post(server, "/api/validation", attestation_request().dump());
  REQUIRE(ok);
  CHECK(ok->status == 200);
  CHECK(json::parse(ok->body).at("valide") == true);
  json wrong = attestation_request();
  wrong["candidat"]["code_permanent"] = "COTE1234";
  const json problem = problem_of(post(server, "/api/validation", wrong.dump()));
  CHECK(problem.at("status") == 422);
  CHECK(has_pointer(problem, "/candidat/code_permanent"));
}

TEST_CASE("serve: broken JSON is a 400 with its line and column") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const json problem =
      problem_of(post(server, "/api/rendu", "{\n  \"document\": \"attestation\",\n}"));
  CHECK(problem.at("status") == 400);
  CHECK(problem.at("detail").get<std::string>().find("ligne 3") != std::string::npos);
}

TEST_CASE("serve: each wrong field is named, an unknown program too") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const json request = {{"document", "attestation"},
                        {"programme", "9999"},
                        {"langue", "de-DE"},
                        {"candidat", {{"prenom", "A"}, {"code_permanent", 12}, {"age", "3"}}}};
  const json problem = problem_of(post(server, "/api/rendu", request.dump()));
  CHECK(problem.at("status") == 422);
  CHECK(has_pointer(problem, "/programme"));
  CHECK(has_pointer(problem, "/langue"));
  CHECK(has_pointer(problem, "/candidat/nom"));
  CHECK(has_pointer(problem, "/candidat/code_permanent"));
  CHECK(has_pointer(problem, "/candidat/age"));
  CHECK_FALSE(has_pointer(problem, "/candidat/prenom"));
}

TEST_CASE("serve: a document that needs an assessment record says so") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  json request = attestation_request();
  request["document"] = "bilan-entrevue";
  const json problem = problem_of(post(server, "/api/rendu", request.dump()));
  CHECK(problem.at("status") == 422);
  CHECK(problem.at("erreurs").at(0).at("code") == "missing-data");
  CHECK(problem.at("erreurs").at(0).at("message").get<std::string>().find("dossier") !=
        std::string::npos);
}

TEST_CASE("serve: an oversized body is refused with 413") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const std::string body = "{\"document\": \"" + std::string(2 << 20, 'a') + "\"}";
  const json problem = problem_of(post(server, "/api/rendu", body));
  CHECK(problem.at("status") == 413);
}

TEST_CASE("serve: no request reaches a file outside the service") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const auto client = server.client();
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/../README.md",
                           "/app.js/../../fonts/fonts.xml", "/templates/attestation.xml"}) {
    auto result = client->Get(path);
    REQUIRE(result);
    CHECK(result->status == 404);
    CHECK(result->body.find("root:") == std::string::npos);
  }
  for (const char* document : {"../templates/attestation", "partiels/en-tete", "/etc/passwd",
                               "attestation.xml", "attestation/../attestation"}) {
    json request = attestation_request();
    request["document"] = document;
    const json problem = problem_of(post(server, "/api/rendu", request.dump()));
    CHECK(problem.at("status") == 422);
    CHECK(has_pointer(problem, "/document"));
  }
  json request = attestation_request();
  request["programme"] = "../programmes/5195";
  CHECK(problem_of(post(server, "/api/rendu", request.dump())).at("status") == 422);
}

TEST_CASE("serve: the page is served, in French first") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto page = server.client()->Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type").find("text/html") == 0);
  CHECK(page->body.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(page->body.find("<label for=\"candidat-code_permanent\"") != std::string::npos);
  auto script = server.client()->Get("/app.js");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(script->body.find("/api/rendu") != std::string::npos);
}

TEST_CASE("serve: clients at once all get their own document") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  // Certified people (a sanction and no dossier that contradicts it).
  const std::vector<std::pair<std::string, std::string>> people = {{"Éloïse", "COTE12345678"},
                                                                   {"Maxime", "TREM03088801"},
                                                                   {"Zoé", "LEVZ12529901"},
                                                                   {"Noé", "ABCD12345678"}};
  std::atomic<int> good{0}, total{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c)
    clients.emplace_back([&, c] {
      const auto& [name, code] = people[static_cast<std::size_t>(c) % people.size()];
      for (int i = 0; i < 5; ++i) {
        json request = attestation_request();
        request["candidat"]["prenom"] = name;
        request["candidat"]["code_permanent"] = code;
        auto result = post(server, "/api/rendu", request.dump());
        ++total;
        if (result && result->status == 200 && result->body.rfind("%PDF-", 0) == 0 &&
            result->body.find("%%EOF") != std::string::npos)
          ++good;
      }
    });
  for (std::thread& t : clients) t.join();
  CHECK(total == 40);
  CHECK(good == 40);
}

TEST_CASE("serve: past its limits the service answers 503, never fails") {
  const std::string config = acquis::test::output_dir() + "/serve-narrow.json";
  std::ofstream(config)
      << R"({"donnees": "samples", "limites": {"rendus_simultanes": 1, "file_attente": 0}})";
  ServerProcess server({"--config", config});
  REQUIRE(server.started());
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 6; ++c)
    clients.emplace_back([&] {
      for (int i = 0; i < 4; ++i) {
        json request = attestation_request();
        request["document"] = "guide-candidat";
        auto result = post(server, "/api/rendu", request.dump());
        if (result && result->status == 200)
          ++ok;
        else if (result && result->status == 503 && result->has_header("Retry-After"))
          ++busy;
        else
          ++other;
      }
    });
  for (std::thread& t : clients) t.join();
  CHECK(ok > 0);
  CHECK(busy > 0);
  CHECK(other == 0);
}

TEST_CASE("serve: with a token, the API wants it and the health check does not") {
  ServerProcess server(kSamples, {"ACQUIS_JETON=s3cret-jeton"});
  REQUIRE(server.started());
  const auto client = server.client();
  CHECK(client->Get("/api/sante")->status == 200);
  auto refused = client->Get("/api/documents");
  CHECK(problem_of(refused).at("status") == 401);
  CHECK(refused->get_header_value("WWW-Authenticate") == "Bearer");
  httplib::Headers wrong = {{"Authorization", "Bearer s3cret-jetoN"}};
  CHECK(client->Get("/api/documents", wrong)->status == 401);
  httplib::Headers right = {{"Authorization", "Bearer s3cret-jeton"}};
  CHECK(client->Get("/api/documents", right)->status == 200);
  auto pdf = client->Post("/api/rendu", right, attestation_request().dump(), "application/json");
  REQUIRE(pdf);
  CHECK(pdf->status == 200);
}

// A request whose body is still arriving when SIGTERM comes: the server stops listening but
// reads the rest, renders and answers before it exits.
TEST_CASE("serve: SIGTERM lets the request in flight finish, and the log holds no personal data") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  json request = attestation_request();
  request["document"] = "guide-candidat";
  const std::string body = request.dump();
  const std::string head =
      "POST /api/rendu HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
      "Content-Type: application/json\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n";
  const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(server.port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(socket, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  const std::string first = head + body.substr(0, 10);
  REQUIRE(send(socket, first.data(), first.size(), 0) == static_cast<ssize_t>(first.size()));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the server is reading it
  int status = -1;
  std::thread stopper([&] { status = server.stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const std::string rest = body.substr(10);
  REQUIRE(send(socket, rest.data(), rest.size(), 0) == static_cast<ssize_t>(rest.size()));
  std::string answer;
  char buffer[65536];
  for (ssize_t got; (got = recv(socket, buffer, sizeof buffer, 0)) > 0;)
    answer.append(buffer, static_cast<std::size_t>(got));
  close(socket);
  stopper.join();
  CHECK(status == 0);
  CHECK(answer.rfind("HTTP/1.1 200", 0) == 0);
  CHECK(answer.find("%PDF-") != std::string::npos);
  const std::string log = server.log();
  CHECK(log.find("POST /api/rendu 200") != std::string::npos);
  CHECK(log.find("arrêté") != std::string::npos);
  CHECK(log.find("Éloïse") == std::string::npos);
  CHECK(log.find("COTE12345678") == std::string::npos);
}

namespace {

json batch_request(const std::string& format) {
  return {{"document", "attestation"},
          {"format", format},
          {"candidats_csv", acquis::test::read_file("samples/candidats.csv")}};
}

}  // namespace

TEST_CASE("serve: a batch comes back as a ZIP of one PDF per person") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto result = post(server, "/api/lot", batch_request("zip").dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(result->get_header_value("Content-Type") == "application/zip");
  const std::string zip = save(result->body, "serve-lot.zip");
  CHECK(acquis::test::run("unzip -tq " + zip).exit_code == 0);
  const auto listing = acquis::test::run("unzip -Z1 " + zip);
  // The three certified people, and the others listed by row as not concerned.
  CHECK(std::count(listing.out.begin(), listing.out.end(), '\n') == 4);
  CHECK(listing.out.find("attestation_cote-berube-eloise_COTE12345678.pdf") != std::string::npos);
  CHECK(listing.out.find("non-concernees.txt") != std::string::npos);
  CHECK(listing.out.find("lavoie") == std::string::npos);
  const std::string folder = acquis::test::output_dir() + "/serve-lot";
  REQUIRE(
      acquis::test::run("rm -rf " + folder + " && unzip -q " + zip + " -d " + folder).exit_code ==
      0);
  const std::string one = folder + "/attestation_cote-berube-eloise_COTE12345678.pdf";
  acquis::test::check_valid(one);
  CHECK(acquis::test::normalize_text(acquis::test::page_text(one, 1)).find("Éloïse Côté-Bérubé") !=
        std::string::npos);
}

TEST_CASE("serve: a batch merged into one print-ready PDF") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto result = post(server, "/api/lot", batch_request("pdf").dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(result->get_header_value("Content-Type") == "application/pdf");
  CHECK(valid_pdf_text(result->body, "serve-lot.pdf").find("Éloïse Côté-Bérubé") !=
        std::string::npos);
  CHECK(acquis::test::page_count(acquis::test::output_dir() + "/serve-lot.pdf") == 3);
  CHECK(result->get_header_value("Acquis-Non-Concernees") == "22");
}

TEST_CASE("serve: a batch with a bad row names its line and produces nothing") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  json request = batch_request("zip");
  std::string csv = request["candidats_csv"];
  csv.replace(csv.find("COTE12345678"), 12, "COTE1234");
  request["candidats_csv"] = csv;
  const json problem = problem_of(post(server, "/api/lot", request.dump()));
  CHECK(problem.at("status") == 422);
  CHECK(problem.at("erreurs").at(0).at("fichier") == "candidats.csv");
  CHECK(problem.at("erreurs").at(0).at("ligne") == 2);
  request["format"] = "docx";
  CHECK(problem_of(post(server, "/api/lot", request.dump())).at("status") == 422);
}

TEST_CASE("serve: a request may come as XML, and broken XML is a 400 with its position") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  const std::string xml =
      "<demande document=\"attestation\" programme=\"5195\">\n"
      "  <candidat prenom=\"Éloïse\" nom=\"Côté-Bérubé\" code_permanent=\"COTE12345678\"\n"
      "            numero=\"2026-0001\" date_attestation=\"2026-11-22\"/>\n"
      "</demande>\n";
  auto result = server.client()->Post("/api/rendu", xml, "application/xml");
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(valid_pdf_text(result->body, "serve-xml.pdf").find("Éloïse Côté-Bérubé") !=
        std::string::npos);
  auto broken = server.client()->Post(
      "/api/rendu", "<demande document=\"attestation\">\n  <candidat>\n", "text/xml");
  const json problem = problem_of(broken);
  CHECK(problem.at("status") == 400);
  CHECK(problem.at("type") == "/problemes/xml-invalide");
  CHECK(problem.at("detail").get<std::string>().find("ligne") != std::string::npos);
}

TEST_CASE("serve: the register lists the certified persons of the data folder") {
  ServerProcess server(kSamples);
  REQUIRE(server.started());
  auto result = post(server, "/api/rendu", json{{"document", "registre"}}.dump());
  REQUIRE(result);
  REQUIRE(result->status == 200);
  CHECK(valid_pdf_text(result->body, "serve-registre.pdf").find("COTE12345678") !=
        std::string::npos);
}

TEST_CASE("serve: a file with errors stops only the documents that use it") {
  const std::string data = acquis::test::copy_of_samples("serve-employeurs-casses");
  {
    std::string employers = acquis::test::read_file(data + "/employeurs.xml");
    employers.replace(employers.find("</employeurs>"), 13, "<oops");
    std::ofstream(data + "/employeurs.xml", std::ios::binary) << employers;
  }
  ServerProcess server({"--donnees", data});
  REQUIRE(server.started());
  CHECK(server.log().find("employeurs.xml:") != std::string::npos);
  // The guides and a program's booklet do not name an employer: made.
  const auto guide = post(server, "/api/rendu", R"({"document":"guide-candidat"})");
  REQUIRE(guide);
  CHECK(guide->status == 200);
  CHECK(valid_pdf_text(guide->body, "serve-guide-sans-employeurs.pdf").find("Guide") !=
        std::string::npos);
  // A person's document and a list of people name employers: refused, saying which file.
  for (const char* body : {R"({"document":"fiche-suivi","code_permanent":"COTE12345678"})",
                           R"({"document":"registre"})"}) {
    const json problem = problem_of(post(server, "/api/rendu", body));
    CHECK(problem.at("status") == 422);
    REQUIRE(has_pointer(problem, "/document"));
    CHECK(problem.dump().find("employeurs.xml a des erreurs") != std::string::npos);
  }
}

TEST_CASE("serve: a folder that is not a data folder is refused at start") {
  const std::string empty = acquis::test::output_dir() + "/serve-pas-des-donnees";
  std::filesystem::create_directories(empty);
  ServerProcess server({"--donnees", empty});
  CHECK_FALSE(server.started());
}

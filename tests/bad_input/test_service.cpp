// Bad input through the service, route by route: each refusal is a problem answer with the
// right status, in the language the request asked for, naming fields rather than echoing
// values; nothing is written in the data folder, and the service answers the next request.
#include "bad_input.hpp"

#include "server_process.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using acquis::test::ServerProcess;
using nlohmann::json;

namespace {

const std::string kToken = "jeton-des-essais";

struct Call {
  std::string method, path, body;
  std::string type = "application/json";
  bool with_token = true;
};

struct Expected {
  int status;
  std::vector<std::string> french, english;  // in the answer's text
  std::vector<std::string> never_shown;      // in the answer or the log
};

class Service {
 public:
  explicit Service(const std::string& name)
      : data_(acquis::test::copy_of_samples("service-" + name)),
        server_({"--donnees", data_}, {"ACQUIS_JETON=" + kToken}) {
    REQUIRE(server_.started());
  }

  void expect(const Call& call, const Expected& expected) {
    const std::string before = acquis::test::folder_state(data_);
    answer(call, "fr-CA", expected.status, expected.french, expected.never_shown);
    answer(call, "en-CA", expected.status, expected.english, expected.never_shown);
    CHECK(acquis::test::folder_state(data_) == before);
    const auto health = server_.client()->Get("/api/sante");
    REQUIRE(health);
    CHECK(health->status == 200);
    for (const std::string& personal : expected.never_shown)
      CHECK(server_.log().find(personal) == std::string::npos);
  }

 private:
  void answer(const Call& call, const std::string& language, int status,
              const std::vector<std::string>& texts, const std::vector<std::string>& never_shown) {
    httplib::Headers headers = {{"Accept-Language", language}};
    if (call.with_token) headers.insert({"Authorization", "Bearer " + kToken});
    const auto client = server_.client();
    const auto result =
        call.method == "PUT" ? client->Put(call.path.c_str(), headers, call.body, call.type.c_str())
        : call.method == "GET"
            ? client->Get(call.path.c_str(), headers)
            : client->Post(call.path.c_str(), headers, call.body, call.type.c_str());
    INFO(call.method << " " << call.path << " (" << language << ")");
    REQUIRE(result);
    INFO(result->body);
    CHECK(result->status == status);
    CHECK(result->get_header_value("Content-Type") == "application/problem+json");
    const json problem = json::parse(result->body, nullptr, false);
    REQUIRE_FALSE(problem.is_discarded());
    CHECK(problem.value("status", 0) == status);
    for (const std::string& text : texts) CHECK(result->body.find(text) != std::string::npos);
    for (const std::string& personal : never_shown)
      CHECK(result->body.find(personal) == std::string::npos);
  }

  std::string data_;
  ServerProcess server_;
};

json certificate(json candidate = {}) {
  json person = {{"prenom", "Éloïse"},
                 {"nom", "Côté-Bérubé"},
                 {"code_permanent", "COTE12345678"},
                 {"numero", "2026-0001"},
                 {"date_attestation", "2026-11-22"}};
  for (const auto& [key, value] : candidate.items()) person[key] = value;
  return {{"document", "attestation"}, {"programme", "5195"}, {"candidat", person}};
}

std::string nested(int depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

}  // namespace

TEST_CASE("bad input / service: what /api/rendu and /api/validation refuse") {
  Service service("rendu");
  for (const std::string path : {"/api/rendu", "/api/validation"}) {
    std::string latin1 = certificate().dump();
    latin1.replace(latin1.find("Côté"), 4, "C\xF4t\xE9");
    service.expect({"POST", path, latin1},
                   {400, {"\"ligne\": 1", "UTF-8"}, {"\"ligne\": 1", "UTF-8"}, {"Bérubé"}});
    service.expect({"POST", path, certificate({{"nom", "Côté\u0001"}}).dump()},
                   {422, {"/candidat/nom"}, {"/candidat/nom"}, {"Côté"}});
    service.expect({"POST", path, "{\"a\": " + nested(100) + "}"},
                   {400, {"plus de 16 niveaux"}, {"more than 16 levels"}});
    service.expect({"POST", path, "{\"document\": 1e999}"}, {400, {"trop grand"}, {"too large"}});
    service.expect({"POST", path, certificate({{"date_attestation", "2026-02-30"}}).dump()},
                   {422, {"/candidat/date_attestation"}, {"/candidat/date_attestation"}});
    service.expect({"POST", path, certificate({{"courriel", "eloise.exemple"}}).dump()},
                   {422, {"/candidat/courriel"}, {"/candidat/courriel"}, {"eloise.exemple"}});
    service.expect({"POST", path, "{\"document\": \"attestation\", \"programme\": \"9999\"}"},
                   {422, {"/programme"}, {"/programme"}});
    service.expect({"POST", path, "<!DOCTYPE d [<!ENTITY x \"y\">]><demande document=\"&x;\"/>",
                    "application/xml"},
                   {400, {"DOCTYPE"}, {"DOCTYPE"}});
    service.expect(
        {"POST", path, "<demande>\n<candidat nom=\"C\xF4t\xE9\"/></demande>", "application/xml"},
        {400, {"UTF-8"}, {"UTF-8"}});
    service.expect({"POST", path, "<demande><candidat></demande>", "application/xml"},
                   {400, {"ligne 1"}, {"line 1"}, {"mismatch"}});
    service.expect({"POST", path, "{\"document\": \"" + std::string(2 << 20, 'a') + "\"}"},
                   {413, {}, {}});
  }
  // Text from the request that cannot fit is named by its field, never quoted.
  const std::string word(3000, 'w');
  service.expect({"POST", "/api/rendu", certificate({{"nom", word}}).dump()},
                 {422, {"candidat.nom_complet"}, {"candidat.nom_complet"}, {"wwwwwwwwww"}});
}

TEST_CASE("bad input / service: what /api/lot refuses") {
  Service service("lot");
  const auto batch = [](const std::string& csv) {
    return json{{"document", "attestation"}, {"format", "zip"}, {"candidats_csv", csv}}.dump();
  };
  const std::string header = "prenom;nom;code_permanent;programme;date_attestation\n";
  service.expect({"POST", "/api/lot", batch(header)},
                 {422, {"/candidats_csv"}, {"/candidats_csv"}});
  service.expect(
      {"POST", "/api/lot", batch(header + "Éloïse;Côté\u0001;COTE12345678;5195;2026-11-22\n")},
      {422, {"\"ligne\": 2", "U+0001"}, {"\"ligne\": 2", "U+0001"}, {"Côté", "COTE12345678"}});
  service.expect({"POST", "/api/lot", batch(header + "Éloïse;Côté;COTE12345678;9999;2026-11-22\n")},
                 {422, {"/candidats_csv"}, {"/candidats_csv"}, {"COTE12345678"}});
  service.expect({"POST", "/api/lot", batch(header + "Éloïse;Côté;COTE12345678;5195;2026-02-30\n")},
                 {422, {"\"ligne\": 2"}, {"\"ligne\": 2"}, {"COTE12345678"}});
  service.expect({"POST", "/api/lot",
                  "{\"document\": \"attestation\", \"format\": \"docx\", "
                  "\"candidats_csv\": \"" +
                      header.substr(0, header.size() - 1) + "\"}"},
                 {422, {"/format"}, {"/format"}});
}

TEST_CASE("bad input / service: what the profile routes refuse") {
  Service service("profil");
  const std::string png = acquis::test::read_file("samples/logo-navigateurs.png");
  REQUIRE(png.size() > 1000);
  const json cut = {{"logo_donnees", acquis::test::base64(png.substr(0, 300))}};
  service.expect({"PUT", "/api/organisation", cut.dump()},
                 {422, {"/logo_donnees", "abîmée"}, {"/logo_donnees", "damaged"}});
  std::string flipped = png;
  flipped[png.find("IDAT") + 40] ^= 0x5A;
  service.expect(
      {"PUT", "/api/organisation", json{{"logo_donnees", acquis::test::base64(flipped)}}.dump()},
      {422, {"/logo_donnees"}, {"/logo_donnees"}});
  service.expect({"PUT", "/api/organisation", json{{"logo_donnees", "pas du base64 !"}}.dump()},
                 {422, {"/logo_donnees"}, {"/logo_donnees"}});
  service.expect({"PUT", "/api/organisation", json{{"courriel", "rac.exemple"}}.dump()},
                 {422, {"/courriel"}, {"/courriel"}});
  service.expect({"PUT", "/api/organisation", json{{"logo", "../../etc/passwd"}}.dump()},
                 {422, {"/logo"}, {"/logo"}, {"root:"}});
  service.expect({"PUT", "/api/organisation", json{{"nom", "X"}}.dump(), "application/json", false},
                 {401, {}, {}});
  service.expect({"POST", "/api/organisation/apercu",
                  json{{"document", "guide-candidat"}, {"profil", cut}}.dump()},
                 {422, {"/logo_donnees"}, {"/logo_donnees"}});
  service.expect({"POST", "/api/organisation/apercu", "{\"profil\": "},
                 {400, {"ligne 1"}, {"line 1"}});
}

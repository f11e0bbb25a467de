// Editing the organization profile through the service: checked field by field, previewed
// without saving, saved atomically with the previous file kept, and used from then on.
#include "pdf_checks.hpp"
#include "server_process.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>

using acquis::test::ServerProcess;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const httplib::Headers kToken = {{"Authorization", "Bearer jeton-du-profil"}};

std::string pdf_text(const std::string& body, const std::string& name) {
  const std::string path = acquis::test::output_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << body;
  acquis::test::check_valid(path);
  std::string text;
  for (int page = 1; page <= acquis::test::page_count(path); ++page)
    text += acquis::test::page_text(path, page);
  return acquis::test::normalize_text(text);
}

void chunk(std::string& png, const char* type, const std::string& body) {
  const auto be32 = [&png](std::uint32_t n) {
    for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>((n >> shift) & 0xff);
  };
  be32(static_cast<std::uint32_t>(body.size()));
  const std::string typed = type + body;
  png += typed;
  be32(static_cast<std::uint32_t>(
      crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()))));
}

// A valid PNG of random colours, stored without compression: as large as its pixels.
std::string noise_png(int width, int height) {
  std::string raw;
  std::uint32_t state = 12345;
  for (int y = 0; y < height; ++y) {
    raw += '\0';
    for (int x = 0; x < width * 3; ++x)
      raw += static_cast<char>((state = state * 1103515245 + 12345) >> 24);
  }
  std::string deflated(compressBound(raw.size()), '\0');
  uLongf size = deflated.size();
  compress2(reinterpret_cast<Bytef*>(deflated.data()), &size,
            reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 0);
  deflated.resize(size);
  std::string header;
  for (const int n : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) header += static_cast<char>((n >> shift) & 0xff);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB
  std::string png = "\x89PNG\r\n\x1a\n";
  chunk(png, "IHDR", header);
  chunk(png, "IDAT", deflated);
  chunk(png, "IEND", "");
  return png;
}

bool has_pointer(const json& problem, const std::string& pointer) {
  for (const json& error : problem.value("erreurs", json::array()))
    if (error.value("pointeur", "") == pointer) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "serve: the profile is checked, previewed without saving, then saved with its previous version "
    "kept") {
  const std::string data = acquis::test::copy_of_samples("profil-donnees");
  ServerProcess server({"--donnees", data}, {"ACQUIS_JETON=jeton-du-profil"});
  REQUIRE(server.started());
  const auto client = server.client();
  auto current = client->Get("/api/organisation", kToken);
  REQUIRE(current);
  REQUIRE(current->status == 200);
  json profile = json::parse(current->body);
  CHECK(profile.at("annee_scolaire") == "2026-2027");
  CHECK(client->Put("/api/organisation", profile.dump(), "application/json")->status == 401);

  json wrong = profile;
  wrong["annee_scolaire"] = "2026-2028";
  wrong["courriel"] = "pas-une-adresse";
  wrong["couleurs"]["accent"] = "bleu";
  wrong["signataires"][0]["role"] = "";
  wrong["logo"] = "../../etc/passwd";
  auto refused = client->Put("/api/organisation", kToken, wrong.dump(), "application/json");
  REQUIRE(refused);
  CHECK(refused->status == 422);
  const json problem = json::parse(refused->body);
  for (const char* pointer :
       {"/annee_scolaire", "/courriel", "/couleurs/accent", "/signataires/0/role", "/logo"})
    CHECK(has_pointer(problem, pointer));

  json next = profile;
  next["annee_scolaire"] = "2027-2028";
  next["nom"] = "Centre de services scolaire du Littoral";
  auto preview = client->Post("/api/organisation/apercu", kToken,
                              json{{"document", "guide-candidat"}, {"profil", next}}.dump(),
                              "application/json");
  REQUIRE(preview);
  REQUIRE(preview->status == 200);
  const std::string guide = pdf_text(preview->body, "profil-apercu.pdf");
  CHECK(guide.find("2027-2028") != std::string::npos);
  CHECK(guide.find("Centre de services scolaire du Littoral") != std::string::npos);
  CHECK(acquis::test::read_file(data + "/organisation.xml").find("2026-2027") != std::string::npos);

  auto saved = client->Put("/api/organisation", kToken, next.dump(), "application/json");
  REQUIRE(saved);
  CHECK(saved->status == 200);
  const std::string written = acquis::test::read_file(data + "/organisation.xml");
  CHECK(written.find("<annee-scolaire>2027-2028</annee-scolaire>") != std::string::npos);
  CHECK(written.find("du Littoral</nom>") != std::string::npos);
  int versions = 0;
  for (const auto& entry : fs::directory_iterator(data + "/versions")) {
    ++versions;
    CHECK(acquis::test::read_file(entry.path().string()).find("2026-2027") != std::string::npos);
  }
  CHECK(versions == 1);
  CHECK_FALSE(fs::exists(data + "/organisation.xml.tmp"));

  const json attestation = {{"document", "attestation"},
                            {"programme", "5195"},
                            {"candidat",
                             {{"prenom", "Léa"},
                              {"nom", "Roy"},
                              {"code_permanent", "ROYL12345678"},
                              {"numero", "2026-0101"},
                              {"date_attestation", "2026-11-22"}}}};
  auto pdf = client->Post("/api/rendu", kToken, attestation.dump(), "application/json");
  REQUIRE(pdf);
  REQUIRE(pdf->status == 200);
  CHECK(pdf_text(pdf->body, "profil-attestation.pdf").find("du Littoral") != std::string::npos);

  // The saved file is a valid data file: a new server starts from it.
  server.stop();
  ServerProcess again({"--donnees", data}, {"ACQUIS_JETON=jeton-du-profil"});
  REQUIRE(again.started());
  CHECK(json::parse(again.client()->Get("/api/organisation", kToken)->body).at("annee_scolaire") ==
        "2027-2028");
}

TEST_CASE("serve: a new logo is checked and saved beside the profile") {
  const std::string data = acquis::test::copy_of_samples("profil-logo");
  ServerProcess server({"--donnees", data}, {"ACQUIS_JETON=jeton-du-profil"});
  REQUIRE(server.started());
  const auto client = server.client();
  const std::string png = acquis::test::read_file("samples/logo-navigateurs.png");
  REQUIRE(png.size() > 100);
  auto not_image = client->Put("/api/organisation", kToken,
                               json{{"logo_donnees", acquis::test::base64("pas une image")}}.dump(),
                               "application/json");
  REQUIRE(not_image);
  CHECK(not_image->status == 422);
  CHECK(has_pointer(json::parse(not_image->body), "/logo_donnees"));
  auto saved =
      client->Put("/api/organisation", kToken,
                  json{{"logo_donnees", acquis::test::base64(png)}}.dump(), "application/json");
  REQUIRE(saved);
  CHECK(saved->status == 200);
  // A name of its own: the profile's replacement is the one moment the logo changes.
  const std::string name = json::parse(saved->body).at("logo");
  CHECK(std::regex_match(name, std::regex("logo-[0-9a-f]{16}\\.png")));
  CHECK(acquis::test::read_file(data + "/" + name) == png);
  CHECK(
      acquis::test::read_file(data + "/organisation.xml").find("<logo fichier=\"" + name + "\"") !=
      std::string::npos);
  const std::string jpeg = acquis::test::read_file("fuzz/corpus/image/page.jpg");
  auto other =
      client->Put("/api/organisation", kToken,
                  json{{"logo_donnees", acquis::test::base64(jpeg)}}.dump(), "application/json");
  REQUIRE(other);
  REQUIRE(other->status == 200);
  const std::string second = json::parse(other->body).at("logo");
  CHECK(second != name);
  CHECK(second.substr(second.size() - 4) == ".jpg");
  CHECK(acquis::test::read_file(data + "/" + name) == png);  // the previous version's logo stays
}

TEST_CASE("serve: a logo up to the documented 1 MB is taken, a larger one named as too large") {
  const std::string data = acquis::test::copy_of_samples("profil-grand-logo");
  ServerProcess server({"--donnees", data}, {"ACQUIS_JETON=jeton-du-profil"});
  REQUIRE(server.started());
  const auto client = server.client();
  const std::string large = noise_png(600, 498);
  REQUIRE(large.size() > 875 * 1024);
  REQUIRE(large.size() < 1024 * 1024);
  auto saved =
      client->Put("/api/organisation", kToken,
                  json{{"logo_donnees", acquis::test::base64(large)}}.dump(), "application/json");
  REQUIRE(saved);
  CHECK(saved->status == 200);
  auto refused = client->Put(
      "/api/organisation", kToken,
      json{{"logo_donnees", acquis::test::base64(noise_png(700, 520))}}.dump(), "application/json");
  REQUIRE(refused);
  CHECK(refused->status == 422);
  CHECK(has_pointer(json::parse(refused->body), "/logo_donnees"));
}

TEST_CASE("serve: saves within one second each keep their version, and a crash's leftovers go") {
  const std::string data = acquis::test::copy_of_samples("profil-versions");
  std::ofstream(data + "/organisation.xml.tmp") << "<organisation>moitié";
  std::ofstream(data + "/logo-0000000000000000.png.tmp") << "\x89PNG";
  ServerProcess server({"--donnees", data}, {"ACQUIS_JETON=jeton-du-profil"});
  REQUIRE(server.started());
  CHECK_FALSE(fs::exists(data + "/organisation.xml.tmp"));
  CHECK_FALSE(fs::exists(data + "/logo-0000000000000000.png.tmp"));
  const auto client = server.client();
  json profile = json::parse(client->Get("/api/organisation", kToken)->body);
  const std::string original = acquis::test::read_file(data + "/organisation.xml");
  for (int i = 1; i <= 4; ++i) {
    profile["telephone"] = "418 555-010" + std::to_string(i);
    auto saved = client->Put("/api/organisation", kToken, profile.dump(), "application/json");
    REQUIRE(saved);
    REQUIRE(saved->status == 200);
  }
  std::vector<std::string> versions;
  for (const auto& entry : fs::directory_iterator(data + "/versions"))
    versions.push_back(acquis::test::read_file(entry.path().string()));
  CHECK(versions.size() == 4);
  CHECK(std::count(versions.begin(), versions.end(), original) == 1);
  for (int i = 1; i <= 3; ++i)
    CHECK(std::count_if(versions.begin(), versions.end(), [i](const std::string& v) {
            return v.find("418 555-010" + std::to_string(i)) != std::string::npos;
          }) == 1);
}

TEST_CASE("serve: without a token configured, the profile cannot be saved") {
  ServerProcess server({"--donnees", acquis::test::copy_of_samples("profil-sans-jeton")});
  REQUIRE(server.started());
  const auto client = server.client();
  const json profile = json::parse(client->Get("/api/organisation")->body);
  auto refused = client->Put("/api/organisation", profile.dump(), "application/json");
  REQUIRE(refused);
  CHECK(refused->status == 403);
  CHECK(json::parse(refused->body).at("type") == "/problemes/enregistrement-desactive");
}

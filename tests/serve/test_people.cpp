// The advisors' workspace through the service: the people listed and searched, a dossier read
// with its version and saved part by part (If-Match required, 409 on a stale version, 422 with
// each error's field), the documents of the person's step, the access journal, named users.
#include "server_process.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using acquis::test::ServerProcess;
using nlohmann::json;

namespace {

const httplib::Headers kJulie = {{"Authorization", "Bearer jeton-de-julie-0123456789"}};

// A data folder of its own and a configuration naming two users.
struct Workspace {
  std::string data = acquis::test::copy_of_samples("espace-donnees");
  std::string config = [] {
    const std::string path = acquis::test::output_dir() + "/espace-config.json";
    std::ofstream(path) << R"({"utilisateurs": {"julie.tremblay": "jeton-de-julie-0123456789",
                                                "nadia.roy": "jeton-de-nadia-0123456789"}})";
    return path;
  }();
  ServerProcess server{{"--donnees", data, "--config", config}};
};

json body_of(const httplib::Result& result) {
  REQUIRE(result);
  return json::parse(result->body);
}

httplib::Headers with(httplib::Headers headers, const std::string& name, const std::string& value) {
  headers.emplace(name, value);
  return headers;
}

}  // namespace

TEST_CASE("serve: the people listed by name, searched without accents, paged, behind the token") {
  Workspace w;
  REQUIRE(w.server.started());
  const auto client = w.server.client();
  CHECK(client->Get("/api/personnes")->status == 401);
  CHECK(client->Get("/api/personnes", {{"Authorization", "Bearer jeton-de-julie-012345678"}})
            ->status == 401);
  const json all = body_of(client->Get("/api/personnes?taille=10&page=3", kJulie));
  CHECK(all.at("total") == 25);
  CHECK(all.at("personnes").size() == 5);
  const json found = body_of(client->Get("/api/personnes?q=LEVESQUE%20gab", kJulie));
  REQUIRE(found.at("total") == 1);
  const json gabriel = found.at("personnes").at(0);
  CHECK(gabriel.at("nom") == "Lévesque");
  CHECK(gabriel.at("code") == "LEVG30069504");
  CHECK(gabriel.at("etape") == 13);
  CHECK(gabriel.at("employeur") == "Acier Rive-Sud inc.");
}

TEST_CASE("serve: a dossier part saved with its version, refused without it or on a stale one") {
  Workspace w;
  REQUIRE(w.server.started());
  const auto client = w.server.client();
  const auto read = client->Get("/api/personnes/MORS19109707", kJulie);
  const json view = body_of(read);
  const std::string version = view.at("version");
  CHECK(read->get_header_value("ETag") == version);
  CHECK(view.at("dossier").at("entrevue").at("date") == "2026-10-27");
  CHECK(view.at("programme").at("competences").size() > 3);

  json interview = view.at("dossier").at("entrevue");
  interview["recommandation"] = "Observer les compétences 01 et 03.";
  const std::string url = "/api/personnes/MORS19109707/dossier/entrevue";
  CHECK(body_of(client->Put(url, kJulie, interview.dump(), "application/json")).at("status") ==
        428);
  CHECK(client
            ->Put("/api/personnes/MORS19109707/dossier/inconnue", with(kJulie, "If-Match", version),
                  "{}", "application/json")
            ->status == 404);
  // Each wrong field named by its pointer; nothing written.
  json wrong = interview;
  wrong["date"] = "2026-02-30";
  wrong["resultats"][0]["statut"] = "peut-etre";
  const json refused = body_of(
      client->Put(url, with(kJulie, "If-Match", version), wrong.dump(), "application/json"));
  CHECK(refused.at("status") == 422);
  CHECK(refused.at("erreurs").at(0).at("pointeur") == "/entrevue/resultats/0/statut");
  wrong["resultats"][0]["statut"] = "maitrisee";
  const json bad_date = body_of(
      client->Put(url, with(kJulie, "If-Match", version), wrong.dump(), "application/json"));
  CHECK(bad_date.at("erreurs").at(0).at("pointeur") == "/entrevue/date");

  const auto saved =
      client->Put(url, with(kJulie, "If-Match", version), interview.dump(), "application/json");
  const json answer = body_of(saved);
  REQUIRE(saved->status == 200);
  CHECK(answer.at("version") != version);
  CHECK(saved->get_header_value("ETag") == answer.at("version"));
  CHECK(answer.at("dossier").at("entrevue").at("recommandation") ==
        "Observer les compétences 01 et 03.");
  CHECK(acquis::test::read_file(w.data + "/dossiers/MORS19109707.xml")
            .find("Observer les compétences 01 et 03.") != std::string::npos);

  // Nadia saves on the version Julie started from: refused, and told what changed.
  const httplib::Headers nadia = {{"Authorization", "Bearer jeton-de-nadia-0123456789"},
                                  {"If-Match", version}};
  const auto stale =
      client->Put("/api/personnes/MORS19109707/dossier/pieces", nadia, "[]", "application/json");
  const json conflict = body_of(stale);
  CHECK(stale->status == 409);
  CHECK(conflict.at("parties_modifiees") == json::array({"entrevue"}));
  CHECK(conflict.at("version") == answer.at("version"));
  CHECK(conflict.at("detail").get<std::string>().find("entrevue de validation") !=
        std::string::npos);

  const std::string journal = acquis::test::read_file(w.data + "/journal.log");
  CHECK(journal.find("\tjulie.tremblay\tdossier-consulte\tMORS19109707\t") != std::string::npos);
  CHECK(journal.find("\tjulie.tremblay\tdossier-enregistre\tMORS19109707\tentrevue") !=
        std::string::npos);
  CHECK(journal.find("nadia.roy\tdossier-enregistre") == std::string::npos);
}

TEST_CASE("serve: the documents of a person's step, the others with why, each made journaled") {
  Workspace w;
  REQUIRE(w.server.started());
  const auto client = w.server.client();
  json documents = body_of(client->Get("/api/personnes/DIAA15569905/documents", kJulie));
  const auto find = [&](const std::string& name) {
    for (const json& d : documents.at("documents"))
      if (d.at("nom") == name) return d;
    FAIL("no " << name);
    return json();
  };
  CHECK(find("avis-entrevue").at("applicable") == true);  // the interview is planned
  CHECK(find("avis-entrevue").at("titre") == "Avis de convocation à l’entrevue de validation");
  const json summary = find("bilan-entrevue");
  CHECK(summary.at("applicable") == false);
  CHECK(summary.at("raison").get<std::string>().find("après l’entrevue de validation") !=
        std::string::npos);
  CHECK(find("attestation").at("applicable") == false);
  CHECK(find("attestation").at("raison").get<std::string>().find("n’est pas certifiée") !=
        std::string::npos);
  documents = body_of(client->Get("/api/personnes/DIAA15569905/documents?langue=en-CA", kJulie));
  const std::string why = find("attestation").at("raison");
  CHECK(why.rfind("Not yet: the person is not certified", 0) == 0);

  const json request = {{"document", "avis-entrevue"}, {"code_permanent", "DIAA15569905"}};
  const auto pdf = client->Post("/api/rendu", kJulie, request.dump(), "application/json");
  REQUIRE(pdf);
  CHECK(pdf->status == 200);
  const auto exported = client->Get("/api/personnes/DIAA15569905/export", kJulie);
  REQUIRE(exported);
  CHECK(exported->get_header_value("Content-Disposition").find("DIAA15569905.json") !=
        std::string::npos);
  CHECK(json::parse(exported->body).at("personne").at("nom") == "Diallo");
  const std::string journal = acquis::test::read_file(w.data + "/journal.log");
  CHECK(journal.find("\tjulie.tremblay\tdocument-produit\tDIAA15569905\tavis-entrevue\n") !=
        std::string::npos);
  CHECK(journal.find("\tjulie.tremblay\tdonnees-exportees\tDIAA15569905\t\n") != std::string::npos);
  CHECK(journal.find("Diallo") == std::string::npos);
  // The access log (stderr) does not hold the code either.
  CHECK(w.server.log().find("DIAA15569905") == std::string::npos);
}

TEST_CASE(
    "serve: a dossier shown as its file is now; saves shown whatever else is broken; what "
    "cannot be saved refused at its field") {
  Workspace w;
  // A program file broken after start is reloaded with its error: the saves still show.
  REQUIRE(w.server.started());
  const auto client = w.server.client();
  const std::string file = w.data + "/dossiers/THIN22628507.xml";
  std::string text = acquis::test::read_file(file);
  text.replace(text.find("par=\"Nadia Roy\""), 15, "par=\"Nadia Roy-Paré\"");
  std::ofstream(file, std::ios::binary) << text;
  const json view = body_of(client->Get("/api/personnes/THIN22628507", kJulie));
  CHECK(view.dump().find("Nadia Roy-Paré") != std::string::npos);  // changed by hand: shown
  std::ofstream(w.data + "/programmes/entretien-batiments.xml", std::ios::app) << "<broken";
  json steps = view.at("dossier").at("etapes");
  steps.push_back({{"numero", 14}, {"prevue", "2026-12-20"}});
  const std::string url = "/api/personnes/THIN22628507/dossier/etapes";
  const auto saved = client->Put(url, with(kJulie, "If-Match", view.at("version")), steps.dump(),
                                 "application/json");
  REQUIRE(saved->status == 200);
  const json after = body_of(client->Get("/api/personnes/THIN22628507", kJulie));
  CHECK(after.at("dossier").at("etapes").back().at("prevue") == "2026-12-20");
  CHECK(after.dump().find("Nadia Roy-Paré") != std::string::npos);

  const httplib::Headers current = with(kJulie, "If-Match", after.at("version"));
  // Null would empty the part; a control character or U+FFFE cannot be written in XML.
  CHECK(body_of(client->Put(url, current, "null", "application/json")).at("status") == 422);
  json odd = after.at("dossier").at("etapes");
  odd[0]["remarque"] = "a\u000bb";
  odd[1]["remarque"] = "\xEF\xBF\xBE";
  const json refused = body_of(client->Put(url, current, odd.dump(), "application/json"));
  REQUIRE(refused.at("status") == 422);
  CHECK(refused.at("erreurs").size() == 2);
  CHECK(refused.at("erreurs").at(0).at("pointeur").get<std::string>().rfind("/etapes/", 0) == 0);
  CHECK(client->Put(url, with(kJulie, "If-Match", "*"), steps.dump(), "application/json")->status ==
        428);
  CHECK(acquis::test::read_file(file).find("2026-12-20") != std::string::npos);

  // A document for a person typed in is not journaled under a code it carries.
  const json typed = {{"document", "attestation"},
                      {"programme", "5195"},
                      {"code_permanent", "TREM03088801\nMaxime a 2 enfants"},
                      {"candidat",
                       {{"prenom", "Éloïse"},
                        {"nom", "Côté"},
                        {"code_permanent", "COTE12345678"},
                        {"numero", "2026-0042"},
                        {"date_attestation", "2026-06-15"}}}};
  CHECK(client->Post("/api/rendu", kJulie, typed.dump(), "application/json")->status == 200);
  const std::string journal = acquis::test::read_file(w.data + "/journal.log");
  CHECK(journal.find("Maxime") == std::string::npos);
  CHECK(journal.find("document-produit") == std::string::npos);
}

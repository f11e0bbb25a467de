// Bad input, class 7: configuration. Unknown keys, bad values and impossible options stop the
// start with a message; the service never listens beyond this machine without a token.
#include "bad_input.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using acquis::test::expect_refused;

namespace {

std::string config_file(const std::string& name, const std::string& json) {
  const std::string path = acquis::test::output_dir() + "/" + name + ".json";
  std::ofstream(path) << json;
  return path;
}

void expect_no_start(const std::string& options, const std::string& french,
                     const std::string& english) {
  // `timeout` stops a server that would wrongly start: exit 124, not 2.
  const std::string command = "timeout 10 " + std::string(ACQUIS_CLI) + " serve " + options;
  const auto result = acquis::test::run(command);
  INFO(command << "\n" << result.err);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(french) != std::string::npos);
  const auto in_english = acquis::test::run(command + " --anglais");
  CHECK(in_english.exit_code == 2);
  CHECK(in_english.err.find(english) != std::string::npos);
}

}  // namespace

TEST_CASE("bad input / configuration: the command line's options are checked") {
  const std::string produce =
      "produire attestation --donnees samples --programme 5195 --candidat COTE12345678 -o "
      "{out}/a.pdf";
  expect_refused(produce + " --langue de-DE",
                 {2, {"langue inconnue : « de-DE » (fr-CA ou en-CA attendu)"}, {"de-DE"}});
  expect_refused("lot attestation --donnees samples -o {out} --taches beaucoup",
                 {2, {"« beaucoup » n’est pas un nombre de tâches"}, {"“beaucoup”"}});
  expect_refused("lot attestation --donnees samples -o {out} --taches 0",
                 {2, {"« 0 » n’est pas un nombre de tâches"}, {"“0”"}});
  expect_refused(
      produce + " --gabarits /nulle/part",
      {1, {"/nulle/part: erreur: aucun gabarit dans ce dossier"}, {"/nulle/part: error:"}});
  expect_refused(
      "documents --gabarits /nulle/part",
      {1, {"/nulle/part: erreur: aucun gabarit dans ce dossier"}, {"/nulle/part: error:"}});
  expect_refused("--zzz documents", {2, {"--zzz"}, {"--zzz"}});
}

TEST_CASE("bad input / configuration: the service does not start on a bad configuration") {
  expect_no_start("--port abc", "port invalide : « abc »", "“abc”");
  expect_no_start("--port 70000", "port invalide : « 70000 »", "“70000”");
  expect_no_start("--config " + config_file("jetton", R"({"jetton": "secret"})"),
                  "clé « jetton » inconnue ; vouliez-vous dire « jeton » ?", "“jeton”");
  expect_no_start("--config " + config_file("nombre", R"({"port": 1e999})"),
                  "un nombre est trop grand pour être lu", "a number is too large");
  expect_no_start("--config " + config_file("pas-json", "{\"port\": 8080,\n}"),
                  "pas-json.json:2:1 : JSON invalide", "pas-json.json:2:1: invalid JSON");
  expect_no_start("--config " + config_file("limite", R"({"limites": {"corps_max_ko": -1}})"),
                  "valeur invalide pour « limites.corps_max_ko »",
                  "invalid value for “limites.corps_max_ko”");
  expect_no_start("--adresse 0.0.0.0", "un jeton d’accès est obligatoire", "token");
  expect_no_start("--config /nulle/part.json", "/nulle/part.json", "/nulle/part.json");
}

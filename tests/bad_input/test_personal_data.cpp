// Bad input, class 6: personal data. An error about a person's row names the row and the field,
// never the values (name, e-mail, phone, code permanent), and no file name made of a name is
// printed.
#include "bad_input.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using acquis::test::Damaged;
using acquis::test::expect_refused;

TEST_CASE("bad input / personal data: a bad row is named by its number, not echoed") {
  const Damaged data = Damaged("rangee-privee")
                           .replace("candidats.csv", "jp.gagnon@exemple.example", "jp.gagnon")
                           .replace("candidats.csv", "418 555-0102", "418 555-0102\x01");
  expect_refused("verifier --donnees " + data.dir(),
                 {1,
                  {"candidats.csv:3:", "erreur:"},
                  {"candidats.csv:3:", "error:"},
                  {"Jean-Philippe", "Gagnon", "GAGJ01019912", "jp.gagnon", "555-0102"}});
}

TEST_CASE("bad input / personal data: a 5 MB given name gives a short message") {
  const Damaged data =
      Damaged("prenom-enorme")
          .replace("candidats.csv", "Jean-Philippe", std::string(5 << 20, 'J') + "\x01");
  const auto result =
      acquis::test::run(std::string(ACQUIS_CLI) + " verifier --donnees " + data.dir());
  CHECK(result.exit_code == 1);
  CHECK(result.err.size() < 2000);
  CHECK(result.err.find("JJJJJJJJ") == std::string::npos);
}

TEST_CASE("bad input / personal data: a batch's write error shows the folder, not the name") {
  const std::string out = acquis::test::output_dir() + "/lot-prive";
  std::filesystem::remove_all(out);
  std::filesystem::create_directories(out + "/attestation_cote-berube-eloise_COTE12345678.pdf");
  const auto result = acquis::test::run(std::string(ACQUIS_CLI) +
                                        " lot attestation --donnees samples --silencieux "
                                        "--remplacer -o " +
                                        out);
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("rangée 2") != std::string::npos);
  CHECK(result.err.find("impossible d’écrire " + out + "/… : c’est un dossier") !=
        std::string::npos);
  CHECK(result.err.find("cote-berube") == std::string::npos);
  CHECK(result.err.find("COTE12345678") == std::string::npos);
}

TEST_CASE("bad input / personal data: a record's errors quote no value") {
  const Damaged data =
      Damaged("dossier-prive")
          .replace("dossiers/COTE12345678.xml", ">Préalables du DEP", ">\x01Préalables du DEP");
  expect_refused("verifier --donnees " + data.dir(),
                 {1, {"COTE12345678.xml:"}, {"COTE12345678.xml:"}, {"Préparation au marché"}});
}

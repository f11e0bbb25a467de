// Bad input, class 8: the messages themselves — each once, in the user's language, with a
// position whenever the error comes from a file, and a word for every failure.
#include "bad_input.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using acquis::test::Damaged;
using acquis::test::expect_refused;

namespace {

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("bad input / messages: verifier says each error once") {
  const Damaged data =
      Damaged("une-fois").replace("employeurs.xml", "</employeurs>", "</employeur>");
  const auto result =
      acquis::test::run(std::string(ACQUIS_CLI) + " verifier --donnees " + data.dir());
  CHECK(result.exit_code == 1);
  CHECK(occurrences(result.err, "employeurs.xml:") == 1);
}

TEST_CASE("bad input / messages: a batch with nobody to process says so") {
  const std::string csv = acquis::test::output_dir() + "/entete-seule.csv";
  std::ofstream(csv) << "prenom;nom;code_permanent;programme\n";
  expect_refused("lot attestation --donnees samples --candidats " + csv + " --fusion {out}/lot.pdf",
                 {1, {"aucune personne candidate à traiter"}, {"no candidate"}});
}

TEST_CASE("bad input / messages: a character no font has names the field that carried it") {
  const Damaged data =
      Damaged("glyphe").replace("candidats.csv", "Côté-Bérubé", "Côté\xF0\x9F\x90\x99");
  expect_refused(
      "produire attestation --donnees " + data.dir() + " --candidat COTE12345678 -o {out}/a.pdf",
      {1,
       {"attestation.xml:", "le caractère U+1F419 de « candidat.nom_complet »"},
       {"attestation.xml:", "the character U+1F419 of “candidat.nom_complet”"},
       {"Côté"}});
}

TEST_CASE("bad input / messages: a template error has its line and column, and a caret") {
  const Damaged templates =
      Damaged("gabarit-faux", "templates")
          .replace("attestation.xml", "{candidat.nom_complet}", "{candidat.nom_completx}");
  expect_refused("produire attestation --donnees samples --candidat COTE12345678 --gabarits " +
                     templates.dir() + " -o {out}/a.pdf",
                 {1, {"attestation.xml:", "erreur:", "^"}, {"attestation.xml:", "error:", "^"}});
}

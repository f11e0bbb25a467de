// Bad input, class 2: limits. Nesting that no real file needs is refused at once, with its
// position, rather than exhausting the stack; long lines are shown around the column.
#include "bad_input.hpp"

#include <catch2/catch.hpp>

using acquis::test::Damaged;
using acquis::test::expect_refused;

namespace {

std::string nested(const std::string& name, int depth) {
  std::string open, close;
  for (int i = 0; i < depth; ++i) open += "<" + name + ">", close += "</" + name + ">";
  return open + "x" + close;
}

}  // namespace

TEST_CASE("bad input / limits: 50,000 nested frames in a template, no crash") {
  const Damaged templates =
      Damaged("gabarit-profond", "templates")
          .write("attestation.xml", "<?xml version=\"1.0\"?>\n<document><section>" +
                                        nested("cadre", 50000) + "</section></document>\n");
  expect_refused("produire attestation --donnees samples --programme 5195 --gabarits " +
                     templates.dir() + " -o {out}/a.pdf",
                 {1,
                  {"attestation.xml:2:", "erreur: éléments imbriqués sur plus de 100 niveaux"},
                  {"attestation.xml:2:", "error:", "100"}});
}

TEST_CASE(
    "bad input / limits: deep nesting in a data file, and a long line cut around the column") {
  const Damaged data =
      Damaged("donnees-profondes")
          .replace("organisation.xml", "</organisation>", nested("x", 5000) + "</organisation>");
  expect_refused("verifier --donnees " + data.dir(),
                 {1,
                  {"organisation.xml:", "erreur: éléments imbriqués sur plus de 100 niveaux", "…"},
                  {"organisation.xml:", "error:"}});
}

TEST_CASE("bad input / limits: a request for 10,000-character words does not print them") {
  const std::string word(10000, 'w');
  const Damaged data = Damaged("mot-long").replace("candidats.csv", "Côté-Bérubé", word);
  const auto refusal = acquis::test::Refusal{
      1,
      {"le texte tiré de « candidat.nom_complet » a un mot plus large que son cadre"},
      {"the text from “candidat.nom_complet” has a word wider than its frame"},
      {"wwwwwwwwww"}};
  expect_refused(
      "produire attestation --donnees " + data.dir() + " --candidat COTE12345678 -o {out}/a.pdf",
      refusal);
}

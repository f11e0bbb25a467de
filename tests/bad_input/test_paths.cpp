// Bad input, class 5: paths named in data stay inside the data folder — no "..", no absolute
// path, no link leading out.
#include "bad_input.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using acquis::test::Damaged;
using acquis::test::expect_refused;

namespace {

void expect_outside(const Damaged& data, const std::string& named) {
  const acquis::test::Refusal refusal{
      1,
      {"organisation.xml:11:9: erreur: « " + named + " » est hors du dossier de données"},
      {"organisation.xml:11:9: error: “" + named + "”"}};
  expect_refused("verifier --donnees " + data.dir(), refusal);
  expect_refused(
      "produire guide-employeur --donnees " + data.dir() + " --programme 5195 -o {out}/guide.pdf",
      refusal);
}

}  // namespace

TEST_CASE("bad input / paths: a logo outside the data folder is refused") {
  expect_outside(
      Damaged("logo-parent")
          .replace("organisation.xml", "logo-navigateurs.png", "../samples/logo-navigateurs.png"),
      "../samples/logo-navigateurs.png");
  const std::string absolute = std::filesystem::absolute("samples/logo-navigateurs.png").string();
  expect_outside(
      Damaged("logo-absolu").replace("organisation.xml", "logo-navigateurs.png", absolute),
      absolute);
  Damaged linked("logo-lien");
  linked.replace("organisation.xml", "logo-navigateurs.png", "lien.png");
  std::filesystem::create_symlink(std::filesystem::absolute("samples/logo-navigateurs.png"),
                                  linked.path("lien.png"));
  expect_outside(linked, "lien.png");
}

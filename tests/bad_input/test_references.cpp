// Bad input, class 3: references between files. Each code, id and record is unique, each
// reference resolves; the loader says which file and line, and a broken file is not used to
// judge the others.
#include "bad_input.hpp"

#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using acquis::test::Damaged;
using acquis::test::expect_refused;

namespace {

void expect_verify_fails(const Damaged& data, const std::string& french,
                         const std::string& english) {
  expect_refused("verifier --donnees " + data.dir(), {1, {french}, {english}}, data.dir());
}

}  // namespace

TEST_CASE("bad input / references: duplicates") {
  Damaged programs("programme-double");
  programs.write("programmes/copie.xml",
                 acquis::test::read_file(programs.path("programmes/soudage-montage.xml")));
  expect_verify_fails(
      programs,
      "programmes/soudage-montage.xml:4:12: erreur: le programme « 5195 » est déjà défini",
      "programmes/soudage-montage.xml:4:12: error:");
  expect_verify_fails(
      Damaged("employeur-double")
          .replace("employeurs.xml", "id=\"chantiers-beaumont\"", "id=\"acier-rive-sud\""),
      "employeurs.xml:8:14: erreur: le code « acier-rive-sud » est déjà utilisé à la ligne 4",
      "employeurs.xml:8:14: error:");
  Damaged records("dossier-double");
  records.write("dossiers/copie.xml",
                acquis::test::read_file(records.path("dossiers/COTE12345678.xml")));
  expect_verify_fails(records, "copie.xml:3:10: erreur: cette personne a déjà un dossier",
                      "copie.xml:3:10: error: this person already has a record");
  expect_verify_fails(
      Damaged("code-double").replace("candidats.csv", "GAGJ01019912", "COTE12345678"),
      "candidats.csv:3:", "candidats.csv:3:");
}

TEST_CASE("bad input / references: what a file names must exist") {
  expect_verify_fails(
      Damaged("employeur-inconnu").replace("candidats.csv", ";acier-rive-sud;", ";inconnu-inc;"),
      "candidats.csv:2:74: erreur: employeur « inconnu-inc » inconnu",
      "candidats.csv:2:74: error:");
  expect_verify_fails(Damaged("programme-inconnu").replace("candidats.csv", ";5195;", ";9999;"),
                      "candidats.csv:2:", "candidats.csv:2:");
  expect_verify_fails(
      Damaged("competence-inconnue")
          .replace("dossiers/COTE12345678.xml", "competence=\"02\" element=\"1\"",
                   "competence=\"99\" element=\"1\""),
      "COTE12345678.xml:7:14: erreur: la compétence « 99 » n’existe pas dans le programme 5195",
      "COTE12345678.xml:7:14: error:");
  expect_verify_fails(
      Damaged("reconnaissance-inconnue")
          .replace("dossiers/THIN22628507.xml", "reconnaissance competence=\"991-034\"",
                   "reconnaissance competence=\"991-099\""),
      "THIN22628507.xml:12:", "THIN22628507.xml:12:");
  expect_verify_fails(Damaged("personne-inconnue")
                          .replace("dossiers/COTE12345678.xml", "code-permanent=\"COTE12345678\"",
                                   "code-permanent=\"ZZZZ12345678\""),
                      "COTE12345678.xml:3:10: erreur: aucune personne candidate",
                      "COTE12345678.xml:3:10: error:");
  expect_verify_fails(
      Damaged("courriel")
          .replace("candidats.csv", "eloise.cote@exemple.example", "eloise.cote.exemple.example"),
      "candidats.csv:2:33: erreur: cette adresse courriel n’est pas valide",
      "candidats.csv:2:33: error:");
  expect_verify_fails(Damaged("courriel-employeur")
                          .replace("employeurs.xml", "rh@acier-rive-sud.example", "rh-acier"),
                      "employeurs.xml:5:", "employeurs.xml:5:");
}

TEST_CASE("bad input / references: the candidates as XML are checked like the CSV") {
  Damaged data("candidats-xml");
  std::filesystem::remove(data.path("candidats.csv"));
  data.replace("candidats.xml", "code-permanent=\"GAGJ01019912\"",
               "code-permanent=\"COTE12345678\"")
      .replace("candidats.xml", "employeur=\"acier-rive-sud\"", "employeur=\"inconnu-inc\"");
  expect_refused("verifier --donnees " + data.dir(),
                 {1,
                  {"candidats.xml:5:52", "employeur « inconnu-inc » inconnu", "candidats.xml:6:49",
                   "déjà utilisé à la ligne 4"},
                  {"candidats.xml:5:52", "candidats.xml:6:49"},
                  {"Gagnon", "Jean-Philippe"}},
                 data.dir());
}

TEST_CASE("bad input / references: a broken file does not make the others look wrong") {
  const Damaged data = Damaged("sans-cascade").replace("candidats.csv", "Gagnon", "Gagn\xE9on");
  const auto result =
      acquis::test::run(std::string(ACQUIS_CLI) + " verifier --donnees " + data.dir());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("candidats.csv:3:19") != std::string::npos);
  CHECK(result.err.find("dossiers/") == std::string::npos);  // no "nobody has this code"
}

TEST_CASE("bad input / references: a record with errors blocks that person only") {
  const Damaged data = Damaged("dossier-casse")
                           .replace("dossiers/COTE12345678.xml", "competence=\"02\" element=\"1\"",
                                    "competence=\"99\" element=\"1\"");
  expect_refused(
      "produire bilan-entrevue --donnees " + data.dir() + " --candidat COTE12345678 -o {out}/a.pdf",
      {1, {"COTE12345678.xml:7:14"}, {"COTE12345678.xml:7:14"}});
  const auto other =
      acquis::test::run(std::string(ACQUIS_CLI) + " produire attestation --donnees " + data.dir() +
                        " --candidat TREM03088801 -o " + acquis::test::output_dir() + "/autre.pdf");
  INFO(other.err);
  CHECK(other.exit_code == 0);
}

TEST_CASE("bad input / references: a broken file blocks only the documents that use it") {
  const Damaged program =
      Damaged("programme-casse")
          .replace("programmes/gestion-chantier.xml", "<titre en=", "<titre oops en=");
  // The welder's certificate does not use the college program: made, with a word about the rest.
  const std::string pdf = acquis::test::output_dir() + "/locale.pdf";
  std::filesystem::remove(pdf);
  const auto welder =
      acquis::test::run(std::string(ACQUIS_CLI) + " produire attestation --donnees " +
                        program.dir() + " --candidat COTE12345678 -o " + pdf);
  INFO(welder.err);
  CHECK(welder.exit_code == 0);
  CHECK(welder.err.find("gestion-chantier.xml:5:16: erreur:") != std::string::npos);
  CHECK(welder.err.find("d’autres fichiers des données ont des erreurs") != std::string::npos);
  acquis::test::check_valid(pdf);
  // What uses the broken program is refused, saying so, and writes nothing.
  expect_refused("produire cahier-autoevaluation --donnees " + program.dir() +
                     " --programme EEC.9X -o {out}/a.pdf",
                 {1,
                  {"le programme « EEC.9X » n’a pas pu être lu"},
                  {"the program “EEC.9X” could not be read"}});
  expect_refused(
      "produire guide-candidat --donnees " + program.dir() + " -o {out}/a.pdf",
      {1, {"ce document présente les programmes"}, {"this document presents the programs"}});
  // A batch: the college student's row fails, the others are made.
  const std::string out = acquis::test::output_dir() + "/locale-lot";
  std::filesystem::remove_all(out);
  const auto batch =
      acquis::test::run(std::string(ACQUIS_CLI) + " lot fiche-inscription --donnees " +
                        program.dir() + " --sortie " + out + " --silencieux");
  CHECK(batch.exit_code == 1);
  CHECK(batch.err.find("n’a pas pu être lu") != std::string::npos);
  CHECK(batch.err.find("Fortin") == std::string::npos);
  CHECK(std::filesystem::exists(out + "/fiche-inscription_cote-berube-eloise_COTE12345678.pdf"));

  // The employers file: a person's documents name the employer, the guides do not.
  const Damaged employers =
      Damaged("employeurs-casses").replace("employeurs.xml", "</employeurs>", "<oops");
  expect_refused("produire fiche-suivi --donnees " + employers.dir() +
                     " --candidat COTE12345678 -o {out}/a.pdf",
                 {1,
                  {"ce document nomme l’employeur de la personne"},
                  {"this document names the person’s employer"}});
  const auto guide =
      acquis::test::run(std::string(ACQUIS_CLI) + " produire guide-employeur --donnees " +
                        employers.dir() + " -o " + pdf);
  CHECK(guide.exit_code == 0);
  // A list of every person names each one's employer: refused rather than left blank.
  for (const char* list : {"produire registre", "produire synthese-candidats",
                           "produire etiquettes-dossiers", "synthese"})
    expect_refused(std::string(list) + " --donnees " + employers.dir() + " -o {out}/a.pdf",
                   {1,
                    {"ce document nomme l’employeur de chaque personne"},
                    {"this document names each person’s employer"}});
  // A dossier with errors: the person's other documents and the lists would judge without it.
  const Damaged dossier =
      Damaged("dossier-liste")
          .replace("dossiers/LEVG30069504.xml", "statut=\"reussi\" date=\"2026-09-18\"",
                   "statut=\"reussi\"");
  for (const char* list : {"produire registre", "registre", "declarations"})
    expect_refused(std::string(list) + " --donnees " + dossier.dir() + " -o {out}/a.csv",
                   {1,
                    {"ce document dit où en est chaque personne"},
                    {"this document says where each person stands"}});
  // The profile is used by every document.
  const Damaged profile =
      Damaged("profil-casse").replace("organisation.xml", "</organisation>", "<oops");
  expect_refused("produire guide-candidat --donnees " + profile.dir() + " -o {out}/a.pdf",
                 {1, {"organisation.xml:"}, {"organisation.xml:"}});
  // verifier still says everything.
  CHECK(acquis::test::run(std::string(ACQUIS_CLI) + " verifier --donnees " + program.dir())
            .exit_code == 1);
}

TEST_CASE("bad input / references: a dossier's dates follow the process") {
  const std::string cote = "dossiers/COTE12345678.xml";
  Damaged step_before("etape-avant");
  step_before.replace(cote, "numero=\"8\" faite=\"2026-10-06\"",
                      "numero=\"8\" faite=\"2026-09-30\"");
  expect_refused("verifier --donnees " + step_before.dir(),
                 {1,
                  {"COTE12345678.xml:42:",
                   "erreur: l’étape 8 est datée avant l’étape 7, qui la précède dans la démarche"},
                  {"COTE12345678.xml:42:",
                   "error: step 8 is dated before step 7, which comes before it in the process"}},
                 step_before.dir());
  expect_verify_fails(
      Damaged("entrevue-etape-7").replace(cote, "faite=\"2026-10-02\"", "faite=\"2026-10-01\""),
      "COTE12345678.xml:41:", "this date is not the interview’s");
  expect_verify_fails(Damaged("observation-avant-entrevue")
                          .replace(cote, "date=\"2026-10-20\"", "date=\"2026-09-20\""),
                      "COTE12345678.xml:15:", "this date is before the validation interview");
  expect_verify_fails(
      Damaged("etape-15").replace(cote, "<etape numero=\"14\"", "<etape numero=\"15\""),
      "COTE12345678.xml:46:", "“15” is not a step number: the steps run from 1 to 14");
  expect_verify_fails(
      Damaged("etape-double").replace(cote, "<etape numero=\"14\"", "<etape numero=\"13\""),
      "COTE12345678.xml:46:", "step 13 is already recorded above");
  expect_verify_fails(Damaged("heure").replace(cote, "heure=\"13:30\"", "heure=\"25:00\""),
                      "« 25:00 » n’est pas une heure HH:MM", "COTE12345678.xml:41:");
  expect_verify_fails(
      Damaged("piece-inconnue").replace(cote, "type=\"releve-notes\"", "type=\"passeport\""),
      "COTE12345678.xml:51:", "COTE12345678.xml:51:");
}

TEST_CASE("bad input / references: a program's kinds of competency and its code pair") {
  const std::string file = "programmes/entretien-batiments.xml";
  expect_verify_fails(
      Damaged("type-competence").replace(file, "type=\"specifique\"", "type=\"particuliere\""),
      "entretien-batiments.xml:14:53:", "entretien-batiments.xml:14:53:");
  expect_verify_fails(
      Damaged("statut-competence")
          .replace(file, "type=\"specifique\"", "type=\"specifique\" statut=\"facultative\""),
      "« facultative »", "“facultative”");
  // The English-sector code may not be another program's code.
  expect_verify_fails(
      Damaged("code-anglais").replace(file, "code-anglais=\"5873\"", "code-anglais=\"5195\""),
      "le programme « 5195 » est déjà défini", "the program “5195” is already defined");
}

TEST_CASE("bad input / references: the parts of a semi-skilled trade certificate") {
  const std::string levg = "dossiers/LEVG30069504.xml";
  expect_verify_fails(
      Damaged("volet-sans-date")
          .replace(levg, "statut=\"reconnu\" date=\"2026-05-19\"", "statut=\"reconnu\""),
      "LEVG30069504.xml:23:", "the date is missing: a recognized part carries the day it was");
  expect_verify_fails(
      Damaged("volet-double")
          .replace(levg, "nom=\"preparation-marche-travail\"", "nom=\"formation-generale\""),
      "LEVG30069504.xml:23:", "the part “formation-generale” is already recorded above");
  expect_verify_fails(
      Damaged("volet-statut").replace(levg, "statut=\"reussi\"", "statut=\"termine\""),
      "LEVG30069504.xml:22:35:", "(a-faire, en-cours, reconnu, reussi)");
  // A DEP has no such parts.
  expect_verify_fails(
      Damaged("volet-dep")
          .replace("dossiers/COTE12345678.xml", "  <etapes>",
                   "  <volet nom=\"formation-generale\" statut=\"a-faire\"/>\n  <etapes>"),
      "COTE12345678.xml:37:",
      "belong to a semi-skilled trade certificate (CFMS); the program 5195");
  // Every task passed, general education not completed: no certificate yet, and the sanction
  // the list of people gives contradicts the dossier.
  Damaged under_way("volet-en-cours");
  under_way.replace(levg, "statut=\"reussi\" date=\"2026-09-18\"", "statut=\"en-cours\"");
  expect_verify_fails(under_way, "son dossier montre le volet de formation générale non complété",
                      "their record shows the general-education part not completed");
  expect_refused("produire attestation --donnees " + under_way.dir() +
                     " --candidat LEVG30069504 -o {out}/a.pdf",
                 {1,
                  {"la personne n’est pas certifiée : le volet de formation générale n’est pas "
                   "complété"},
                  {"the person is not certified: the general-education part is not completed"}},
                 under_way.dir());
}

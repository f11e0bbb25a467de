// The acquis command line, run as a process: help, exit codes, stdout output, and a broken data
// folder reported with file:line:column and nothing written.
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace acquis;

namespace {

const std::string kAcquis = ACQUIS_CLI;

test::CommandResult acquis_run(const std::string& arguments) {
  return test::run(kAcquis + " " + arguments);
}

}  // namespace

TEST_CASE("cli: help in French by default, in English on request", "[cli]") {
  const auto french = acquis_run("--aide");
  CHECK(french.exit_code == 0);
  CHECK(french.out.find("Commandes :") != std::string::npos);
  const auto english = acquis_run("--help --anglais");
  CHECK(english.exit_code == 0);
  CHECK(english.out.find("Commands:") != std::string::npos);
  CHECK(acquis_run("").exit_code == 2);
  CHECK(acquis_run("inventer").exit_code == 2);
  CHECK(acquis_run("--zzz documents").exit_code == 2);
}

TEST_CASE("cli: documents and programs are listed", "[cli]") {
  const auto documents = acquis_run("documents");
  CHECK(documents.exit_code == 0);
  CHECK(documents.out.find("cahier-autoevaluation") != std::string::npos);
  const auto programs = acquis_run("programmes --donnees samples");
  CHECK(programs.exit_code == 0);
  CHECK(programs.out.find("5195     DEP    Soudage-montage (20 compétences)") != std::string::npos);
}

TEST_CASE("cli: -o - writes the PDF to standard output", "[cli][pdf]") {
  const std::string pdf = test::output_dir() + "/stdout.pdf";
  const auto result = acquis_run(
      "produire cahier-autoevaluation --donnees samples --programme 5195 --candidat COTE12345678 "
      "--langue en-CA --deterministe -o - > " +
      pdf);
  CHECK(result.exit_code == 0);
  test::check_valid(pdf);
  const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
  CHECK(text.find("Self-Assessment Booklet") != std::string::npos);
  CHECK(text.find("Éloïse Côté-Bérubé") != std::string::npos);
}

TEST_CASE("cli: a broken data folder is reported and nothing is produced", "[cli]") {
  const std::string dir = test::output_dir() + "/donnees-cassees";
  std::filesystem::remove_all(dir);
  std::filesystem::copy("samples", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir + "/programmes/soudage-montage.xml", std::ios::app) << "";
  {
    std::ifstream in(dir + "/programmes/soudage-montage.xml");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text.replace(text.find("unites=\"1\""), 10, "unites=\"9\"");  // line 6
    std::ofstream(dir + "/programmes/soudage-montage.xml") << text;
  }
  const auto check = acquis_run("verifier --donnees " + dir);
  CHECK(check.exit_code == 1);
  CHECK(check.err.find("soudage-montage.xml:6:37: erreur: 9 unités ne correspondent pas à 15 h (1 "
                       "unité = 15 h, donc 1 attendue)") != std::string::npos);
  const std::string pdf = test::output_dir() + "/jamais-cli.pdf";
  const auto produce =
      acquis_run("produire cahier-autoevaluation --donnees " + dir + " --programme 5195 -o " + pdf);
  CHECK(produce.exit_code == 1);
  CHECK(!std::filesystem::exists(pdf));
}

TEST_CASE("cli: the shipped samples verify without an error or a warning", "[cli]") {
  const auto result = acquis_run("verifier --donnees samples");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("Aucune erreur.") != std::string::npos);
  CHECK(result.err.find("avertissement") == std::string::npos);
}

TEST_CASE("cli: one person's data exported as JSON", "[cli]") {
  const auto result =
      acquis_run("exporter --donnees samples --candidat COTE12345678 --deterministe");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string& json = result.out;
  CHECK(json.rfind("{\n  \"format\": \"acquis-donnees-personnelles/2\",", 0) == 0);
  CHECK(json.find("\"exporte_le\": \"2026-01-01\"") != std::string::npos);
  CHECK(json.find("\"prenom\": \"Éloïse\"") != std::string::npos);
  CHECK(json.find("\"code_permanent\": \"COTE12345678\"") != std::string::npos);
  CHECK(json.find("\"nom\": \"Acier Rive-Sud inc.\"") != std::string::npos);
  CHECK(json.find("\"titre\": \"Soudage-montage\"") != std::string::npos);
  CHECK(json.find("\"fr\": \"Évaluer la compétence 01 ; prévoir une formation en "
                  "santé et sécurité.\"") != std::string::npos);
  CHECK(json.find("\"en\": \"Evaluate competency 01; plan health and safety training.\"") !=
        std::string::npos);
  CHECK(json.find("\"enseignant\": \"Luc Pelletier\"") != std::string::npos);
  CHECK(json.find("Amina") == std::string::npos);  // nobody else's data
  const std::string file = test::output_dir() + "/export.json";
  CHECK(acquis_run("exporter --donnees samples --candidat COTE12345678 --deterministe -o " + file)
            .exit_code == 0);
  CHECK(test::read_file(file) == json);
  CHECK(acquis_run("exporter --donnees samples --candidat ABCD00000000").exit_code == 2);
  CHECK(acquis_run("exporter --donnees samples").exit_code == 2);
}

TEST_CASE("cli: one person's document reads their row only, numbered as the spreadsheet shows it",
          "[cli]") {
  const std::string dir = test::output_dir() + "/donnees-une-rangee";
  std::filesystem::remove_all(dir);
  std::filesystem::copy("samples", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir + "/candidats.csv")
      << "prenom;nom;code_permanent;courriel;programme;numero;date_attestation\n"
      << "Luc;Roy;ROYL1234;;5195;;\n"  // row 2: a broken code, someone else's
      << "\n"
      << "Éloïse;Côté-Bérubé;COTE12345678;eloise@exemple.example;5195;1;2026-06-01\n"
      << "Amina;Diallo;DIAA15569905;pas-une-adresse;5195;;\n";  // row 4 (a blank line is no row)
  const std::string pdf = test::output_dir() + "/une-rangee.pdf";
  const auto fine =
      acquis_run("produire attestation --donnees " + dir + " --candidat COTE12345678 -o " + pdf);
  INFO(fine.err);
  CHECK(fine.exit_code == 0);
  CHECK(fine.err.find("ROYL1234") == std::string::npos);  // row 2 was not read
  const auto broken =
      acquis_run("produire attestation --donnees " + dir + " --candidat DIAA15569905 -o " + pdf);
  CHECK(broken.exit_code == 1);
  CHECK(broken.err.find("candidats.csv:5:") != std::string::npos);  // file line 5
  CHECK(acquis_run("verifier --donnees " + dir).exit_code == 1);    // the whole file is checked
}

TEST_CASE("cli: a layout error in the user's language (--anglais), nothing written", "[cli]") {
  const std::string dir = test::output_dir() + "/gabarits-debordement";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  // A word wider than the text area: found only when the page is laid out.
  std::ofstream(dir + "/large.xml")
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Un mot trop large. -->\n"
      << "<document titre=\"Essai\"><section><p>Anticonstitutionnellement" << std::string(120, 'x')
      << "</p></section></document>\n";
  const std::string pdf = test::output_dir() + "/debordement.pdf";
  std::filesystem::remove(pdf);
  const std::string command = "produire large --gabarits " + dir + " --donnees samples -o " + pdf;
  const auto english = acquis_run(command + " --anglais");
  INFO(english.err);
  CHECK(english.exit_code == 1);
  CHECK(english.err.find(": error: the word “Anticonstitutionnellement") != std::string::npos);
  CHECK(english.err.find("is wider than its frame") != std::string::npos);
  CHECK(english.err.find("erreur") == std::string::npos);
  const auto french = acquis_run(command);
  CHECK(french.exit_code == 1);
  CHECK(french.err.find(": erreur: le mot « Anticonstitutionnellement") != std::string::npos);
  CHECK(!std::filesystem::exists(pdf));
  CHECK(!std::filesystem::exists(pdf + ".tmp"));
}

TEST_CASE("cli: a wrong language or date is a usage error", "[cli]") {
  const auto language = acquis_run("produire attestation --donnees samples --langue es -o -");
  CHECK(language.exit_code == 2);
  CHECK(language.err.find("langue inconnue : « es »") != std::string::npos);
  const auto date = acquis_run("produire attestation --donnees samples --date 2026-02-30 -o -");
  CHECK(date.exit_code == 2);
  CHECK(date.err.find("« 2026-02-30 » n’est pas une date AAAA-MM-JJ valide") != std::string::npos);
  const auto english = acquis_run("--anglais produire attestation --date demain -o -");
  CHECK(english.err.find("“demain” is not a valid YYYY-MM-DD date") != std::string::npos);
}

TEST_CASE("cli: missing resources are said, not silent", "[cli]") {
  // No hyphenation patterns: the document is still made, with a warning naming the file.
  const std::string pdf = test::output_dir() + "/sans-cesure.pdf";
  const auto hyphenless = acquis_run(
      "produire attestation --donnees samples --candidat "
      "COTE12345678 --cesure /nulle-part -o " +
      pdf);
  CHECK(hyphenless.exit_code == 0);
  CHECK(hyphenless.err.find("avertissement: motifs de césure introuvables : "
                            "/nulle-part/hyph_fr.dic") != std::string::npos);
  // No templates: an error, not an empty list.
  const auto documents = acquis_run("documents --gabarits /nulle-part");
  CHECK(documents.exit_code == 1);
  CHECK(documents.err.find("/nulle-part: erreur: aucun gabarit dans ce dossier") !=
        std::string::npos);
  CHECK(documents.out.empty());
  // A candidates file with a header only: a batch says there is nobody to process.
  const std::string dir = test::output_dir() + "/donnees-sans-candidat";
  std::filesystem::remove_all(dir);
  std::filesystem::copy("samples", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir + "/candidats.csv") << "prenom;nom;code_permanent\n";
  const auto nobody =
      acquis_run("lot attestation --donnees " + dir + " --fusion " + dir + "/f.pdf");
  CHECK(nobody.exit_code == 1);
  CHECK(nobody.err.find("aucune personne candidate à traiter") != std::string::npos);
  CHECK(!std::filesystem::exists(dir + "/f.pdf"));
}

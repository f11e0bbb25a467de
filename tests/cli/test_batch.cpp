// `acquis lot`: one file per candidate (named from the person), a merged file, bad rows
// reported without stopping the others, and a killed batch that resumes to exactly the right
// files.
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace acquis;
namespace fs = std::filesystem;

namespace {

const std::string kAcquis = ACQUIS_CLI;

test::CommandResult acquis_run(const std::string& arguments) {
  return test::run(kAcquis + " " + arguments);
}

std::string text_of(const std::string& pdf) {
  return test::normalize_text(test::run("pdftotext " + pdf + " -").out);
}

// A copy of the samples whose candidates file is `csv`.
std::string data_folder(const std::string& name, const std::string& csv) {
  const std::string dir = test::output_dir() + "/" + name;
  fs::remove_all(dir);
  fs::copy("samples", dir, fs::copy_options::recursive);
  fs::remove(dir + "/candidats.csv");
  std::ofstream(dir + "/candidats.csv") << csv;
  return dir;
}

std::set<std::string> files_in(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

// Every word inside the inner border of the attestation (30 pt from each edge of the page).
void check_inside_border(const std::string& pdf) {
  for (const test::Word& w : test::words(pdf)) {
    INFO(w.text << " on page " << w.page);
    CHECK(w.x_min >= 30);
    CHECK(w.y_min >= 30);
    CHECK(w.x_max <= 792 - 30);
    CHECK(w.y_max <= 612 - 30);
  }
}

}  // namespace

TEST_CASE("batch: one attestation per certified person, named from the person, with their data",
          "[cli][batch][pdf]") {
  const std::string out = test::output_dir() + "/lot";
  fs::remove_all(out);
  const auto result = acquis_run("lot attestation --donnees samples --sortie " + out +
                                 " --deterministe --langue fr-CA");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);  // the others are not a failure: not their turn yet
  CHECK(result.err.find("3 fichiers écrits, 0 déjà présent, 0 en erreur.") != std::string::npos);
  // Left out and listed by row (the spreadsheet's), never by name.
  CHECK(result.err.find("22 personnes laissées de côté, que le document ne concerne pas à "
                        "l’étape où en est leur dossier : rangées 3, 4, 6, 7, 8,") !=
        std::string::npos);
  CHECK(result.err.find("Lavoie") == std::string::npos);
  // Certified: two with a sanction and no dossier here, one whose dossier shows every success.
  CHECK(files_in(out) == std::set<std::string>{"attestation_cote-berube-eloise_COTE12345678.pdf",
                                               "attestation_tremblay-maxime_TREM03088801.pdf",
                                               "attestation_levesque-gabriel_LEVG30069504.pdf"});
  const std::string pdf = out + "/attestation_cote-berube-eloise_COTE12345678.pdf";
  test::check_valid(pdf);
  test::check_fonts_embedded(pdf);
  check_inside_border(pdf);
  CHECK(test::page_count(pdf) == 1);
  const std::string text = text_of(pdf);
  CHECK(text.find("Attestation de reconnaissance des acquis et des compétences") !=
        std::string::npos);
  CHECK(text.find("Éloïse Côté-Bérubé") != std::string::npos);
  CHECK(text.find("Code permanent : COTE12345678") != std::string::npos);
  CHECK(text.find("Soudage-montage (DEP 5195)") != std::string::npos);
  CHECK(text.find("Délivrée le 22 novembre 2026") != std::string::npos);  // date_attestation
  CHECK(text.find("Attestation nº 2026-0001") != std::string::npos);
  CHECK(text.find("Marie-Ève Tremblay") != std::string::npos);
  CHECK(text.find("Centre de services scolaire des Navigateurs-du-Fleuve") != std::string::npos);
  const std::string other = text_of(out + "/attestation_levesque-gabriel_LEVG30069504.pdf");
  CHECK(other.find("Gabriel Lévesque") != std::string::npos);
  CHECK(other.find("Délivrée le 3 octobre 2026") != std::string::npos);
  CHECK(other.find("Éloïse") == std::string::npos);
}

TEST_CASE("batch: nobody certified, nothing merged, and the reason", "[cli][batch]") {
  const std::string dir = data_folder("lot-personne",
                                      "prenom,nom,code_permanent,programme\n"
                                      "Jean-Philippe,Gagnon,GAGJ01019912,5195\n");
  const std::string merged = dir + "/lot.pdf";
  const auto result = acquis_run("lot attestation --donnees " + dir + " --fusion " + merged);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("1 personne laissée de côté") != std::string::npos);
  CHECK(result.err.find("aucun fichier fusionné n’a été écrit") != std::string::npos);
  CHECK_FALSE(fs::exists(merged));
  CHECK_FALSE(fs::exists(merged + ".tmp"));
}

TEST_CASE("batch: the certificate's number and date come from the candidates file, in English",
          "[cli][batch][pdf]") {
  const std::string dir =
      data_folder("lot-numeros",
                  "numero,prenom,nom,code_permanent,programme,date_attestation\n"
                  "2026-0412,Zoé,Lévesque-Ouellet,LEVZ12529901,5195,2026-06-01\n");
  const std::string out = dir + "/sortie";
  const auto result =
      acquis_run("lot attestation --donnees " + dir + " --sortie " + out + " --langue en-CA");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string pdf = out + "/attestation_levesque-ouellet-zoe_LEVZ12529901.pdf";
  test::check_valid(pdf);
  check_inside_border(pdf);
  const std::string text = text_of(pdf);
  CHECK(text.find("Certificate of Recognition of Prior Learning and Competencies") !=
        std::string::npos);
  CHECK(text.find("Zoé Lévesque-Ouellet") != std::string::npos);
  CHECK(text.find("Welding and Fitting (DEP 5195)") != std::string::npos);
  CHECK(text.find("Issued on June 1, 2026") != std::string::npos);
  CHECK(text.find("Certificate No. 2026-0412") != std::string::npos);
}

TEST_CASE("batch: --specimen prints a marked certificate for everyone, certified or not",
          "[cli][batch][pdf]") {
  const std::string merged = test::output_dir() + "/lot-specimen.pdf";
  const auto result =
      acquis_run("lot attestation --donnees samples --specimen --silencieux --fusion " + merged +
                 " --deterministe");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(test::page_count(merged) == 25);  // every row of samples/candidats.csv
  CHECK(result.err.find("laissée") == std::string::npos);
  const std::string raw = test::run("pdftotext -raw -f 2 -l 2 " + merged + " -").out;
  CHECK(raw.rfind("SPÉCIM", 0) == 0);  // page 2: Jean-Philippe Gagnon, not certified
  CHECK(test::normalize_text(test::page_text(merged, 2)).find("Jean-Philippe Gagnon") !=
        std::string::npos);
}

TEST_CASE("batch: the merged file has one page per certified person, in the file's order",
          "[cli][batch][pdf]") {
  const std::string merged = test::output_dir() + "/lot-fusion.pdf";
  // What a run killed while writing the merged file left (pages of personal data) goes.
  std::ofstream(merged + ".tmp") << "%PDF-1.4 interrompu";
  const auto result =
      acquis_run("lot attestation --donnees samples --fusion " + merged + " --deterministe");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(merged + ".tmp"));
  test::check_valid(merged);
  REQUIRE(test::page_count(merged) == 3);  // the certified people, rows 2, 5 and 11
  CHECK(test::normalize_text(test::page_text(merged, 1)).find("Éloïse Côté-Bérubé") !=
        std::string::npos);
  CHECK(test::normalize_text(test::page_text(merged, 2)).find("Maxime Tremblay") !=
        std::string::npos);
  CHECK(test::normalize_text(test::page_text(merged, 3)).find("Gabriel Lévesque") !=
        std::string::npos);
  CHECK(result.err.find("22 personnes laissées de côté") != std::string::npos);
}

TEST_CASE("batch: bad rows are reported by number and the others are written", "[cli][batch]") {
  const std::string dir =
      data_folder("lot-erreurs",
                  "prenom,nom,code_permanent,programme,numero,date_attestation\n"
                  "Éloïse,Côté-Bérubé,COTE12345678,5195,1,2026-06-01\n"
                  "Luc,Roy,ROYL1234,5195,2,2026-06-01\n"           // row 3: code too short
                  "Amina,Diallo,DIAA15569905,9999,3,2026-06-01\n"  // row 4: no program
                  "Jean-Philippe,Gagnon,GAGJ01019912,5195,4,2026-06-01\n");
  const std::string out = dir + "/sortie";
  const auto result = acquis_run("lot attestation --donnees " + dir + " --sortie " + out);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("candidats.csv:3:") != std::string::npos);
  CHECK(result.err.find("candidats.csv:4:27: erreur: programme « 9999 » inconnu") !=
        std::string::npos);
  CHECK(result.err.find("2 fichiers écrits, 0 déjà présent, 2 en erreur.") != std::string::npos);
  CHECK(result.err.find("Diallo") == std::string::npos);  // rows, not names, in the report
  CHECK(files_in(out) ==
        std::set<std::string>{"attestation_cote-berube-eloise_COTE12345678.pdf",
                              "attestation_gagnon-jean-philippe_GAGJ01019912.pdf"});
  const std::string strict = dir + "/strict";
  CHECK(acquis_run("lot attestation --arret-erreur --donnees " + dir + " --sortie " + strict)
            .exit_code == 1);
  CHECK((!fs::exists(strict) || fs::is_empty(strict)));
}

TEST_CASE("batch: a person failing in the folder and in the merged file is counted once",
          "[cli][batch]") {
  const std::string dir =
      data_folder("lot-double",
                  "prenom,nom,code_permanent,programme,numero,date_attestation\n"
                  "Éloïse,Côté-Bérubé,COTE12345678,5195,1,2026-06-01\n"
                  "Luc," +
                      std::string(300, 'R') + ",ROYL12345678,5195,2,2026-06-01\n");
  const std::string out = dir + "/sortie", merged = dir + "/lot.pdf";
  const auto result =
      acquis_run("lot attestation --donnees " + dir + " --sortie " + out + " --fusion " + merged);
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("1 fichier écrit, 0 déjà présent, 1 en erreur.") != std::string::npos);
  const std::size_t first = result.err.find("rangée 3");
  REQUIRE(first != std::string::npos);
  CHECK(result.err.find("rangée 3", first + 1) == std::string::npos);
  CHECK(test::page_count(merged) == 1);
}

TEST_CASE("batch: --arret-erreur stops soon, and the summary counts every file written",
          "[cli][batch]") {
  std::string csv = "prenom,nom,code_permanent,programme,numero,date_attestation\n";
  for (int i = 0; i < 120; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "TEST%08d", i);
    // Row 12 (i = 10): a name no font of the certificate can draw.
    csv += (i == 10 ? std::string("中村") : "Prénom" + std::to_string(i)) + ",Nom," + code +
           ",5195," + std::to_string(i) + ",2026-06-01\n";
  }
  const std::string dir = data_folder("lot-arret", csv);
  const std::string out = dir + "/sortie";
  const auto result =
      acquis_run("lot attestation --arret-erreur --taches 2 --donnees " + dir + " --sortie " + out);
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("rangée 12") != std::string::npos);
  const std::size_t written = files_in(out).size();
  CHECK(written < 100);  // stopped, not run to the end
  const std::string summary =
      std::to_string(written) + (written < 2 ? " fichier écrit" : " fichiers écrits");
  CHECK(result.err.find(summary + ", 0 déjà présent, 1 en erreur.") != std::string::npos);
}

TEST_CASE("batch: a killed batch resumes and ends with exactly the right files",
          "[cli][batch][pdf]") {
  std::string csv = "prenom,nom,code_permanent,programme,numero,date_attestation\n";
  constexpr int kCount = 200;
  for (int i = 0; i < kCount; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "TEST%08d", i);
    csv += "Prénom" + std::to_string(i) + ",Nom," + code + ",5195," + std::to_string(i) +
           ",2026-06-01\n";
  }
  const std::string dir = data_folder("lot-reprise", csv);
  const std::string out = dir + "/sortie";
  // Killed (SIGKILL: no chance to clean up) once 20 files are there.
  test::run("(" + kAcquis + " lot attestation --silencieux --donnees " + dir + " --sortie " + out +
            " & pid=$!; while [ $(ls " + out +
            " 2>/dev/null | wc -l) -lt 20 ]; do sleep 0.005; "
            "done; kill -9 $pid; wait $pid) 2>/dev/null");
  std::size_t before = 0;
  for (const std::string& name : files_in(out))
    if (name.size() > 4 && name.substr(name.size() - 4) == ".pdf") {
      ++before;
      CHECK(test::run("qpdf --check " + out + "/" + name + " >/dev/null 2>&1").exit_code == 0);
    }
  REQUIRE(before < kCount);  // it was stopped midway
  const auto resumed = acquis_run("lot attestation --donnees " + dir + " --sortie " + out);
  INFO(resumed.err);
  CHECK(resumed.exit_code == 0);
  // French plurals: 0 and 1 take the singular.
  const auto count = [](std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n < 2 ? one : many);
  };
  CHECK(resumed.err.find(count(kCount - before, "fichier écrit", "fichiers écrits") + ", " +
                         count(before, "déjà présent", "déjà présents") + ", 0 en erreur.") !=
        std::string::npos);
  const std::set<std::string> names = files_in(out);
  CHECK(names.size() == kCount);  // no temporary file left
  for (const std::string& name : names) {
    INFO(name);
    CHECK(name.substr(name.size() - 4) == ".pdf");
    CHECK(test::run("qpdf --check " + out + "/" + name + " >/dev/null 2>&1").exit_code == 0);
  }
  CHECK(text_of(out + "/attestation_nom-prenom199_TEST00000199.pdf").find("Prénom199 Nom") !=
        std::string::npos);
}

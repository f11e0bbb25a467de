// Every built-in document, in French and in English, produced from the samples through the
// command line: valid for qpdf and poppler, fonts embedded, every word on the page, and the
// person's and program's data in the extracted text.
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <cctype>

#include <string>
#include <vector>

using namespace acquis;

namespace {

const std::string kAcquis = ACQUIS_CLI;

struct Case {
  std::string document, candidate;
  std::vector<std::string> french, english;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"attestation",
       "COTE12345678",
       {"Attestation de reconnaissance", "Éloïse Côté-Bérubé", "COTE12345678",
        "Soudage-montage (DEP 5195)", "Délivrée le 22 novembre 2026"},
       {"Certificate of Recognition of Prior Learning", "Welding and Fitting (DEP 5195)",
        "Issued on November 22, 2026"}},
      {"cahier-autoevaluation",
       "LAVS09579608",
       {"Cahier d’autoévaluation", "Sophie Lavoie", "Gérer les rendez-vous d’un bureau médical",
        "Ce cahier couvre les compétences du programme Secrétariat médical."},
       {"Self-Assessment Booklet", "Manage a medical office’s appointments"}},
      {"fiche-inscription",
       "COTE12345678",
       {"Fiche d’inscription", "Côté-Bérubé", "COTE12345678", "Acier Rive-Sud inc.",
        "eloise.cote@exemple.example"},
       {"Registration Form", "Welding and Fitting", "Work experience related to the program"}},
      {"fiche-suivi",
       "LAVS09579608",
       {"Fiche de suivi de la personne candidate", "Sophie Lavoie", "20 mars 2026", "Hélène Dionne",
        "Clôture du dossier"},
       {"Candidate Tracking Sheet", "March 20, 2026", "Closing the file"}},
      {"bilan-entrevue",
       "LAVS09579608",
       {"Bilan de l’entrevue de validation", "Entrevue tenue le 20 mars 2026",
        "991-046 — Tenir les dossiers des patients", "Français, langue d’enseignement"},
       {"Validation Interview Summary", "991-046 — Keep patient records"}},
      {"plan-action",
       "LAVS09579608",
       {"Plan d’action", "Compétence 991-046 — Tenir les dossiers des patients",
        "Transcrire des documents médicaux."},
       {"Action Plan", "Transcribe medical documents."}},
      {"cahier-observation",
       "LAVS09579608",
       {"Cahier d’observation et d’évaluation", "Horaires établis sans erreur",
        "Respect de la confidentialité"},
       {"Observation and Evaluation Booklet", "Respect for confidentiality"}},
      {"fiche-evaluation",
       "LAVS09579608",
       {"Fiche d’évaluation", "4 mai 2026", "Hélène Dionne", "991-054 — Facturer les services"},
       {"Evaluation Sheet", "May 4, 2026", "991-054 — Bill health services"}},
      {"avis-entrevue",
       "DIAA15569905",
       {"Convocation à l’entrevue de validation", "Amina Diallo", "10 décembre 2026", "13 h 30",
        "Julie Tremblay, conseillère ou conseiller", "Patrice Lemieux, spécialiste du métier",
        "Relevés de notes et diplômes"},
       {"Notice of Validation Interview", "December 10, 2026", "1:30 p.m.", "What to bring"}},
      {"synthese-candidats",
       "",
       {"Synthèse des personnes candidates et de leur employeur", "25 personnes candidates",
        "Bélanger, Olivier", "Préposé à l’entrepôt", "Patrice Lemieux"},
       {"Summary of Candidates and Their Employers", "Validation interview", "Dec 10, 2026"}},
      {"declaration-ministere",
       "THIN22628507",
       {"Déclaration au système d’information du Ministère", "2026-08-25", "591200",
        "Critères de réussite satisfaits"},
       {"Report to the Ministère’s Student Information System", "Success criteria met"}},
      {"etiquettes-dossiers",
       "",
       {"Bélanger, Olivier", "BELO17049302", "Préposé à l’entrepôt (CFMS FMS-8142)",
        "Côté-Bérubé, Éloïse"},
       {"Warehouse Clerk (CFMS FMS-8142)", "Welding and Fitting (DEP 5195)"}},
      {"plan-organisation",
       "",
       {"Plan d’organisation de la démarche", "rac@navigateurs-du-fleuve.example", "Julie Tremblay",
        "Personnel de soutien", "Fiche d’évaluation", "Clôture du dossier"},
       {"Organization Plan of the Process", "Support staff", "Closing the file"}},
      {"registre",
       "",
       {"Registre des personnes certifiées", "Côté-Bérubé, Éloïse", "LEVG30069504"},
       {"Register of Certified Persons", "Lévesque, Gabriel"}},
      {"guide-candidat",
       "",
       {"Guide de la personne candidate", "Année scolaire 2026-2027",
        "rac@navigateurs-du-fleuve.example", "Gestion de chantier de construction",
        "Obtenir un certificat ou un diplôme officiel"},
       {"Candidate’s Guide", "School year 2026-2027", "Construction Site Management", "1,110 h"}},
      {"guide-employeur",
       "",
       {"Guide de l’employeur", "Fidéliser son personnel", "1 110 h"},
       {"Employer’s Guide", "Retain staff and strengthen their commitment"}},
  };
  return all;
}

void check_document(const Case& c, const std::string& language) {
  const std::string pdf = test::output_dir() + "/document-" + c.document + "-" + language + ".pdf";
  const auto result = test::run(kAcquis + " produire " + c.document + " --donnees samples" +
                                (c.candidate.empty() ? "" : " --candidat " + c.candidate) +
                                " --langue " + language + " --deterministe -o " + pdf);
  INFO(c.document << " " << language << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  test::check_valid(pdf);
  test::check_fonts_embedded(pdf);
  test::check_words_on_page(pdf, 18);
  const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
  for (const std::string& expected : language == "fr-CA" ? c.french : c.english) {
    INFO("expected: " << expected);
    CHECK(text.find(expected) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("documents: every built-in document renders in French, with the data",
          "[cli][documents][pdf]") {
  for (const Case& c : cases()) check_document(c, "fr-CA");
}

TEST_CASE("documents: every built-in document renders in English, with the data",
          "[cli][documents][pdf]") {
  for (const Case& c : cases()) check_document(c, "en-CA");
}

TEST_CASE("documents: a document missing its data says what to give", "[cli][documents]") {
  const auto result = test::run(kAcquis + " produire bilan-entrevue --donnees samples -o " +
                                test::output_dir() + "/jamais-bilan.pdf");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("ce document a besoin d’une personne candidate (--candidat)") !=
        std::string::npos);
  // A candidate at the self-assessment step has no interview yet.
  const auto early =
      test::run(kAcquis + " produire bilan-entrevue --donnees samples --candidat GAGJ01019912 -o " +
                test::output_dir() + "/jamais-bilan.pdf");
  CHECK(early.exit_code == 1);
  CHECK(early.err.find("ce document a besoin du dossier de la personne") != std::string::npos);
}

TEST_CASE("documents: the summary of candidates as CSV, sorted as a French reader sorts",
          "[cli][documents]") {
  const auto result = test::run(kAcquis + " synthese --donnees samples");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.rfind("\xEF\xBB\xBFnom;prenom;code_permanent;programme;titre_programme;", 0) ==
        0);
  std::size_t rows = 0;
  for (std::size_t at = 0; (at = result.out.find("\r\n", at)) != std::string::npos; at += 2) ++rows;
  CHECK(rows == 26);  // the header and the 25 people
  // The step reached and the next planned, from the dossier; the documents still awaited.
  CHECK(result.out.find("Bélanger;Olivier;BELO17049302;FMS-8142;Préposé à l’entrepôt;"
                        "Acier Rive-Sud inc.;Patrice Lemieux;8;2026-09-24;11;2026-12-08;0") !=
        std::string::npos);  // observation under way (step 9 not done before the evaluation)
  // Certified from the list alone (no dossier): step 13 on the certificate's date.
  CHECK(result.out.find("Tremblay;Maxime;TREM03088801;5195;") != std::string::npos);
  CHECK(result.out.find(";13;2026-11-22;;;0\r\n") != std::string::npos);
  // Training planned after a failed evaluation is the next step, though numbered before it.
  CHECK(result.out.find("Lavoie;Sophie;LAVS09579608;5912;Secrétariat médical;;;11;2026-05-25;10;"
                        "2026-06-30;") != std::string::npos);
  CHECK(result.out.find(";6;2026-11-19;7;2026-12-10;1\r\n") != std::string::npos);  // Diallo
  CHECK(result.out.find("Bélanger") < result.out.find("Benali"));
}

TEST_CASE("documents: the declarations to the Ministère as CSV: step 8, then step 13 once passed",
          "[cli][documents]") {
  const auto result = test::run(kAcquis + " declarations --donnees samples");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("THIN22628507;Thi Lan;Nguyen;5912;2026-08-25;;;2026-10-08;22;591200;"
                        "2026-08-25;2026-10-08;SU\r\n") != std::string::npos);
  // A semi-skilled trade is declared under service 07; step 13 waits for the evaluation.
  CHECK(result.out.find("BELO17049302;Bélanger;Olivier;FMS-8142;2026-09-22;07;01;;;;;;\r\n") !=
        std::string::npos);
  CHECK(result.out.find("LAVS09579608;Lavoie;Sophie;5912;2026-03-20;;;;;;;;\r\n") !=
        std::string::npos);                                     // a competency failed
  CHECK(result.out.find("DIAA15569905") == std::string::npos);  // not interviewed yet
}

TEST_CASE("documents: file labels, ten to a letter sheet, each inside its label",
          "[cli][documents]") {
  const std::string pdf = test::output_dir() + "/etiquettes.pdf";
  REQUIRE(
      test::run(kAcquis + " produire etiquettes-dossiers --donnees samples -o " + pdf).exit_code ==
      0);
  REQUIRE(test::page_count(pdf) == 3);  // 25 people
  std::size_t on_last = 0;
  for (const test::Word& w : test::words(pdf)) {
    // Each label is 4 in × 2 in from 0.5 in down and 0.156 in in, with a 0.1875 in gutter.
    const int column = w.x_min < 306 ? 0 : 1;
    const double left = 11.25 + column * 301.5;
    INFO(w.text << " on page " << w.page);
    CHECK(w.x_min >= left);
    CHECK(w.x_max <= left + 288);
    CHECK(w.y_min >= 36);
    CHECK(w.y_max <= 36 + 5 * 144);
    if (w.page == 3 && w.text.size() == 12 && std::isdigit(static_cast<unsigned char>(w.text[4])))
      ++on_last;  // a code permanent
  }
  CHECK(on_last == 5);
}

TEST_CASE("documents: the register as CSV lists the certified persons", "[cli][documents]") {
  const auto result = test::run(kAcquis + " registre --donnees samples");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.rfind("\xEF\xBB\xBFnumero;nom;prenom;code_permanent;", 0) == 0);
  CHECK(result.out.find("2026-0002;Tremblay;Maxime;TREM03088801;5195;") != std::string::npos);
  CHECK(result.out.find("2026-0001;Côté-Bérubé;Éloïse;COTE12345678;5195;") != std::string::npos);
  // Not certified: no sanction yet (Diallo), a competency failed and no sanction (Lavoie), or
  // every competency passed but the sanction not yet given (Nguyen).
  for (const char* absent : {"Diallo", "Lavoie", "THIN22628507"})
    CHECK(result.out.find(absent) == std::string::npos);
}

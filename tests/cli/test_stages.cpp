// Every built-in document × every step a sample dossier has reached × both languages: the
// document renders with what it must show of that person at that step (valid PDF, fonts
// embedded, nothing off the page), or it is refused with the reason its template declares and
// nothing is written.
#include "language_checks.hpp"
#include "layout_checks.hpp"
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace acquis;

namespace {

const std::string kAcquis = ACQUIS_CLI;

enum class Reached { Nothing, SelfAssessed, Interviewed, Observed, Evaluated, Certified };

// A sample person and what their dossier holds (samples/candidats.csv, samples/dossiers/).
struct Person {
  const char* code;
  Reached reached;
  bool has_record, certified;
  const char* program_fr;
  const char* program_en;
  const char* interview_fr;  // the interview's date as printed, or ""
  const char* interview_en;
  const char* evaluation_fr;  // the latest verdict's date, or ""
  const char* evaluation_en;
};

const std::vector<Person>& people() {
  static const std::vector<Person> all = {
      {"GAGJ01019912", Reached::Nothing, false, false, "Soudage-montage", "Welding and Fitting", "",
       "", "", ""},
      {"DIAA15569905", Reached::SelfAssessed, true, false, "Soudage-montage", "Welding and Fitting",
       "", "", "", ""},
      {"MORS19109707", Reached::Interviewed, true, false, "Soudage-montage", "Welding and Fitting",
       "27 octobre 2026", "October 27, 2026", "", ""},
      {"BELO17049302", Reached::Observed, true, false, "Préposé à l’entrepôt", "Warehouse Clerk",
       "22 septembre 2026", "September 22, 2026", "", ""},
      {"LAVS09579608", Reached::Evaluated, true, false, "Secrétariat médical",
       "Medical Office Administration", "20 mars 2026", "March 20, 2026", "25 mai 2026",
       "May 25, 2026"},
      {"THIN22628507", Reached::Evaluated, true, false, "Secrétariat médical",
       "Medical Office Administration", "25 août 2026", "August 25, 2026", "8 octobre 2026",
       "October 8, 2026"},
      {"COTE12345678", Reached::Certified, true, true, "Soudage-montage", "Welding and Fitting",
       "2 octobre 2026", "October 2, 2026", "12 novembre 2026", "November 12, 2026"},
      {"TREM03088801", Reached::Certified, false, true, "Soudage-montage", "Welding and Fitting",
       "", "", "", ""},
      {"LEVG30069504", Reached::Certified, true, true, "Préposé à l’entrepôt", "Warehouse Clerk",
       "19 mai 2026", "May 19, 2026", "22 septembre 2026", "September 22, 2026"},
  };
  return all;
}

// What a document gives for a person: the text it must hold, or the reason it refuses.
struct Expected {
  std::vector<std::string> texts;
  std::string refusal;  // empty: it renders
};

// The interview planned and not held yet (samples/dossiers/DIAA15569905.xml, step 7).
bool interview_planned(const Person& p) {
  return std::string(p.code) == "DIAA15569905";
}

// A semi-skilled trade's three parts, where the dossier has them (BELO: general education under
// way; LEVG: all three complete).
void add_certificate_parts(std::vector<std::string>& texts, const Person& p, bool french) {
  const std::string code = p.code;
  if (code != "BELO17049302" && code != "LEVG30069504") return;
  texts.push_back(french ? "Volets du certificat" : "Parts of the certificate");
  texts.push_back(french ? "Préparation au marché du travail" : "Preparation for the job market");
  if (code == "BELO17049302") {
    texts.push_back(french ? "150 heures à acquérir" : "150 hours to acquire");
    texts.push_back(french ? "reconnue le 22 septembre 2026" : "recognized on September 22, 2026");
  } else {
    texts.push_back(french ? "réussie le 18 septembre 2026" : "completed on September 18, 2026");
    texts.push_back(french ? "réussi le 22 septembre 2026" : "completed on September 22, 2026");
  }
}

Expected expected(const std::string& document, const Person& p, bool french) {
  const std::string code = p.code, program = french ? p.program_fr : p.program_en;
  const std::string interview = french ? p.interview_fr : p.interview_en;
  const std::string evaluation = french ? p.evaluation_fr : p.evaluation_en;
  if (document == "attestation") {
    if (!p.certified)
      return {{}, french ? "la personne n’est pas certifiée" : "the person is not certified"};
    return {{code, program}, {}};
  }
  if (document == "bilan-entrevue" || document == "plan-action" ||
      document == "declaration-ministere") {
    if (!p.has_record)
      return {{},
              french ? "ce document a besoin du dossier de la personne"
                     : "this document needs the candidate’s record"};
    if (interview.empty())
      return {{},
              french ? "l’entrevue de validation n’a pas encore eu lieu"
                     : "the validation interview has not taken place yet"};
    // BELO's interview went task by task: T3's third task only is to acquire.
    const bool by_task = code == "BELO17049302";
    const std::string third_task = french ? "Consigner l’envoi dans le système d’inventaire"
                                          : "Record the shipment in the inventory system";
    if (document == "bilan-entrevue") {
      std::vector<std::string> texts{
          code, program, (french ? "Entrevue tenue le " : "Interview held on ") + interview};
      if (by_task) texts.push_back("– " + third_task);
      return {texts, {}};
    }
    if (document == "plan-action" && by_task) return {{code, program, third_task}, {}};
    if (document == "declaration-ministere") {  // step 13's fields once every competency passed
      const bool passed = p.reached == Reached::Certified || std::string(p.code) == "THIN22628507";
      const std::string subject = code == "THIN22628507"   ? "591200"
                                  : code == "LEVG30069504" ? "FMS-814200"
                                                           : "519500";
      if (passed) return {{code, program, "SU", subject}, {}};
      return {{code, program,
               french ? "À remplir quand toutes les compétences"
                      : "To be filled in once every competency"},
              {}};
    }
    return {{code, program}, {}};  // (the plan's hours: only for competencies not mastered)
  }
  if (document == "avis-entrevue") {
    if (!p.has_record)
      return {{},
              french ? "ce document a besoin du dossier de la personne"
                     : "this document needs the candidate’s record"};
    if (!interview.empty())
      return {{},
              french ? "l’entrevue de validation a déjà eu lieu"
                     : "the validation interview has already taken place"};
    if (!interview_planned(p))
      return {{},
              french ? "l’entrevue de validation n’est pas encore planifiée"
                     : "the validation interview is not planned yet"};
    return {{code, program, french ? "10 décembre 2026" : "December 10, 2026",
             french ? "13 h 30" : "1:30 p.m.", french ? "Relevés de notes" : "Transcripts"},
            {}};
  }
  if (document == "fiche-suivi") {
    std::vector<std::string> texts{code, program};
    if (interview_planned(p)) texts.push_back(french ? "10 décembre 2026" : "December 10, 2026");
    if (p.has_record) texts.push_back(french ? "réception :" : "received:");
    if (!interview.empty()) texts.push_back(interview);
    if (!evaluation.empty()) texts.push_back(evaluation);
    if (p.certified) texts.push_back(french ? "Attestation nº" : "Certificate No.");
    if (code == "BELO17049302")  // observed, not evaluated yet: observation goes on
      texts.push_back(french ? "en cours, dernière séance le 4 nov. 2026"
                             : "under way, last session on Nov 4, 2026");
    add_certificate_parts(texts, p, french);
    return {texts, {}};
  }
  // Each competency's hours where the program publishes them (not the semi-skilled trade's).
  const bool hours = std::string(p.program_en) != "Warehouse Clerk";
  if (document == "fiche-evaluation") {
    std::vector<std::string> texts{code, program};
    if (!evaluation.empty()) texts.push_back(evaluation);
    if (hours) texts.push_back(" h)");
    // 991-034 is recognized by equivalence: said in place of a verdict, and it counts as passed.
    if (code == "THIN22628507") {
      texts.push_back(french ? "reconnue par équivalence" : "recognized by equivalence");
      texts.push_back(french ? "Succès" : "Pass");
    }
    add_certificate_parts(texts, p, french);
    return {texts, {}};
  }
  if (document == "registre") return {{french ? "Registre" : "Register"}, {}};
  if (document == "plan-organisation")  // the organization's, whoever the person
    return {{french ? "Plan d’organisation de la démarche" : "Organization Plan of the Process",
             "Nadia Roy"},
            {}};
  if (document == "etiquettes-dossiers") return {{code, program}, {}};  // that person's label
  if (document == "synthese-candidats")  // everyone, whoever the person asked for
    return {{french ? "Synthèse des personnes candidates" : "Summary of Candidates", code}, {}};
  if (document == "guide-candidat" || document == "guide-employeur") return {{"Guide"}, {}};
  if (document == "fiche-inscription") return {{code, program}, {}};
  std::vector<std::string> texts{code, program};  // the booklets
  // Every observation session of an element, not only its first (BELO: two on T2's task 2).
  if (document == "cahier-observation" && code == "BELO17049302") {
    texts.push_back(french ? "21 oct. 2026" : "Oct 21, 2026");
    texts.push_back(french ? "4 nov. 2026" : "Nov 4, 2026");
  }
  if (hours) texts.push_back(french ? "Durée : " : "Duration: ");
  return {texts, {}};
}

// Refused for the step the person is at, the document is still made as a training copy with
// --specimen, marked across every page.
void check_specimen(const std::string& document, const Person& p, const std::string& language) {
  const bool french = language == "fr-CA";
  const std::string pdf =
      test::output_dir() + "/specimen-" + document + "-" + p.code + "-" + language + ".pdf";
  const auto result =
      test::run(kAcquis + " produire " + document + " --donnees samples" + " --candidat " + p.code +
                " --langue " + language + " --specimen --deterministe -o " + pdf);
  INFO("specimen of " << document << " for " << p.code << " in " << language << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  test::check_valid(pdf);
  // In the content's order (-raw), the mark comes first on each page: drawn under the rest.
  // Diagonal, it comes out in pieces ("SPÉCIM", "EN"): the spaces are taken out.
  const std::string text = test::run("pdftotext -raw " + pdf + " -").out;
  const std::string mark = french ? "SPÉCIMEN" : "SPECIMEN";
  const std::vector<std::string> pages = test::pages_of(text);
  for (std::size_t k = 0; k < pages.size(); ++k) {
    std::string page;
    for (char c : pages[k])
      if (!std::isspace(static_cast<unsigned char>(c))) page += c;
    INFO("page " << k + 1);
    CHECK(page.rfind(mark, 0) == 0);
  }
  CHECK(!pages.empty());
  CHECK(text.find(p.code) != std::string::npos);
}

// No French left in an English document (proper names aside); « ministère » as Quebec writes it.
void check_language(const std::string& text, bool french) {
  std::string faults;
  for (const std::string& fault : french ? test::ministry_case_faults(text)
                                         : test::french_words(text, test::sample_proper_names()))
    faults += "[" + fault + "] ";
  INFO((french ? "ministère written otherwise: " : "French in English: ") << faults);
  CHECK(faults.empty());
}

void check_case(const std::string& document, const Person& p, const std::string& language) {
  const bool french = language == "fr-CA";
  const Expected want = expected(document, p, french);
  const std::string pdf =
      test::output_dir() + "/etape-" + document + "-" + p.code + "-" + language + ".pdf";
  std::filesystem::remove(pdf);
  const auto result = test::run(kAcquis + " produire " + document + " --donnees samples" +
                                " --candidat " + p.code + " --langue " + language +
                                (french ? "" : " --anglais") + " --deterministe -o " + pdf);
  INFO(document << " for " << p.code << " in " << language << "\n" << result.err);
  if (!want.refusal.empty()) {
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(want.refusal) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf));
    CHECK_FALSE(std::filesystem::exists(pdf + ".tmp"));
    if (p.has_record || document == "attestation") check_specimen(document, p, language);
    return;
  }
  REQUIRE(result.exit_code == 0);
  // No warning: a form fills its pages (no half-empty page, no few lines spilled), no row cut.
  CHECK(result.err.find("avertissement") == std::string::npos);
  test::check_valid(pdf);
  test::check_fonts_embedded(pdf);
  test::check_words_on_page(pdf, 18);
  test::check_layout_rules(pdf);
  const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
  for (const std::string& expected_text : want.texts) {
    INFO("expected: " << expected_text);
    CHECK(text.find(expected_text) != std::string::npos);
  }
  check_language(text, french);
  // The register names exactly the certified people.
  if (document == "registre") CHECK((text.find(p.code) != std::string::npos) == p.certified);
}

void check_document(const std::string& document) {
  for (const Person& p : people())
    for (const char* language : {"fr-CA", "en-CA"}) check_case(document, p, language);
}

}  // namespace

// One test case a document, so that a failure names it and the cases run in parallel.
TEST_CASE("stages: attestation at every step", "[cli][stages]") {
  check_document("attestation");
}
TEST_CASE("stages: cahier-autoevaluation at every step", "[cli][stages]") {
  check_document("cahier-autoevaluation");
}
TEST_CASE("stages: fiche-inscription at every step", "[cli][stages]") {
  check_document("fiche-inscription");
}
TEST_CASE("stages: fiche-suivi at every step", "[cli][stages]") {
  check_document("fiche-suivi");
}
TEST_CASE("stages: bilan-entrevue at every step", "[cli][stages]") {
  check_document("bilan-entrevue");
}
TEST_CASE("stages: plan-action at every step", "[cli][stages]") {
  check_document("plan-action");
}
TEST_CASE("stages: cahier-observation at every step", "[cli][stages]") {
  check_document("cahier-observation");
}
TEST_CASE("stages: fiche-evaluation at every step", "[cli][stages]") {
  check_document("fiche-evaluation");
}
TEST_CASE("stages: registre at every step", "[cli][stages]") {
  check_document("registre");
}
TEST_CASE("stages: avis-entrevue at every step", "[cli][stages]") {
  check_document("avis-entrevue");
}
TEST_CASE("stages: synthese-candidats at every step", "[cli][stages]") {
  check_document("synthese-candidats");
}
TEST_CASE("stages: declaration-ministere at every step", "[cli][stages]") {
  check_document("declaration-ministere");
}
TEST_CASE("stages: etiquettes-dossiers at every step", "[cli][stages]") {
  check_document("etiquettes-dossiers");
}
TEST_CASE("stages: plan-organisation at every step", "[cli][stages]") {
  check_document("plan-organisation");
}
TEST_CASE("stages: guide-candidat at every step", "[cli][stages]") {
  check_document("guide-candidat");
}
TEST_CASE("stages: guide-employeur at every step", "[cli][stages]") {
  check_document("guide-employeur");
}

TEST_CASE("stages: every built-in document is in the matrix", "[cli][stages]") {
  const auto listed = test::run(kAcquis + " documents");
  REQUIRE(listed.exit_code == 0);
  std::size_t count = 0;
  for (std::size_t at = 0; (at = listed.out.find('\n', at)) != std::string::npos; ++at) ++count;
  CHECK(count == 16);  // the sixteen test cases above
}

namespace {

// `text` holds `part` this many times.
std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("stages: a competency published without elements still has a row to fill",
          "[cli][stages]") {
  // The samples with 5912's elements taken out, and a dossier at the interview.
  const std::string dir = test::output_dir() + "/sans-elements";
  std::filesystem::remove_all(dir);
  std::filesystem::copy("samples", dir, std::filesystem::copy_options::recursive);
  std::filesystem::remove_all(dir + "/dossiers");
  std::filesystem::create_directories(dir + "/dossiers");
  const std::string program = dir + "/programmes/secretariat-medical.xml";
  std::string xml = test::read_file(program);
  for (std::size_t at; (at = xml.find("<element")) != std::string::npos;)
    xml.erase(at, xml.find("</element>", at) + 10 - at);
  std::ofstream(program) << xml;
  std::ofstream(dir + "/dossiers/LAVS09579608.xml")
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<dossier code-permanent=\"LAVS09579608\" programme=\"5912\">\n"
         "  <entrevue date=\"2026-03-20\">\n"
         "    <competence code=\"991-034\" statut=\"maitrisee\"/>\n"
         "    <competence code=\"991-046\" statut=\"non-maitrisee\"/>\n"
         "  </entrevue>\n</dossier>\n";
  // Each document: how many competencies it gives a table (the plan: those not mastered).
  for (const auto& [document, tables] : std::vector<std::pair<std::string, std::size_t>>{
           {"cahier-autoevaluation", 3}, {"cahier-observation", 3}, {"plan-action", 1}}) {
    for (const char* language : {"fr-CA", "en-CA"}) {
      const std::string pdf = dir + "/" + document + "-" + language + ".pdf";
      const auto result = test::run(kAcquis + " produire " + document + " --donnees " + dir +
                                    " --candidat LAVS09579608 --langue " + language + " -o " + pdf);
      INFO(document << " " << language << "\n" << result.err);
      REQUIRE(result.exit_code == 0);
      const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
      const bool french = std::string(language) == "fr-CA";
      CHECK(occurrences(text, french ? "La compétence dans son ensemble"
                                     : "The competency as a whole") == tables);
    }
  }
}

TEST_CASE("stages: performance criteria are listed one by one, not run together", "[cli][stages]") {
  const std::string pdf = test::output_dir() + "/criteres.pdf";
  const auto result = test::run(kAcquis + " produire cahier-observation --donnees samples" +
                                " --programme 5912 -o " + pdf);
  REQUIRE(result.exit_code == 0);
  const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
  CHECK(text.find("– Respect de la confidentialité") != std::string::npos);
  CHECK(text.find(".;") == std::string::npos);
  CHECK(text.find(". ;") == std::string::npos);
}

TEST_CASE("stages: a competency's context and its own criteria are printed as published",
          "[cli][stages]") {
  for (const char* language : {"fr-CA", "en-CA"}) {
    const std::string pdf = test::output_dir() + "/contexte-" + language + ".pdf";
    const auto result = test::run(kAcquis + " produire cahier-observation --donnees samples" +
                                  " --programme EEC.9X --langue " + language + " -o " + pdf);
    REQUIRE(result.exit_code == 0);
    const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
    const bool french = std::string(language) == "fr-CA";
    for (const char* expected :
         {french ? "Contexte de réalisation :" : "Context of performance:",
          french ? "– À l’aide d’un logiciel de planification" : "– Using scheduling software",
          french ? "Critères de performance pour l’ensemble de la compétence :"
                 : "Performance criteria for the competency as a whole:",
          french ? "– Respect des échéances du contrat"
                 : "– Compliance with the contract’s deadlines"}) {
      INFO(expected);
      CHECK(text.find(expected) != std::string::npos);
    }
  }
}

namespace {

// The text of `document` made for `who` (--programme CODE or --candidat CODE) in `language`.
std::string made_text(const std::string& document, const std::string& who,
                      const std::string& language) {
  const std::string pdf = test::output_dir() + "/referentiel-" + document + "-" + language + ".pdf";
  const auto result = test::run(kAcquis + " produire " + document + " --donnees samples " + who +
                                " --langue " + language + " --deterministe -o " + pdf);
  INFO(document << " " << who << " " << language << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  test::check_valid(pdf);
  test::check_words_on_page(pdf, 18);
  return test::normalize_text(test::run("pdftotext " + pdf + " -").out);
}

void check_holds(const std::string& text, const std::vector<std::string>& expected) {
  for (const std::string& e : expected) {
    INFO("expected: " << e);
    CHECK(text.find(e) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("stages: programs as published: a DEC's general and specific training, fractions",
          "[cli][stages]") {
  check_holds(made_text("cahier-autoevaluation", "--programme 243.X0", "fr-CA"),
              {"Technologie de l’électronique industrielle (DEC 243.X0)",
               "Durée : 60 h · 2 1/3 unités · formation générale",
               "Durée : 90 h · 4 unités · formation spécifique · au choix de l’établissement",
               "formation spécifique · compétence optionnelle", "Contexte de réalisation :"});
  check_holds(made_text("cahier-observation", "--programme 243.X0", "en-CA"),
              {"Industrial Electronics Technology",
               "2 2/3 credits · specific training · optional competency", "general education"});
}

TEST_CASE("stages: programs as published: a DEP listed without elements, and its English code",
          "[cli][stages]") {
  const std::string booklet = made_text("cahier-autoevaluation", "--programme 5373", "fr-CA");
  check_holds(booklet, {"Entretien de bâtiments (DEP 5373)", "La compétence dans son ensemble",
                        "Durée : 105 h · 7 unités · compétence spécifique", "soit 630 h"});
  // The program answers to its code in the English sector too.
  check_holds(made_text("cahier-autoevaluation", "--programme 5873", "en-CA"),
              {"Building Maintenance", "The competency as a whole"});
  check_holds(made_text("guide-candidat", "", "fr-CA"),
              {"5873 dans le secteur anglophone", "Entretien de bâtiments"});
}

TEST_CASE("stages: programs as published: an occupational norm is an inventory grid",
          "[cli][stages]") {
  const std::string fr =
      made_text("cahier-autoevaluation", "--programme norme-chariot-elevateur", "fr-CA");
  check_holds(fr, {"Grille d’inventaire des compétences",
                   "Ce cahier couvre 3 compétences du programme Conductrice ou conducteur de "
                   "chariot élévateur.",
                   "Pour chaque élément de compétence"});
  CHECK(fr.find(" 0 h") == std::string::npos);
  // Published without a code, the norm is named by its file and printed by its title only.
  CHECK(fr.find("(norme professionnelle)") != std::string::npos);
  CHECK(fr.find("norme-chariot-elevateur") == std::string::npos);
  check_holds(made_text("cahier-autoevaluation", "--programme norme-chariot-elevateur", "en-CA"),
              {"Competency Inventory Grid", "For each competency element"});
}

TEST_CASE("stages: a trade's title agrees with the person", "[cli][stages]") {
  // Gabriel Lévesque (m, certified), Awa Traoré (f), Alexis Pelletier (x): the warehouse trade.
  const std::string his = made_text("attestation", "--candidat LEVG30069504", "fr-CA");
  CHECK(his.find("Préposé à l’entrepôt") != std::string::npos);
  CHECK(his.find("Préposée") == std::string::npos);
  check_holds(made_text("fiche-suivi", "--candidat TRAA08588808", "fr-CA"),
              {"Préposée à l’entrepôt"});
  check_holds(made_text("fiche-suivi", "--candidat PELA14029211", "fr-CA"),
              {"Préposée ou préposé à l’entrepôt"});
  check_holds(made_text("attestation", "--candidat LEVG30069504", "en-CA"), {"Warehouse Clerk"});
}

TEST_CASE("stages: an interview judged task by task plans only the tasks not mastered",
          "[cli][stages]") {
  // BELO: T3's tasks 1 and 2 mastered, task 3 not; T1 and T2 mastered as a whole.
  const std::string plan = made_text("plan-action", "--candidat BELO17049302", "fr-CA");
  check_holds(plan, {"Compétence T3", "Consigner l’envoi dans le système d’inventaire"});
  CHECK(plan.find("Prélever les articles") == std::string::npos);
  CHECK(plan.find("Compétence T1") == std::string::npos);
  const std::string summary = made_text("bilan-entrevue", "--candidat BELO17049302", "en-CA");
  check_holds(summary, {"T3 — Prepare orders", "– Record the shipment in the inventory system"});
  CHECK(summary.find("Pick the items") == std::string::npos);
}

// The advisors' workspace over a copy of samples/: the people found by what is typed (accents
// and case aside) in French order, and a dossier saved part by part: refused when it changed
// meanwhile (naming the part), refused with each error at its field, the rest of the file kept.
#include <acquis/app/data_set.hpp>
#include <acquis/app/dossier_store.hpp>
#include <acquis/app/people_index.hpp>
#include <acquis/app/person_files.hpp>

#include "core/folding.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <filesystem>
#include <fstream>

using namespace acquis;
using namespace acquis::app;
namespace fs = std::filesystem;

namespace {

// A fresh copy of the samples for each test (run from the project's root): saves write into it.
std::string sample_folder() {
  static int count = 0;
  return acquis::test::copy_of_samples("espace-" + std::to_string(++count));
}

DataSet load(const std::string& folder) {
  DataSet data;
  std::vector<Diagnostic> diagnostics;
  REQUIRE(load_data_set(folder, {}, data, diagnostics));
  return data;
}

std::string read(const fs::path& path) {
  return acquis::test::read_file(path.string());
}

std::vector<std::string> names(const PeopleIndex::Page& page) {
  std::vector<std::string> found;
  for (const PersonSummary* s : page.people) found.push_back(s->person->family_name);
  return found;
}

DossierEdit interview(const std::string& code, const std::string& tag, const std::string& date) {
  DossierEdit edit{code, DossierPart::Interview, {}, tag, "julie.tremblay", "2026-12-01"};
  edit.values.interview_date = date;
  edit.values.outcomes = {{"01", true, ""}, {"03", false, ""}};
  edit.values.recommendation.fr = "Observer la compétence 01.";
  return edit;
}

}  // namespace

TEST_CASE("text folded for matching: accents, case and apostrophes aside", "[app][people]") {
  CHECK(fold_for_matching("  Côté-BÉRUBÉ ") == "cote-berube");
  CHECK(fold_for_matching("L’Écuyer") == "l'ecuyer");
  CHECK(fold_for_matching("Noémie") == fold_for_matching("NOEMIE"));
}

TEST_CASE("people: found by words typed without accents, in French order", "[app][people]") {
  const DataSet data = load(sample_folder());
  const PeopleIndex index(data);
  REQUIRE(index.size() == 25);
  // Every word must begin a word of the person's: « cote » finds Côté-Bérubé, not « Traoré ».
  CHECK(names(index.search("cote", 0, 10)) == std::vector<std::string>{"Côté-Bérubé"});
  CHECK(names(index.search("BERUBE eloise", 0, 10)) == std::vector<std::string>{"Côté-Bérubé"});
  CHECK(names(index.search("ore", 0, 10)).empty());
  CHECK(names(index.search("cote12345678", 0, 10)) == std::vector<std::string>{"Côté-Bérubé"});
  // By program and employer too.
  CHECK(index.search("secretariat", 0, 100).total == 6);
  CHECK(index.search("acier rive", 0, 100).total == 7);
  // French order: accents count only to break ties (Bélanger before Benali, Côté before Dubé).
  const std::vector<std::string> first = names(index.search("", 0, 4));
  CHECK(first == std::vector<std::string>{"Bélanger", "Benali", "Bouchard", "Caron"});
}

TEST_CASE("people: paged, the total counted over every page", "[app][people]") {
  const DataSet data = load(sample_folder());
  const PeopleIndex index(data);
  const PeopleIndex::Page second = index.search("", 20, 20);
  CHECK(second.total == 25);
  CHECK(second.people.size() == 5);
  CHECK(index.search("", 40, 20).people.empty());
  const PersonSummary& morin = *index.search("morin samuel", 0, 1).people.at(0);
  CHECK(morin.progress.reached == 7);  // the interview held
  CHECK(morin.progress.next == 8);
  CHECK(morin.employer->name == "Chantiers navals Beaumont");
}

TEST_CASE("dossier: a part saved, the rest of the file kept, the former version too",
          "[app][dossier]") {
  const std::string folder = sample_folder();
  const DataSet data = load(folder);
  const DossierFile before = read_dossier(data, "MORS19109707");
  REQUIRE(before.exists);
  DossierEdit edit = interview("MORS19109707", before.tag, "2026-10-27");
  edit.values.recommendation = data.record("MORS19109707")->recommendation;
  const DossierSave saved = save_dossier_part(data, edit);
  REQUIRE(saved.outcome == DossierSave::Outcome::Saved);
  const std::string text = read(fs::path(folder) / "dossiers" / "MORS19109707.xml");
  CHECK(saved.now.tag == dossier_tag(&text));
  CHECK(text.find("<competence code=\"03\" statut=\"non-maitrisee\"") != std::string::npos);
  CHECK(text.find("code=\"05\"") == std::string::npos);
  // The English recommendation stays with its unchanged French; the comment and steps stay.
  CHECK(text.find("en=\"Observe competencies 01 and 03") != std::string::npos);
  CHECK(text.find("CONTENU INVENTÉ") != std::string::npos);
  CHECK(text.find("<etape numero=\"7\" prevue=\"2026-10-27\" heure=\"9:00\"") != std::string::npos);
  CHECK(read(fs::path(folder) / saved.previous_version) == before.text);
  const std::string journal = read(fs::path(folder) / "journal.log");
  CHECK(journal.find("\tjulie.tremblay\tdossier-enregistre\tMORS19109707\tentrevue\n") !=
        std::string::npos);
  CHECK(journal.find("Observer") == std::string::npos);
}

TEST_CASE("dossier: a save on a version someone changed meanwhile is refused, naming the part",
          "[app][dossier]") {
  const std::string folder = sample_folder();
  const DataSet data = load(folder);
  const std::string first_tag = read_dossier(data, "MORS19109707").tag;
  DossierEdit steps{"MORS19109707", DossierPart::Steps, {}, first_tag, "nadia.roy", "2026-12-01"};
  steps.values.steps = data.record("MORS19109707")->steps;
  steps.values.steps.back().done = "2026-11-18";
  REQUIRE(save_dossier_part(data, steps).outcome == DossierSave::Outcome::Saved);

  const std::string after_first = read(fs::path(folder) / "dossiers" / "MORS19109707.xml");
  const DossierSave second =
      save_dossier_part(data, interview("MORS19109707", first_tag, "2026-10-27"));
  CHECK(second.outcome == DossierSave::Outcome::Conflict);
  CHECK(second.changed == std::vector<DossierPart>{DossierPart::Steps});
  CHECK(second.now.tag == dossier_tag(&after_first));
  CHECK(read(fs::path(folder) / "dossiers" / "MORS19109707.xml") == after_first);
}

TEST_CASE("dossier: every error of a part given with the field it concerns, nothing written",
          "[app][dossier]") {
  const std::string folder = sample_folder();
  const DataSet data = load(folder);
  const DossierFile before = read_dossier(data, "MORS19109707");
  DossierEdit edit = interview("MORS19109707", before.tag, "2026-10-32");
  edit.values.outcomes.push_back({"99", true, ""});
  const DossierSave refused = save_dossier_part(data, edit);
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  REQUIRE(refused.pointers.size() == refused.diagnostics.size());
  CHECK(std::find(refused.pointers.begin(), refused.pointers.end(), "/entrevue/date") !=
        refused.pointers.end());
  CHECK(std::find(refused.pointers.begin(), refused.pointers.end(),
                  "/entrevue/resultats/2/competence") != refused.pointers.end());
  CHECK(read(fs::path(folder) / "dossiers" / "MORS19109707.xml") == before.text);

  // A step done before the one it follows: the later step's date is pointed at.
  DossierEdit steps{"MORS19109707", DossierPart::Steps, {},
                    before.tag,     "julie.tremblay",   "2026-12-01"};
  steps.values.steps = data.record("MORS19109707")->steps;
  steps.values.steps.at(1).done = "2026-09-01";  // step 5 before step 3 (2026-09-30)
  const DossierSave order = save_dossier_part(data, steps);
  REQUIRE(order.outcome == DossierSave::Outcome::Invalid);
  CHECK(std::find(order.pointers.begin(), order.pointers.end(), "/etapes/5/faite") !=
        order.pointers.end());
}

TEST_CASE("dossier: a person without one gets one at the first save", "[app][dossier]") {
  const std::string folder = sample_folder();
  const DataSet data = load(folder);
  const DossierFile none = read_dossier(data, "GAUC12617906");
  CHECK_FALSE(none.exists);
  CHECK(none.tag == dossier_tag(nullptr));
  DossierEdit edit{"GAUC12617906", DossierPart::Documents, {},
                   none.tag,       "julie.tremblay",       "2026-12-01"};
  edit.values.documents = {{"preuve-residence", "2026-09-12"}, {"releve-notes", ""}};
  REQUIRE(save_dossier_part(data, edit).outcome == DossierSave::Outcome::Saved);
  const std::string text = read(fs::path(folder) / "dossiers" / "GAUC12617906.xml");
  CHECK(text.find("<dossier code-permanent=\"GAUC12617906\" programme=\"5912\">") !=
        std::string::npos);
  CHECK(text.find("<piece type=\"releve-notes\" />") != std::string::npos);
  CHECK(load(folder).record("GAUC12617906")->documents.size() == 2);

  DossierEdit nobody = edit;
  nobody.permanent_code = "ZZZZ99999999";
  CHECK(save_dossier_part(data, nobody).outcome == DossierSave::Outcome::UnknownPerson);
}

TEST_CASE("sanction: given to a certified person only, a number no one else has, the list kept",
          "[app][dossier]") {
  const std::string folder = sample_folder();
  const DataSet data = load(folder);
  const std::string list_before = read(fs::path(folder) / "candidats.csv");
  const auto edit = [&](const std::string& code, const std::string& number,
                        const std::string& date) {
    return SanctionEdit{code,        number,      date, sanction_tag(*data.candidate(code)),
                        "nadia.roy", "2026-12-01"};
  };
  // Sophie Lavoie has a competency without a success; Samuel Morin is not evaluated at all.
  DossierSave refused = save_sanction(data, edit("LAVS09579608", "2026-0100", "2026-11-30"));
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  CHECK(refused.diagnostics.at(0).code == "sanction.not-certified");
  CHECK(refused.pointers.at(0) == "/sanction/numero");
  refused = save_sanction(data, edit("THIN22628507", "2026-0001", "2026-12-25"));
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  CHECK(refused.diagnostics.size() == 2);  // a number taken, a date to come
  refused = save_sanction(data, edit("THIN22628507", "2026-0100", ""));
  CHECK(refused.pointers == std::vector<std::string>{"/sanction/date_attestation"});
  CHECK(read(fs::path(folder) / "candidats.csv") == list_before);

  // Nguyen Thi Lan passed every competency: her row alone changes.
  const DossierSave saved = save_sanction(data, edit("THIN22628507", "2026-0100", "2026-11-30"));
  REQUIRE(saved.outcome == DossierSave::Outcome::Saved);
  const std::string list = read(fs::path(folder) / "candidats.csv");
  CHECK(list.find("5912;f;2026-0100;2026-11-30\n") != std::string::npos);
  CHECK(list.size() == list_before.size() + std::string("2026-01002026-11-30").size());
  CHECK(read(fs::path(folder) / saved.previous_version) == list_before);
  // A stale version is refused; then withdrawn, both emptied.
  CHECK(save_sanction(data, edit("THIN22628507", "", "")).outcome ==
        DossierSave::Outcome::Conflict);
  const DataSet reloaded = load(folder);
  const SanctionEdit withdraw{
      "THIN22628507", "",          "", sanction_tag(*reloaded.candidate("THIN22628507")),
      "nadia.roy",    "2026-12-01"};
  REQUIRE(save_sanction(reloaded, withdraw).outcome == DossierSave::Outcome::Saved);
  CHECK(read(fs::path(folder) / "candidats.csv") == list_before);

  // Erased, she leaves the former lists too.
  Erasure erased;
  std::string error;
  REQUIRE(erase_person(folder, "THIN22628507", "nadia.roy", erased, error));
  for (const auto& entry : fs::directory_iterator(fs::path(folder) / "versions"))
    CHECK(read(entry.path()).find("THIN22628507") == std::string::npos);
  CHECK(read(fs::path(folder) / "journal.log").find("THIN22628507") == std::string::npos);
}

// What an adversarial review found: each a way a save from the page lost or falsified data.
TEST_CASE(
    "dossier: English twins kept when the French only differs in its line breaks, or when "
    "an earlier session is removed",
    "[app][dossier]") {
  const std::string folder = sample_folder();
  const fs::path morin = fs::path(folder) / "dossiers" / "MORS19109707.xml";
  std::string text = read(morin);
  const std::string one_line = "Observer les compétences 01 et 03 en atelier ;";
  text.replace(text.find(one_line), one_line.size(),
               "Observer les compétences 01 et 03\n      en atelier ;");
  std::ofstream(morin, std::ios::binary) << text;
  const DataSet data = load(folder);
  DossierEdit edit =
      interview("MORS19109707", read_dossier(data, "MORS19109707").tag, "2026-10-27");
  edit.values.outcomes = data.record("MORS19109707")->outcomes;
  edit.values.recommendation.fr = data.record("MORS19109707")->recommendation.fr;  // collapsed
  REQUIRE(save_dossier_part(data, edit).outcome == DossierSave::Outcome::Saved);
  text = read(morin);
  CHECK(text.find("en=\"Observe competencies 01 and 03") != std::string::npos);
  CHECK(text.find("03\n      en atelier") != std::string::npos);  // written as it was

  const fs::path belanger = fs::path(folder) / "dossiers" / "BELO17049302.xml";
  DossierEdit sessions{"BELO17049302",
                       DossierPart::Observations,
                       {},
                       read_dossier(data, "BELO17049302").tag,
                       "julie.tremblay",
                       "2026-12-01"};
  sessions.values.observations = data.record("BELO17049302")->observations;
  sessions.values.observations.erase(sessions.values.observations.begin());
  REQUIRE(save_dossier_part(data, sessions).outcome == DossierSave::Outcome::Saved);
  text = read(belanger);
  CHECK(text.find("Purchase order checked") == std::string::npos);
  CHECK(
      text.find("commentaire=\"Rotation à revoir\" commentaire-en=\"Stock rotation to review\"") !=
      std::string::npos);
}

TEST_CASE(
    "dossier: a dossier with errors is not saved over; nothing done is dated after today; "
    "a competency judged once; the interview's new date moves step 7",
    "[app][dossier]") {
  const std::string folder = sample_folder();
  const fs::path cote = fs::path(folder) / "dossiers" / "COTE12345678.xml";
  std::string broken = read(cote);
  broken.replace(broken.find("faite=\"2026-09-"), 16, "faite=\"2026-09-31");
  std::ofstream(cote, std::ios::binary) << broken;
  DataSet data;
  std::vector<Diagnostic> diagnostics;
  load_data_set(folder, {}, data, diagnostics);
  AssessmentRecord record;
  CHECK_FALSE(dossier_record(data, read_dossier(data, "COTE12345678"), record));
  DossierEdit steps{
      "COTE12345678",   DossierPart::Steps, {}, read_dossier(data, "COTE12345678").tag,
      "julie.tremblay", "2026-12-01"};
  steps.values.steps = {{14, "", "2026-12-01", "", "", {}, {}}};
  CHECK(save_dossier_part(data, steps).outcome == DossierSave::Outcome::BrokenRecord);
  CHECK(read(cote) == broken);

  const std::string tag = read_dossier(data, "MORS19109707").tag;
  DossierEdit future = interview("MORS19109707", tag, "2026-12-02");
  DossierSave refused = save_dossier_part(data, future);
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  CHECK(refused.pointers == std::vector<std::string>{"/entrevue/date"});
  DossierEdit twice = interview("MORS19109707", tag, "2026-10-27");
  twice.values.outcomes.push_back({"01", false, ""});
  refused = save_dossier_part(data, twice);
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  CHECK(refused.pointers == std::vector<std::string>{"/entrevue/resultats/2/competence"});
  DossierEdit missing{"MORS19109707", DossierPart::SelfAssessment, {}, tag, "julie.tremblay",
                      "2026-12-01"};
  missing.values.self_assessment_date = "2026-10-06";
  missing.values.answers = {{"01", "1", "maitrise"}, {"03", "", "partiel"}};
  refused = save_dossier_part(data, missing);
  REQUIRE(refused.outcome == DossierSave::Outcome::Invalid);
  CHECK(refused.pointers.at(0) == "/autoevaluation/reponses/1/element");

  // Held on the 28th, not the 27th: step 7, done on the interview's day, follows.
  REQUIRE(save_dossier_part(data, interview("MORS19109707", tag, "2026-10-28")).outcome ==
          DossierSave::Outcome::Saved);
  CHECK(read(fs::path(folder) / "dossiers" / "MORS19109707.xml")
            .find("<etape numero=\"7\" prevue=\"2026-10-27\" heure=\"9:00\" lieu=\"Chantiers "
                  "navals Beaumont, 8, chemin du Quai, Beaumont\" faite=\"2026-10-28\"") !=
        std::string::npos);
}

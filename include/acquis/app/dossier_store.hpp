// A person's dossier changed part by part from the advisors' page. A save is refused when the
// dossier changed since it was read (its tag, an HTTP ETag, differs: someone else saved in
// between), checked as `acquis verifier` checks a dossier, then written atomically with the
// former version kept in dossiers/versions/ and the save written in the access journal. What
// the part does not hold (English twins of unchanged texts, examples, joined documents, the
// registration) is kept as it was.
#pragma once

#include <acquis/app/data_set.hpp>
#include <acquis/diagnostic.hpp>

#include <string>
#include <vector>

namespace acquis::app {

enum class DossierPart { Steps, Documents, SelfAssessment, Interview, Observations, Evaluations };
// "etapes", "pieces", "autoevaluation", "entrevue", "observations", "evaluations"
const char* dossier_part_name(DossierPart part);
bool parse_dossier_part(const std::string& name, DossierPart& part);
inline constexpr DossierPart kDossierParts[] = {
    DossierPart::Steps,     DossierPart::Documents,    DossierPart::SelfAssessment,
    DossierPart::Interview, DossierPart::Observations, DossierPart::Evaluations};

// The tag of a dossier's bytes ("\"d-…\""), "\"absent\"" when there is no dossier yet.
std::string dossier_tag(const std::string* text);

struct DossierFile {
  std::string path, text, tag;
  bool exists = false;
};
// The person's dossier as the file is now (not as loaded: the tag must be the file's).
DossierFile read_dossier(const DataSet& data, const std::string& permanent_code);
// What the file says, read as `acquis verifier` reads it; false when it has errors (to be fixed
// in the file: the page shows none of it rather than a part of it). An absent file is an
// empty dossier.
bool dossier_record(const DataSet& data, const DossierFile& file, AssessmentRecord& record);

struct DossierEdit {
  std::string permanent_code;
  DossierPart part = DossierPart::Steps;
  AssessmentRecord values;   // the part's fields are read, the others ignored
  std::string expected_tag;  // the tag of the dossier the change was made on
  std::string by;            // who saves, for the journal
  std::string today;         // YYYY-MM-DD: what is done is not dated after it
};
// The most rows a list part (answers, results, sessions, verdicts) may hold.
inline constexpr std::size_t kMaxDossierRows = 500;

struct DossierSave {
  enum class Outcome { Saved, Conflict, Invalid, UnknownPerson, BrokenRecord, Unwritable };
  Outcome outcome = Outcome::Unwritable;
  DossierFile now;  // the dossier after the save, or as someone else left it (Conflict)
  // Conflict: the parts someone else changed since `expected_tag` (empty when that version is
  // no longer kept).
  std::vector<DossierPart> changed;
  // Invalid: what `acquis verifier` would say, each with where the page shows it: a JSON
  // pointer into the part ("/entrevue/date", "/etapes/7/faite", "/observations/2/resultat").
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> pointers;
  std::string previous_version;  // relative to the data folder, when one was kept
};

DossierSave save_dossier_part(const DataSet& data, const DossierEdit& edit);

// The sanction (the certificate's number and date), which the list of people holds
// (columns numero and date_attestation): given when every competency of the dossier is passed
// or recognized and the certificate's other parts are complete, a number no one else has, a
// date that exists and is not to come; both emptied to withdraw it. The list's row is changed in
// place (every other byte kept) with the former list kept in versions/.
struct SanctionEdit {
  std::string permanent_code, number, date;
  std::string expected_tag;  // sanction_tag of the person as the change was made on
  std::string by, today;     // who saves; today's date (YYYY-MM-DD)
};
std::string sanction_tag(const Candidate& person);
// The outcome as for a dossier part; the pointers are "/sanction/numero" and
// "/sanction/date_attestation"; `now.tag` is the sanction's tag.
DossierSave save_sanction(const DataSet& data, const SanctionEdit& edit);

}  // namespace acquis::app

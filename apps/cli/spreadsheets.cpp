#include "spreadsheets.hpp"

#include "csv_table.hpp"
#include "session.hpp"

#include <unicode/coll.h>

#include <algorithm>
#include <memory>

namespace acquis::cli {

namespace {

std::string employer_name(const app::DataSet& data, const std::string& id) {
  const Employer* employer = data.employer(id);
  return employer ? employer->name : id;
}

}  // namespace

int export_register_of(const Arguments& args, const app::RunConfig& config,
                       const app::DataSet& data) {
  std::vector<const Candidate*> certified;
  for (const Candidate& c : data.candidates)
    if (certification_of(c, data.program(c.program), data.record(c.permanent_code)).certified())
      certified.push_back(&c);
  std::stable_sort(certified.begin(), certified.end(),
                   [](const Candidate* a, const Candidate* b) { return a->number < b->number; });
  CsvTable csv({"numero", "nom", "prenom", "code_permanent", "programme", "titre_programme",
                "employeur", "date_attestation"});
  for (const Candidate* c : certified) {
    const Program* program = data.program(c->program);
    csv.row({c->number, c->family_name, c->given_name, c->permanent_code, c->program,
             program ? program->title_for(c->gender, config.language) : "",
             employer_name(data, c->employer), c->certification_date});
  }
  return csv.write(args, "cli.register-written");
}

int export_summary_of(const Arguments& args, const app::RunConfig& config,
                      const app::DataSet& data) {
  std::vector<const Candidate*> people;
  for (const Candidate& c : data.candidates) people.push_back(&c);
  // By name as a French reader sorts them (Bélanger before Bouchard).
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(
      icu::Collator::createInstance(icu::Locale("fr_CA"), status));
  if (U_SUCCESS(status))
    std::stable_sort(people.begin(), people.end(), [&](const Candidate* a, const Candidate* b) {
      UErrorCode s = U_ZERO_ERROR;
      return collator->compareUTF8(a->family_name + " " + a->given_name,
                                   b->family_name + " " + b->given_name, s) == UCOL_LESS;
    });
  CsvTable csv({"nom", "prenom", "code_permanent", "programme", "titre_programme", "employeur",
                "specialiste", "etape_atteinte", "date_etape", "prochaine_etape",
                "date_prochaine_etape", "pieces_attendues"});
  for (const Candidate* c : people) {
    const Program* program = data.program(c->program);
    const AssessmentRecord* record = data.record(c->permanent_code);
    const Progress progress =
        progress_of(record, c, certification_of(*c, program, record).certified());
    const Employer* employer = data.employer(c->employer);
    const auto number = [](int n) { return n ? std::to_string(n) : std::string(); };
    csv.row({c->family_name, c->given_name, c->permanent_code, c->program,
             program ? program->title_for(c->gender, config.language) : "",
             employer ? employer->name : c->employer,
             employer && !employer->specialists.empty() ? employer->specialists[0].name : "",
             number(progress.reached), progress.reached_on, number(progress.next), progress.next_on,
             std::to_string(progress.awaited_documents)});
  }
  return csv.write(args, "cli.summary-written");
}

int export_declarations_of(const Arguments& args, const app::RunConfig& /*config*/,
                           const app::DataSet& data) {
  CsvTable csv({"code_permanent", "nom", "prenom", "code_programme", "date_debut",
                "service_enseignement", "type_parcours", "date_fin", "motif_fin", "matiere",
                "date_debut_matiere", "date_sanction", "resultat"});
  for (const Candidate& c : data.candidates) {
    const Program* program = data.program(c.program);
    const AssessmentRecord* record = data.record(c.permanent_code);
    if (!program || !record || record->interview_date.empty()) continue;  // not at step 8 yet
    const Certification certification = certification_of(c, program, record);
    // Step 13 once every competency has a success (and a CFMS's other two parts are complete):
    // the evaluation ends the attendance.
    const bool passed = !record->verdicts.empty() && certification.complete();
    std::string evaluated;
    for (const auto& verdict : record->verdicts) evaluated = std::max(evaluated, verdict.date);
    const std::string end = passed ? evaluated : "";
    const std::string code = program->published_code();
    csv.row({c.permanent_code, c.family_name, c.given_name, code, record->interview_date,
             // The service and path codes are the semi-skilled trades' (../shared/seeds);
             // another level's are for the staff to enter.
             program->level == "CFMS" ? "07" : "", program->level == "CFMS" ? "01" : "", end,
             passed ? "22" : "", passed && !code.empty() ? code + "00" : "",
             passed ? record->interview_date : "", end, passed ? "SU" : ""});
  }
  return csv.write(args, "cli.declarations-written");
}

namespace {

// Reads the data folder, then writes one list: 2 for a usage error, 1 for data with errors.
int with_data(const Arguments& args,
              int (*list)(const Arguments&, const app::RunConfig&, const app::DataSet&)) {
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::DataSet data;
  const bool loaded = load(args, config, data);
  // Every person is listed: a file with errors they draw on would make a wrong list.
  if (const char* refusal = app::blocked_by_broken_files(data, true, nullptr, nullptr)) {
    std::fprintf(stderr, "acquis: %s\n", say(args, refusal).c_str());
    return 1;
  }
  return loaded ? list(args, config, data) : 1;
}

}  // namespace

int export_register(const Arguments& args) {
  return with_data(args, export_register_of);
}
int export_summary(const Arguments& args) {
  return with_data(args, export_summary_of);
}
int export_declarations(const Arguments& args) {
  return with_data(args, export_declarations_of);
}

}  // namespace acquis::cli

#include <acquis/app/access_journal.hpp>
#include <acquis/app/dossier_store.hpp>
#include <acquis/files.hpp>

#include "app/folder_lock.hpp"
#include "app/people_lists.hpp"
#include "app/versions.hpp"
#include "core/dates.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace acquis::app {

namespace {

constexpr const char* kNumber = "/sanction/numero";
constexpr const char* kDate = "/sanction/date_attestation";

class SanctionCheck {
 public:
  SanctionCheck(const DataSet& data, const SanctionEdit& edit, DossierSave& result)
      : data_(data), edit_(edit), result_(result) {}

  // What can be told from the values alone and the others' numbers.
  bool values() {
    const bool number = !edit_.number.empty(), date = !edit_.date.empty();
    if (number && !date) error(kDate, "sanction.both-needed", {});
    if (date && !number) error(kNumber, "sanction.both-needed", {});
    CalendarDate day;
    if (date && !parse_calendar_date(edit_.date, day))
      error(kDate, "sanction.bad-date", {{"value", edit_.date}});
    else if (date && !edit_.today.empty() && edit_.date > edit_.today)
      error(kDate, "sanction.future-date", {{"value", edit_.date}});
    for (const Candidate& other : data_.candidates)
      if (number && other.permanent_code != edit_.permanent_code && other.number == edit_.number)
        error(kNumber, "sanction.number-taken", {{"number", edit_.number}});
    return result_.diagnostics.empty();
  }

  // A certificate only for a person certified: the dossier must show it.
  bool certified(const Candidate& person) {
    if (edit_.number.empty()) return true;
    Candidate sanctioned = person;
    sanctioned.number = edit_.number;
    sanctioned.certification_date = edit_.date;
    const Certification c = certification_of(sanctioned, data_.program(person.program),
                                             data_.record(person.permanent_code));
    if (c.complete()) return true;
    error(kNumber, "sanction.not-certified",
          {{"count", static_cast<double>(c.without_success.size())},
           {"codes", c.first_codes()},
           {"volets", c.parts_keyword()}});
    return false;
  }

 private:
  void error(const char* pointer, const char* id, MessageArgs args) {
    result_.diagnostics.push_back({Severity::Error, id, std::move(args), {}, {}, {}});
    result_.pointers.emplace_back(pointer);
  }

  const DataSet& data_;
  const SanctionEdit& edit_;
  DossierSave& result_;
};

}  // namespace

std::string sanction_tag(const Candidate& person) {
  const std::string values = person.number + "\n" + person.certification_date;
  return dossier_tag(&values);
}

DossierSave save_sanction(const DataSet& data, const SanctionEdit& edit) {
  using Outcome = DossierSave::Outcome;
  DossierSave result;
  if (!data.candidate(edit.permanent_code)) return result.outcome = Outcome::UnknownPerson, result;
  const FolderLock lock(data.directory);
  // The person as the list is now, not as loaded: the version compared is the file's.
  const fs::path list = people_list_path(data);
  std::string text;
  Diagnostics diags;
  const std::vector<Candidate> now =
      read_text(list, text) ? read_list_text(data, list, text, diags) : std::vector<Candidate>{};
  const auto person = std::find_if(now.begin(), now.end(), [&](const Candidate& c) {
    return c.permanent_code == edit.permanent_code;
  });
  if (diags.has_errors() || person == now.end())
    return result.outcome = Outcome::BrokenRecord, result;
  result.now.tag = sanction_tag(*person);
  if (result.now.tag != edit.expected_tag) return result.outcome = Outcome::Conflict, result;
  SanctionCheck check(data, edit, result);
  const bool values = check.values();
  if (!check.certified(*person) || !values) return result.outcome = Outcome::Invalid, result;

  PersonEntry entry{
      edit.permanent_code, {{"numero", edit.number}, {"date_attestation", edit.date}}, true};
  ListChange change;
  Diagnostics written;
  if (!list_with_person(list, entry, change) || change.added ||
      (read_list_text(data, list, change.text, written), written.has_errors()))
    return result.outcome = Outcome::BrokenRecord, result;
  Candidate changed = *person;
  changed.number = edit.number;
  changed.certification_date = edit.date;
  result.now.tag = sanction_tag(changed);
  if (change.changed.empty()) return result.outcome = Outcome::Saved, result;
  const fs::path kept = keep_version(list, list.stem().string());
  if (kept.empty() || !write_file_atomically(list.string(), change.text))
    return result.outcome = Outcome::Unwritable, result;
  result.previous_version = kept.lexically_relative(data.directory).string();
  record_access(data.directory, {edit.by, "sanction-enregistree", edit.permanent_code, ""});
  return result.outcome = Outcome::Saved, result;
}

}  // namespace acquis::app

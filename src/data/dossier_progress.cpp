// Where a person is in the process: the 14 steps as their dossier records them, completed by
// what the rest of the dossier implies (the interview's date is step 7's, …).
#include <acquis/data.hpp>

#include <algorithm>

namespace acquis {

namespace {

template <class Item>
std::string latest_date(const std::vector<Item>& items) {
  std::string latest;
  for (const Item& item : items) latest = std::max(latest, item.date);
  return latest;
}

// The done date a step takes from the rest of the dossier when none is written.
std::string implied_done(int number, const AssessmentRecord& r, const Candidate* candidate,
                         bool certified) {
  switch (number) {
    case 4:
      return r.self_assessment_date;  // the person prepares their dossier
    case 7:
      return r.interview_date;
    case 9:  // observation goes on until the evaluation: done with its last session then
      return r.verdicts.empty() ? std::string() : latest_date(r.observations);
    case 11:
      return latest_date(r.verdicts);
    case 13:
      return certified && candidate ? candidate->certification_date : std::string();
    default:
      return {};
  }
}

std::string latest_teacher(const AssessmentRecord& r) {
  const AssessmentRecord::Verdict* latest = nullptr;
  for (const auto& v : r.verdicts)
    if (!latest || latest->date <= v.date) latest = &v;
  return latest ? latest->teacher : std::string();
}

}  // namespace

std::vector<AssessmentRecord::Step> process_steps(const AssessmentRecord* record,
                                                  const Candidate* candidate, bool certified) {
  std::vector<AssessmentRecord::Step> steps;
  for (int n = 1; n <= 14; ++n) {
    AssessmentRecord::Step step{n, "", "", "", "", {}, {}};
    if (record) {
      for (const auto& s : record->steps)
        if (s.number == n) step = s;
      if (step.done.empty()) step.done = implied_done(n, *record, candidate, certified);
      if (step.by.empty() && n == 11) step.by = latest_teacher(*record);
    } else if (n == 13 && certified && candidate) {
      step.done = candidate->certification_date;  // certified from the list alone
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

const char* step_role(int step) {
  static const char* const roles[] = {"gestionnaire", "conseiller", "conseiller", "candidat",
                                      "soutien",      "conseiller", "conseiller", "soutien",
                                      "specialiste",  "employeur",  "enseignant", "orientation",
                                      "soutien",      "conseiller"};
  return step >= 1 && step <= 14 ? roles[step - 1] : "";
}

Progress progress_of(const AssessmentRecord* record, const Candidate* candidate, bool certified) {
  const auto steps = process_steps(record, candidate, certified);
  Progress progress;
  for (const auto& step : steps)
    if (!step.done.empty()) progress.reached = step.number, progress.reached_on = step.done;
  // The next step is the soonest planned and not done, whatever its number: training (10)
  // planned after a failed evaluation (11) comes next.
  for (const auto& step : steps)
    if (step.done.empty() && !step.planned.empty() &&
        (!progress.next || step.planned < progress.next_on)) {
      progress.next = step.number;
      progress.next_on = step.planned;
    }
  if (record)
    for (const auto& d : record->documents) progress.awaited_documents += d.received.empty();
  return progress;
}

}  // namespace acquis

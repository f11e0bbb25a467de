// The 14 steps of the process and the supporting documents of one person, as the tracking sheet
// and the interview notice show them: what the dossier records, completed by what it implies
// (the interview's date is step 7's, the latest verdict's is step 11's, …).
#include "template/process_values.hpp"

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
    case 9:
      return latest_date(r.observations);
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

Value steps_value(const AssessmentRecord* record, const Candidate* candidate, bool certified) {
  List steps;
  for (int n = 1; n <= 14; ++n) {
    AssessmentRecord::Step step{n, "", "", "", "", "", ""};
    if (record) {
      for (const auto& s : record->steps)
        if (s.number == n) step = s;
      if (step.done.empty()) step.done = implied_done(n, *record, candidate, certified);
      if (step.by.empty() && n == 11) step.by = latest_teacher(*record);
    }
    steps.emplace_back(Map{{"numero", static_cast<double>(n)},
                           {"prevue", step.planned},
                           {"faite", step.done},
                           {"par", step.by},
                           {"heure", step.time},
                           {"lieu", step.place},
                           {"remarque", step.remark}});
  }
  return steps;
}

Value documents_value(const AssessmentRecord* record) {
  List documents;
  for (const std::string& kind : kSupportingDocuments) {
    bool asked = false;
    std::string received;
    if (record)
      for (const auto& d : record->documents)
        if (d.kind == kind) asked = true, received = d.received;
    documents.emplace_back(Map{{"type", kind}, {"demandee", asked}, {"recue", received}});
  }
  return documents;
}

}  // namespace acquis

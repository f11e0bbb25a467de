// The 14 steps of the process and the supporting documents of one person, as the tracking sheet
// and the interview notice show them (data/dossier_progress.cpp completes what the dossier
// records).
#include "template/process_values.hpp"

namespace acquis {

Value steps_value(const AssessmentRecord* record, const Candidate* candidate, bool certified) {
  List steps;
  for (const auto& step : process_steps(record, candidate, certified))
    steps.emplace_back(Map{{"numero", static_cast<double>(step.number)},
                           {"prevue", step.planned},
                           {"faite", step.done},
                           {"par", step.by},
                           {"role", std::string(step_role(step.number))},
                           {"heure", step.time},
                           {"lieu", step.place},
                           {"remarque", step.remark}});
  return steps;
}

Map progress_values(const AssessmentRecord* record, const Candidate* candidate, bool certified) {
  const Progress progress = progress_of(record, candidate, certified);
  return {{"etape", static_cast<double>(progress.reached)},
          {"etape_date", progress.reached_on},
          {"prochaine_etape", static_cast<double>(progress.next)},
          {"prochaine_date", progress.next_on},
          {"pieces_attendues", static_cast<double>(progress.awaited_documents)}};
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

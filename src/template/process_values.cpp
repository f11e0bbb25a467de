// The 14 steps of the process and the supporting documents of one person, as the tracking sheet
// and the interview notice show them (data/dossier_progress.cpp completes what the dossier
// records).
#include "template/process_values.hpp"

#include <algorithm>

namespace acquis {

Value steps_value(const std::vector<AssessmentRecord::Step>& process, Language language) {
  List steps;
  for (const auto& step : process)
    steps.emplace_back(Map{{"numero", static_cast<double>(step.number)},
                           {"prevue", step.planned},
                           {"faite", step.done},
                           {"par", step.by},
                           {"role", std::string(step_role(step.number))},
                           {"heure", step.time},
                           {"lieu", step.place.in(language)},
                           {"remarque", step.remark.in(language)}});
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

namespace {

Map part_value(const std::string& name, const std::string& status, const std::string& date,
               double hours, const std::string& remark) {
  return {
      {"nom", name}, {"statut", status}, {"date", date}, {"heures", hours}, {"remarque", remark}};
}

// The trade part: passed on the day of the last success, under way once interviewed.
Map trade_part(const AssessmentRecord& record, const Certification& certification) {
  std::string passed_on;
  for (const auto& verdict : record.verdicts)
    if (verdict.verdict == "succes") passed_on = std::max(passed_on, verdict.date);
  for (const auto& exemption : record.exemptions) passed_on = std::max(passed_on, exemption.date);
  if (certification.without_success.empty() && !passed_on.empty())
    return part_value("metier", "reussi", passed_on, 0, "");
  return part_value("metier", record.interview_date.empty() ? "a-faire" : "en-cours", "", 0, "");
}

}  // namespace

Value parts_value(const Program* program, const AssessmentRecord* record,
                  const Certification& certification, Language language, const std::string& as_of) {
  List parts;
  if (!program || program->level != "CFMS") return parts;
  // A part completed after `as_of` was still under way on that day: said so, without the remark
  // that tells how it was completed.
  const auto later = [&as_of](const std::string& date) {
    return !as_of.empty() && !date.empty() && date > as_of;
  };
  for (const std::string& name : kCertificateParts) {
    const AssessmentRecord::Part* recorded = nullptr;
    if (record)
      for (const auto& part : record->parts)
        if (part.name == name) recorded = &part;
    if (recorded && later(recorded->date))
      parts.emplace_back(part_value(name, "en-cours", "", recorded->hours, ""));
    else if (recorded)
      parts.emplace_back(part_value(name, recorded->status, recorded->date, recorded->hours,
                                    recorded->remark.in(language)));
    else
      parts.emplace_back(part_value(name, record ? "a-faire" : "", "", 0, ""));
  }
  Map trade = record ? trade_part(*record, certification) : part_value("metier", "", "", 0, "");
  if (later(trade["date"].text() ? *trade["date"].text() : std::string()))
    trade = part_value("metier", "en-cours", "", 0, "");
  parts.emplace_back(std::move(trade));
  return parts;
}

}  // namespace acquis

// Whether a person is certified, from what the data holds of their sanction and their dossier.
#include <acquis/data.hpp>

#include <map>

namespace acquis {

std::map<std::string, const AssessmentRecord::Verdict*> standing_verdicts(
    const AssessmentRecord& record) {
  std::map<std::string, const AssessmentRecord::Verdict*> latest;
  for (const AssessmentRecord::Verdict& verdict : record.verdicts) {
    const AssessmentRecord::Verdict*& kept = latest[verdict.competency];
    if (!kept || kept->date <= verdict.date) kept = &verdict;
  }
  return latest;
}

namespace {

// The dossier names the competency: the person took it up (the interview reviewed it).
bool exempted(const AssessmentRecord& record, const std::string& code) {
  for (const auto& exemption : record.exemptions)
    if (exemption.competency == code) return true;
  return false;
}

bool taken_up(const AssessmentRecord& record, const std::string& code) {
  for (const auto& outcome : record.outcomes)
    if (outcome.competency == code) return true;
  return false;
}

}  // namespace

Certification certification_of(const Candidate& candidate, const Program* program,
                               const AssessmentRecord* record) {
  Certification result;
  result.has_sanction = !candidate.number.empty() && !candidate.certification_date.empty();
  if (!record || !program) return result;
  result.dossier_known = true;
  const auto latest = standing_verdicts(*record);
  for (const Competency& competency : program->competencies) {
    const auto found = latest.find(competency.code);
    if (competency.status == "optionnelle" && found == latest.end() &&
        !taken_up(*record, competency.code))
      continue;  // an optional competency the person did not take
    if (exempted(*record, competency.code)) continue;
    if (found == latest.end() || found->second->verdict != "succes")
      result.without_success.push_back(competency.code);
  }
  return result;
}

std::string Certification::first_codes() const {
  std::string codes;
  for (std::size_t i = 0; i < without_success.size() && i < 3; ++i)
    codes += (i ? ", " : "") + without_success[i];
  if (without_success.size() > 3) codes += ", …";
  return codes;
}

}  // namespace acquis

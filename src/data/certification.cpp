// Whether a person is certified, from what the data holds of their sanction and their dossier.
#include <acquis/data.hpp>

#include <algorithm>
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

// Recognized by equivalence or substitution.
bool exempted(const AssessmentRecord& record, const std::string& code) {
  for (const auto& exemption : record.exemptions)
    if (exemption.competency == code) return true;
  return false;
}

// The dossier names the competency: the person took it up (the interview reviewed it).
bool taken_up(const AssessmentRecord& record, const std::string& code) {
  for (const auto& outcome : record.outcomes)
    if (outcome.competency == code) return true;
  return false;
}

// A part of a CFMS recognized or completed; one the dossier does not mention is still to do.
bool part_complete(const AssessmentRecord& record, const std::string& name) {
  for (const auto& part : record.parts)
    if (part.name == name) return part.complete();
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
  if (program->level == "CFMS")
    for (const std::string& name : kCertificateParts)
      if (!part_complete(*record, name)) result.incomplete_parts.push_back(name);
  return result;
}

std::string Certification::parts_keyword() const {
  if (incomplete_parts.empty()) return "aucun";
  if (incomplete_parts.size() > 1) return "les_deux";
  std::string keyword = incomplete_parts.front();  // ICU keywords have no hyphen
  std::replace(keyword.begin(), keyword.end(), '-', '_');
  return keyword;
}

std::string Certification::first_codes() const {
  std::string codes;
  for (std::size_t i = 0; i < without_success.size() && i < 3; ++i)
    codes += (i ? ", " : "") + without_success[i];
  if (without_success.size() > 3) codes += ", …";
  return codes;
}

}  // namespace acquis

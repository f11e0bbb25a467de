#include "data/candidate_checks.hpp"

#include "core/utf8.hpp"
#include "data/candidates.hpp"

namespace acquis {

namespace {

bool check_shape(const std::string& field, const std::string& value, FileReporter& report,
                 std::size_t at) {
  if (field == "code_permanent" && !is_permanent_code(value))
    return report.error("permanent-code", at, {{"value", value}}), false;
  if (field == "courriel" && !is_email(value))
    return report.error("bad-email", at, {{"value", value}}), false;
  if (field == "date_attestation" && !is_iso_date(value))
    return report.error("bad-date", at, {{"value", value}}), false;
  if (field == "genre" && value != "f" && value != "m" && value != "x")
    return report.error("bad-choice", at,
                        {{"value", value},
                         {"name", std::string("genre")},
                         {"choices", std::string("f, m, x")}}),
           false;
  return true;
}

bool check_reference(const std::string& field, const std::string& value, const KnownData& known,
                     FileReporter& report, std::size_t at) {
  if (field == "employeur" && known.employers && !known.knows_employer(value))
    return report.error("unknown-employer", at, {{"value", value}}), false;
  if (field == "programme" && known.programs && !known.program(value))
    return report.error("unknown-program", at, {{"value", value}}), false;
  return true;
}

}  // namespace

bool check_candidate(const Candidate& candidate, const KnownData& known, FileReporter& report,
                     const FieldOffset& at) {
  bool ok = true;
  for (const CandidateColumn& column : kCandidateColumns) {
    const std::string& value = candidate.*column.field;
    if (value.empty()) continue;
    char32_t control = 0;
    if (const std::size_t bad = utf8::first_forbidden_control(value, control); bad != utf8::kNone) {
      report.error("control-character", at(column.name) + bad,
                   {{"code", utf8::code_point_name(control)}});
      ok = false;
      continue;
    }
    ok = check_shape(column.name, value, report, at(column.name)) &&
         check_reference(column.name, value, known, report, at(column.name)) && ok;
  }
  return ok;
}

}  // namespace acquis

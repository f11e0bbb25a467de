#include "candidate_json.hpp"

#include <acquis/app/data_set.hpp>

#include <set>

namespace acquis::serve {

namespace {

// The id of the message saying what the value must look like, when it does not.
const char* wrong_shape(const std::string& key, const std::string& value) {
  if (key == "code_permanent" && !is_permanent_code(value)) return "service.bad-permanent-code";
  if (key == "date_attestation" && !is_iso_date(value)) return "service.bad-date";
  if (key == "genre" && value != "f" && value != "m" && value != "x") return "service.bad-gender";
  if (key == "courriel" && !is_email(value)) return "service.bad-email";
  return nullptr;
}

}  // namespace

bool candidate_from_json(const nlohmann::json& object, const std::string& at, Candidate& candidate,
                         Problem& problem) {
  const std::size_t before = problem.errors.size();
  if (!object.is_object()) {
    problem.field(at, "service.candidate-object");
    return false;
  }
  std::set<std::string> known;
  for (const app::CandidateField& field : app::candidate_fields()) {
    known.insert(field.name);
    const std::string pointer = at + "/" + field.name;
    const auto it = object.find(field.name);
    if (it == object.end() || it->is_null() ||
        (it->is_string() && it->get<std::string>().empty())) {
      if (field.required) problem.field(pointer, "service.required");
      continue;
    }
    if (!it->is_string()) {
      problem.field(pointer, "service.text-expected");
      continue;
    }
    const std::string value = it->get<std::string>();
    if (const char* wrong = wrong_shape(field.name, value)) {
      problem.field(pointer, wrong);
      continue;
    }
    candidate.*field.member = value;
  }
  for (const auto& [key, value] : object.items())
    if (!known.count(key)) problem.field(at + "/" + key, "service.unknown-field");
  return problem.errors.size() == before;
}

}  // namespace acquis::serve

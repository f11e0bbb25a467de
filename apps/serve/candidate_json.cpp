#include "candidate_json.hpp"

#include "data/candidates.hpp"

#include <set>

namespace acquis::serve {

namespace {

// What the value must look like, when it is given: empty when it does.
std::string check(const std::string& key, const std::string& value) {
  if (key == "code_permanent" && !is_permanent_code(value))
    return "code permanent invalide : quatre lettres puis huit chiffres (ex. TREM12059001)";
  if (key == "date_attestation" && !is_iso_date(value))
    return "date invalide : AAAA-MM-JJ attendu (ex. 2026-06-15)";
  if (key == "genre" && value != "f" && value != "m" && value != "x")
    return "genre invalide : « f », « m » ou « x » attendu";
  return {};
}

}  // namespace

bool candidate_from_json(const nlohmann::json& object, const std::string& at, Candidate& candidate,
                         Problem& problem) {
  const std::size_t before = problem.errors.size();
  if (!object.is_object()) {
    problem.field(at, "un objet est attendu, avec prenom, nom et code_permanent");
    return false;
  }
  std::set<std::string> known;
  for (const CandidateColumn& field : kCandidateColumns) {
    known.insert(field.name);
    const std::string pointer = at + "/" + field.name;
    const auto it = object.find(field.name);
    if (it == object.end() || it->is_null() ||
        (it->is_string() && it->get<std::string>().empty())) {
      if (field.required) problem.field(pointer, "champ obligatoire");
      continue;
    }
    if (!it->is_string()) {
      problem.field(pointer, "du texte est attendu");
      continue;
    }
    const std::string value = it->get<std::string>();
    if (const std::string wrong = check(field.name, value); !wrong.empty()) {
      problem.field(pointer, wrong);
      continue;
    }
    candidate.*field.field = value;
  }
  for (const auto& [key, value] : object.items())
    if (!known.count(key)) problem.field(at + "/" + key, "champ inconnu");
  return problem.errors.size() == before;
}

}  // namespace acquis::serve

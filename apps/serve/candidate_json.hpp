// A candidate given in a request, with the CSV's column names as keys ("prenom", "nom",
// "code_permanent", "courriel", "telephone", "employeur", "programme", "genre", "numero",
// "date_attestation"). Each problem names its field for the web page.
#pragma once

#include <acquis/data.hpp>

#include "problem.hpp"

#include <nlohmann/json.hpp>

namespace acquis::serve {

// False with the problems added to `problem` (pointers under `at`, e.g. "/candidat").
bool candidate_from_json(const nlohmann::json& object, const std::string& at, Candidate& candidate,
                         Problem& problem);

}  // namespace acquis::serve

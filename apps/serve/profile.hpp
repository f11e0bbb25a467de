// The organization profile as the service shows and edits it: JSON both ways, with every
// problem named by its field. Saving is the application layer's (app/organization_store.hpp).
//
//   {"nom", "service", "courriel", "telephone", "adresse", "site", "annee_scolaire",
//    "couleurs": {"principale", "accent"}, "logo": "logo.png",
//    "logo_donnees": "<base64 PNG or JPEG>",  (optional, replaces the logo)
//    "signataires": [{"nom", "role"}]}
#pragma once

#include <acquis/app/organization_store.hpp>
#include <acquis/data.hpp>

#include "problem.hpp"

#include <nlohmann/json.hpp>

namespace acquis::serve {

nlohmann::ordered_json profile_json(const Organization& organization);

// False with the problems in `problem` (422). `organization` starts as the current profile.
bool profile_from_json(const nlohmann::json& object, Organization& organization,
                       app::LogoUpload& logo, Problem& problem);

}  // namespace acquis::serve

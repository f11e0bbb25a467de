// The organization profile as the service shows and edits it: JSON both ways, with every
// problem named by its field, and saved as the data folder's organisation.xml — atomically, the
// previous file kept in versions/ with the time it was replaced.
//
//   {"nom", "service", "courriel", "telephone", "adresse", "site", "annee_scolaire",
//    "couleurs": {"principale", "accent"}, "logo": "logo.png",
//    "logo_donnees": "<base64 PNG or JPEG>",  (optional, replaces the logo)
//    "signataires": [{"nom", "role"}]}
#pragma once

#include <acquis/data.hpp>

#include "problem.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace acquis::serve {

nlohmann::ordered_json profile_json(const Organization& organization);

// A logo sent with the profile: its bytes and the file name it will get.
struct LogoUpload {
  std::string file_name, bytes;
};

// False with the problems in `problem` (422). `organization` starts as the current profile.
bool profile_from_json(const nlohmann::json& object, Organization& organization, LogoUpload& logo,
                       Problem& problem);

// organisation.xml's text for `organization`.
std::string organization_xml(const Organization& organization);

// Writes the logo (if any) and organisation.xml into `folder`; the file replaced is moved to
// `folder`/versions/organisation-YYYYMMDD-HHMMSS.xml first. False with a message.
bool save_profile(const std::string& folder, const Organization& organization,
                  const LogoUpload& logo, std::string& error);

}  // namespace acquis::serve

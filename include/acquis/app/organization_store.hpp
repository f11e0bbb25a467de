// The organization profile saved as the data folder's organisation.xml: atomically, the previous
// file kept in versions/ with the time it was replaced, the logo beside it.
#pragma once

#include <acquis/data.hpp>

#include <string>

namespace acquis::app {

// A logo sent with the profile: its bytes and the file name it gets ("logo.png").
struct LogoUpload {
  std::string file_name, bytes;
};

// Why the bytes of a logo cannot be used — a message id: "service.logo-not-image",
// "service.logo-corrupt", "service.logo-too-many-pixels" — or nothing when they can (a PNG or
// JPEG decoded whole).
std::string logo_problem(const std::string& bytes);

// organisation.xml's text for `organization`.
std::string organization_xml(const Organization& organization);

// Writes the logo (if any) and organisation.xml into `folder`; the file replaced is copied to
// `folder`/versions/organisation-YYYYMMDD-HHMMSS.xml first. False with `error` set to the id of
// a message saying what could not be written.
bool save_organization(const std::string& folder, const Organization& organization,
                       const LogoUpload& logo, std::string& error);

}  // namespace acquis::app

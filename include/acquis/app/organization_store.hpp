// The organization profile saved as the data folder's organisation.xml: atomically, the previous
// file kept in versions/ with the time it was replaced, the logo beside it under a name of its
// own, so that organisation.xml's replacement is the one moment the profile changes.
#pragma once

#include <acquis/data.hpp>

#include <cstddef>
#include <string>

namespace acquis::app {

// A logo sent with the profile: its bytes and the file name it gets (logo_file_name).
struct LogoUpload {
  std::string file_name, bytes;
};

// "logo-<16 hex digits of the bytes' hash>.png" (or .jpg): a new logo never replaces the file
// the current profile names, and the same logo sent twice is one file.
std::string logo_file_name(const std::string& bytes);

// Why the bytes of a logo cannot be used — a message id: "service.logo-not-image",
// "service.logo-corrupt", "service.logo-too-many-pixels" — or nothing when they can (a PNG or
// JPEG decoded whole).
std::string logo_problem(const std::string& bytes);

// organisation.xml's text for `organization`.
std::string organization_xml(const Organization& organization);

// Writes the logo (if any) and organisation.xml into `folder`; the file replaced is copied to
// `folder`/versions/organisation-YYYYMMDD-HHMMSS.xml first (-2, -3… after it within the same
// second: no version is ever replaced). False with `error` set to the id of a message saying
// what could not be written; organisation.xml is then the one before.
bool save_organization(const std::string& folder, const Organization& organization,
                       const LogoUpload& logo, std::string& error);

// Removes what an interrupted save left (the .tmp files of organisation.xml, of logos and of
// versions); the number removed.
std::size_t remove_profile_leftovers(const std::string& folder);

}  // namespace acquis::app

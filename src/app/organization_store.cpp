#include <acquis/app/organization_store.hpp>
#include <acquis/app/run_config.hpp>
#include <acquis/files.hpp>

#include "image/image_check.hpp"

#include <pugixml.hpp>

#include <filesystem>
#include <sstream>

namespace acquis::app {

namespace fs = std::filesystem;

std::string logo_problem(const std::string& bytes) {
  const ImageCheck check = check_image_bytes(bytes);
  if (check.ok) return {};
  if (check.error == "image-too-large") return "service.logo-too-many-pixels";
  if (check.error == "image-corrupt") return "service.logo-corrupt";
  return "service.logo-not-image";
}

std::string organization_xml(const Organization& o) {
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = doc.append_child("organisation");
  const auto text = [&root](const char* name, const std::string& value) {
    if (!value.empty()) root.append_child(name).text() = value.c_str();
  };
  text("nom", o.name);
  text("service", o.service);
  text("courriel", o.email);
  text("telephone", o.phone);
  text("adresse", o.address);
  text("site", o.website);
  if (!o.logo.empty()) root.append_child("logo").append_attribute("fichier") = o.logo.c_str();
  pugi::xml_node colors = root.append_child("couleurs");
  colors.append_attribute("principale") = o.primary_color.c_str();
  colors.append_attribute("accent") = o.accent_color.c_str();
  text("annee-scolaire", o.school_year);
  for (const Signatory& s : o.signatories) {
    pugi::xml_node node = root.append_child("signataire");
    node.append_attribute("nom") = s.name.c_str();
    node.append_attribute("role") = s.role.c_str();
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

bool save_organization(const std::string& folder, const Organization& organization,
                       const LogoUpload& logo, std::string& error) {
  const fs::path file = fs::path(folder) / "organisation.xml";
  std::error_code failure;
  if (fs::exists(file)) {
    const fs::path versions = fs::path(folder) / "versions";
    fs::create_directories(versions, failure);
    fs::copy_file(file, versions / ("organisation-" + local_time("%Y%m%d-%H%M%S") + ".xml"),
                  fs::copy_options::overwrite_existing, failure);
    if (failure) return error = "profile.version-unwritable", false;
  }
  if (!logo.bytes.empty() &&
      !write_file_atomically((fs::path(folder) / logo.file_name).string(), logo.bytes))
    return error = "profile.logo-unwritable", false;
  if (!write_file_atomically(file.string(), organization_xml(organization)))
    return error = "profile.unwritable", false;
  return true;
}

}  // namespace acquis::app

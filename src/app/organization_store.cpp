#include <acquis/app/organization_store.hpp>

#include <acquis/app/run_config.hpp>
#include <acquis/files.hpp>
#include "app/versions.hpp"

#include "image/image_check.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
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

namespace {

// What the profile page does not edit, kept as it was read: the return deadline, the
// specialist's time, the information session and the form codes.
void append_planning(pugi::xml_node root, const Organization& o) {
  const auto attribute = [](pugi::xml_node node, const char* name, const std::string& value) {
    if (!value.empty()) node.append_attribute(name) = value.c_str();
  };
  if (o.return_days > 0)
    root.append_child("delai-retour").append_attribute("jours") = o.return_days;
  if (o.specialist_hours > 0)
    root.append_child("engagement-specialiste").append_attribute("heures") = o.specialist_hours;
  if (!o.session.date.empty() || !o.session.place.fr.empty()) {
    pugi::xml_node session = root.append_child("seance-information");
    attribute(session, "date", o.session.date);
    attribute(session, "heure", o.session.time);
    attribute(session, "lieu", o.session.place.fr);
    attribute(session, "lieu-en", o.session.place.en);
  }
  for (const FormCode& f : o.form_codes) {
    pugi::xml_node form = root.append_child("formulaire");
    attribute(form, "document", f.document);
    attribute(form, "code", f.code);
    attribute(form, "version", f.version);
  }
}

}  // namespace

std::string organization_xml(const Organization& o) {
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = doc.append_child("organisation");
  const auto text = [&root](const char* name, const std::string& value,
                            const std::string& english = {}) {
    if (value.empty()) return;
    pugi::xml_node node = root.append_child(name);
    if (!english.empty()) node.append_attribute("en") = english.c_str();
    node.text() = value.c_str();
  };
  text("nom", o.name);
  text("service", o.service, o.service_en);
  text("centre", o.centre.fr, o.centre.en);
  text("courriel", o.email);
  text("telephone", o.phone, o.phone_en);
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
    if (!s.role_en.empty()) node.append_attribute("role-en") = s.role_en.c_str();
  }
  for (const Responsible& r : o.responsibles) {
    pugi::xml_node node = root.append_child("responsable");
    node.append_attribute("role") = r.role.c_str();
    node.append_attribute("nom") = r.name.c_str();
    if (!r.email.empty()) node.append_attribute("courriel") = r.email.c_str();
  }
  append_planning(root, o);
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

std::string logo_file_name(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("logo-") + hex + (bytes.rfind("\x89PNG", 0) == 0 ? ".png" : ".jpg");
}

bool save_organization(const std::string& folder, const Organization& organization,
                       const LogoUpload& logo, std::string& error) {
  const fs::path file = fs::path(folder) / "organisation.xml";
  if (fs::exists(file) && keep_version(file, "organisation").empty())
    return error = "profile.version-unwritable", false;
  if (!logo.bytes.empty() &&
      !write_file_atomically((fs::path(folder) / logo.file_name).string(), logo.bytes))
    return error = "profile.logo-unwritable", false;
  if (!write_file_atomically(file.string(), organization_xml(organization)))
    return error = "profile.unwritable", false;
  return true;
}

std::size_t remove_profile_leftovers(const std::string& folder) {
  std::size_t removed = 0;
  std::error_code error;
  for (const fs::path& place : {fs::path(folder), fs::path(folder) / "versions"})
    for (const auto& entry : fs::directory_iterator(place, error)) {
      const std::string name = entry.path().filename().string();
      const bool ours = name == "organisation.xml.tmp" || name.rfind("logo", 0) == 0 ||
                        place.filename() == "versions";
      if (ours && entry.path().extension() == ".tmp" && fs::remove(entry.path(), error)) ++removed;
    }
  return removed;
}

}  // namespace acquis::app

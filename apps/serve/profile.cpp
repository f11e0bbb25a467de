#include "profile.hpp"

#include "support.hpp"

#include <pugixml.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace acquis::serve {

namespace fs = std::filesystem;
using nlohmann::json;

nlohmann::ordered_json profile_json(const Organization& o) {
  nlohmann::ordered_json signatories = nlohmann::ordered_json::array();
  for (const Signatory& s : o.signatories)
    signatories.push_back({{"nom", s.name}, {"role", s.role}});
  return {{"nom", o.name},
          {"service", o.service},
          {"courriel", o.email},
          {"telephone", o.phone},
          {"adresse", o.address},
          {"site", o.website},
          {"annee_scolaire", o.school_year},
          {"couleurs", {{"principale", o.primary_color}, {"accent", o.accent_color}}},
          {"logo", o.logo},
          {"signataires", signatories}};
}

namespace {

constexpr std::size_t kMaxLogoBytes = 1 << 20;

bool is_color(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return false;
  for (std::size_t i = 1; i < 7; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

// "2026-2027": two years, the second following the first.
bool is_school_year(const std::string& text) {
  if (text.size() != 9 || text[4] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 7, 8})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return std::stoi(text.substr(5)) == std::stoi(text.substr(0, 4)) + 1;
}

bool base64_decode(const std::string& text, std::string& out) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=' || c == '\n' || c == '\r') continue;
    const std::size_t value = kAlphabet.find(c);
    if (value == std::string::npos) return false;
    bits = (bits << 6) | static_cast<unsigned>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return true;
}

// A text field: required or not, and what it must look like (an empty message: anything).
struct TextField {
  const char* key;
  std::string Organization::*member;
  bool required;
  bool (*valid)(const std::string&);
  const char* expected;
};

bool any_text(const std::string&) {
  return true;
}
bool email(const std::string& text) {
  const std::size_t at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('.', at) != std::string::npos;
}
bool web_address(const std::string& text) {
  return text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0;
}

constexpr TextField kTextFields[] = {
    {"nom", &Organization::name, true, any_text, ""},
    {"service", &Organization::service, false, any_text, ""},
    {"courriel", &Organization::email, true, email, "une adresse courriel (ex. rac@cssnf.qc.ca)"},
    {"telephone", &Organization::phone, false, any_text, ""},
    {"adresse", &Organization::address, false, any_text, ""},
    {"site", &Organization::website, false, web_address, "une adresse qui commence par https://"},
    {"annee_scolaire", &Organization::school_year, false, is_school_year,
     "deux années qui se suivent (ex. 2026-2027)"},
};

void read_texts(const json& object, Organization& o, Problem& problem) {
  for (const TextField& field : kTextFields) {
    const std::string pointer = std::string("/") + field.key;
    const auto it = object.find(field.key);
    if (it == object.end()) continue;  // unchanged
    if (!it->is_string()) {
      problem.field(pointer, "du texte est attendu");
      continue;
    }
    const std::string value = it->get<std::string>();
    if (value.empty() && field.required)
      problem.field(pointer, "champ obligatoire");
    else if (!value.empty() && !field.valid(value))
      problem.field(pointer, std::string("valeur invalide : ") + field.expected + " attendue");
    else
      o.*field.member = value;
  }
}

void read_colors(const json& object, Organization& o, Problem& problem) {
  const auto it = object.find("couleurs");
  if (it == object.end()) return;
  for (const auto& [key, member] : {std::pair{"principale", &Organization::primary_color},
                                    std::pair{"accent", &Organization::accent_color}}) {
    const std::string value = it->is_object() ? it->value(key, std::string()) : std::string();
    if (is_color(value))
      o.*member = value;
    else
      problem.field(std::string("/couleurs/") + key, "une couleur #RRGGBB est attendue");
  }
}

void read_signatories(const json& object, Organization& o, Problem& problem) {
  const auto it = object.find("signataires");
  if (it == object.end()) return;
  if (!it->is_array() || it->size() > 4)
    return void(
        problem.field("/signataires", "une liste d’au plus quatre signataires est attendue"));
  o.signatories.clear();
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& s = it->at(i);
    const std::string at = "/signataires/" + std::to_string(i);
    const std::string name = s.is_object() ? s.value("nom", std::string()) : std::string();
    const std::string role = s.is_object() ? s.value("role", std::string()) : std::string();
    if (name.empty()) problem.field(at + "/nom", "champ obligatoire");
    if (role.empty()) problem.field(at + "/role", "champ obligatoire");
    o.signatories.push_back({name, role});
  }
}

void read_logo(const json& object, Organization& o, LogoUpload& logo, Problem& problem) {
  if (const auto it = object.find("logo"); it != object.end() && *it != o.logo)
    problem.field("/logo", "le logo se remplace en envoyant l’image (logo_donnees)");
  const auto it = object.find("logo_donnees");
  if (it == object.end() || it->is_null()) return;
  std::string bytes;
  if (!it->is_string() || !base64_decode(it->get<std::string>(), bytes))
    return void(problem.field("/logo_donnees", "une image PNG ou JPEG en base64 est attendue"));
  if (bytes.size() > kMaxLogoBytes)
    return void(problem.field("/logo_donnees", "image trop lourde (1 Mo au plus)"));
  const bool png = bytes.rfind("\x89PNG", 0) == 0;
  const bool jpeg = bytes.rfind("\xFF\xD8", 0) == 0;
  if (!png && !jpeg)
    return void(problem.field("/logo_donnees", "une image PNG ou JPEG est attendue"));
  logo = {png ? "logo.png" : "logo.jpg", std::move(bytes)};
  o.logo = logo.file_name;
}

}  // namespace

bool profile_from_json(const json& object, Organization& organization, LogoUpload& logo,
                       Problem& problem) {
  problem = invalid_request("Le profil n’a pas été enregistré : corrigez les champs indiqués.");
  if (!object.is_object()) return problem.field("", "un objet JSON est attendu"), false;
  const std::set<std::string> known = {"nom",     "service",      "courriel",       "telephone",
                                       "adresse", "site",         "annee_scolaire", "couleurs",
                                       "logo",    "logo_donnees", "signataires"};
  for (const auto& [key, value] : object.items())
    if (!known.count(key)) problem.field("/" + key, "champ inconnu");
  read_texts(object, organization, problem);
  read_colors(object, organization, problem);
  read_signatories(object, organization, problem);
  read_logo(object, organization, logo, problem);
  return problem.errors.empty();
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

namespace {

// Written beside, then renamed over: a reader sees the old file or the new one, never half.
bool write_atomically(const fs::path& path, const std::string& bytes) {
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return false;
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) fs::remove(temporary, error);
  return !error;
}

}  // namespace

bool save_profile(const std::string& folder, const Organization& organization,
                  const LogoUpload& logo, std::string& error) {
  const fs::path file = fs::path(folder) / "organisation.xml";
  std::error_code failure;
  if (fs::exists(file)) {
    const fs::path versions = fs::path(folder) / "versions";
    fs::create_directories(versions, failure);
    fs::copy_file(file, versions / ("organisation-" + cli::local_time("%Y%m%d-%H%M%S") + ".xml"),
                  fs::copy_options::overwrite_existing, failure);
    if (failure) return error = "impossible de garder la version précédente du profil", false;
  }
  if (!logo.bytes.empty() && !write_atomically(fs::path(folder) / logo.file_name, logo.bytes))
    return error = "impossible d’écrire le logo", false;
  if (!write_atomically(file, organization_xml(organization)))
    return error = "impossible d’écrire organisation.xml", false;
  return true;
}

}  // namespace acquis::serve

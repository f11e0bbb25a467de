#include "profile.hpp"

#include <algorithm>
#include <set>

namespace acquis::serve {

using nlohmann::json;

nlohmann::ordered_json profile_json(const Organization& o) {
  nlohmann::ordered_json signatories = nlohmann::ordered_json::array();
  for (const Signatory& s : o.signatories)
    signatories.push_back({{"nom", s.name}, {"role", s.role}, {"role_en", s.role_en}});
  nlohmann::ordered_json responsibles = nlohmann::ordered_json::array();
  for (const Responsible& r : o.responsibles)
    responsibles.push_back({{"role", r.role}, {"nom", r.name}, {"courriel", r.email}});
  return {{"nom", o.name},
          {"service", o.service},
          {"service_en", o.service_en},
          {"courriel", o.email},
          {"telephone", o.phone},
          {"telephone_en", o.phone_en},
          {"adresse", o.address},
          {"site", o.website},
          {"annee_scolaire", o.school_year},
          {"couleurs", {{"principale", o.primary_color}, {"accent", o.accent_color}}},
          {"logo", o.logo},
          {"signataires", signatories},
          {"responsables", responsibles}};
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

// A text field: required or not, what it must look like, and the message saying so.
struct TextField {
  const char* key;
  std::string Organization::*member;
  bool required;
  bool (*valid)(const std::string&);
  const char* wrong;
};

bool any_text(const std::string&) {
  return true;
}
bool web_address(const std::string& text) {
  return text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0;
}

constexpr TextField kTextFields[] = {
    {"nom", &Organization::name, true, any_text, ""},
    {"service", &Organization::service, false, any_text, ""},
    {"service_en", &Organization::service_en, false, any_text, ""},
    {"telephone_en", &Organization::phone_en, false, any_text, ""},
    {"courriel", &Organization::email, true, is_email, "service.bad-email"},
    {"telephone", &Organization::phone, false, any_text, ""},
    {"adresse", &Organization::address, false, any_text, ""},
    {"site", &Organization::website, false, web_address, "service.bad-website"},
    {"annee_scolaire", &Organization::school_year, false, is_school_year,
     "service.bad-school-year"},
};

void read_texts(const json& object, Organization& o, Problem& problem) {
  for (const TextField& field : kTextFields) {
    const std::string pointer = std::string("/") + field.key;
    const auto it = object.find(field.key);
    if (it == object.end()) continue;  // unchanged
    if (!it->is_string()) {
      problem.field(pointer, "service.text-expected");
      continue;
    }
    const std::string value = it->get<std::string>();
    if (value.empty() && field.required)
      problem.field(pointer, "service.required");
    else if (!value.empty() && !field.valid(value))
      problem.field(pointer, field.wrong);
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
      problem.field(std::string("/couleurs/") + key, "service.bad-color");
  }
}

void read_signatories(const json& object, Organization& o, Problem& problem) {
  const auto it = object.find("signataires");
  if (it == object.end()) return;
  if (!it->is_array() || it->size() > 4)
    return void(problem.field("/signataires", "service.bad-signatories"));
  o.signatories.clear();
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& s = it->at(i);
    const std::string at = "/signataires/" + std::to_string(i);
    const std::string name = s.is_object() ? s.value("nom", std::string()) : std::string();
    const std::string role = s.is_object() ? s.value("role", std::string()) : std::string();
    const std::string role_en = s.is_object() ? s.value("role_en", std::string()) : std::string();
    if (name.empty()) problem.field(at + "/nom", "service.required");
    if (role.empty()) problem.field(at + "/role", "service.required");
    o.signatories.push_back({name, role, role_en});
  }
}

void read_responsibles(const json& object, Organization& o, Problem& problem) {
  const auto it = object.find("responsables");
  if (it == object.end()) return;
  if (!it->is_array() || it->size() > 20)
    return void(problem.field("/responsables", "service.bad-responsibles"));
  o.responsibles.clear();
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& r = it->at(i);
    const std::string at = "/responsables/" + std::to_string(i);
    const auto text = [&r](const char* key) {
      const auto found = r.is_object() ? r.find(key) : r.end();
      return found != r.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    const Responsible person{text("role"), text("nom"), text("courriel")};
    if (std::find(kResponsibleRoles.begin(), kResponsibleRoles.end(), person.role) ==
        kResponsibleRoles.end())
      problem.field(at + "/role", "service.bad-responsible-role");
    if (person.name.empty()) problem.field(at + "/nom", "service.required");
    if (!person.email.empty() && !is_email(person.email))
      problem.field(at + "/courriel", "service.bad-email");
    o.responsibles.push_back(person);
  }
}

void read_logo(const json& object, Organization& o, app::LogoUpload& logo, Problem& problem) {
  if (const auto it = object.find("logo"); it != object.end() && *it != o.logo)
    problem.field("/logo", "service.logo-by-upload");
  const auto it = object.find("logo_donnees");
  if (it == object.end() || it->is_null()) return;
  std::string bytes;
  if (!it->is_string() || !base64_decode(it->get<std::string>(), bytes))
    return void(problem.field("/logo_donnees", "service.logo-not-base64"));
  if (bytes.size() > kMaxLogoBytes)
    return void(problem.field("/logo_donnees", "service.logo-too-large"));
  // Decoded whole before it is saved: a broken logo would break every guide after it.
  if (const std::string wrong = app::logo_problem(bytes); !wrong.empty())
    return void(problem.field("/logo_donnees", wrong.c_str()));
  logo.file_name = app::logo_file_name(bytes);
  logo.bytes = std::move(bytes);
  o.logo = logo.file_name;
}

}  // namespace

bool profile_from_json(const json& object, Organization& organization, app::LogoUpload& logo,
                       Problem& problem) {
  problem = invalid_request(problem.language, "service.profile-not-saved");
  if (!object.is_object()) return problem.field("", "service.object-expected"), false;
  const std::set<std::string> known = {
      "nom",          "service",      "service_en",  "courriel",       "telephone",
      "telephone_en", "adresse",      "site",        "annee_scolaire", "couleurs",
      "logo",         "logo_donnees", "signataires", "responsables"};
  for (const auto& [key, value] : object.items())
    if (!known.count(key)) problem.field("/" + key, "service.unknown-field");
  read_texts(object, organization, problem);
  read_colors(object, organization, problem);
  read_signatories(object, organization, problem);
  read_responsibles(object, organization, problem);
  read_logo(object, organization, logo, problem);
  return problem.errors.empty();
}

}  // namespace acquis::serve

// The organization profile (school board or college) and its employers.
#include "data/candidate_checks.hpp"
#include "data/candidates.hpp"
#include "data/loaders.hpp"
#include "data/xml_fields.hpp"
#include "image/image_check.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

namespace acquis {

namespace {

bool is_color(const std::string& value) {
  if (value.size() != 7 || value[0] != '#') return false;
  return value.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
}

std::string color(XmlFile& xml, pugi::xml_node node, const char* name,
                  const std::string& fallback) {
  const std::string value = node.attribute(name).value();
  if (value.empty()) return fallback;
  if (is_color(value)) return value;
  xml.report().error(
      "bad-choice", xml.offset(node, name),
      {{"value", value}, {"name", std::string(name)}, {"choices", std::string("#RRGGBB")}});
  return fallback;
}

// A child's text; `english`, when given, receives its "en" attribute (which it then allows).
std::string child_text(XmlFile& xml, pugi::xml_node parent, const char* name, bool required,
                       std::string* english = nullptr, const char* other_attribute = nullptr) {
  const pugi::xml_node child = parent.child(name);
  if (child) {
    std::vector<std::string> attributes;
    if (english) attributes.emplace_back("en");
    if (other_attribute) attributes.emplace_back(other_attribute);
    xml.check_names(child, attributes, {});
  }
  if (child && english) *english = child.attribute("en").value();
  const std::string value = collapsed_text(child);
  if (required && value.empty())
    xml.report().error("missing-text", xml.offset(child ? child : parent),
                       {{"element", std::string(name)}});
  return value;
}

// A file named by the data (the logo) stays inside the data folder — the folder of the file
// naming it — and, being an image, is looked over now (every checksum) so that a cut or altered
// file is reported at this line; it is decoded whole before it is drawn.
void check_image_in_folder(XmlFile& xml, pugi::xml_node node, const char* attribute,
                           const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(xml.source().file()).parent_path();
  const fs::path relative = fs::path(name).lexically_normal();
  std::error_code error;
  const fs::path real = fs::weakly_canonical(folder / relative, error);
  const fs::path real_folder = fs::weakly_canonical(folder.empty() ? "." : folder, error);
  const auto [end, unused] = std::mismatch(real_folder.begin(), real_folder.end(), real.begin());
  if (relative.is_absolute() || *relative.begin() == ".." || end != real_folder.end()) {
    xml.report().error("path-outside", xml.offset(node, attribute), {{"path", name}});
    return;
  }
  const ImageCheck check = inspect_image_file((folder / relative).string());
  if (!check.ok) xml.report().error(check.error, xml.offset(node, attribute), {{"path", name}});
}

// <formulaire document code version>: the code under which the organization files a document.
void read_form_codes(XmlFile& xml, pugi::xml_node root, Organization& org) {
  std::map<std::string, std::size_t> lines;  // document → line of its first code
  for (pugi::xml_node f : root.children("formulaire")) {
    xml.check_names(f, {"document", "code", "version"}, {});
    FormCode form{xml.attribute(f, "document", true), xml.attribute(f, "code", true),
                  f.attribute("version").value()};
    const std::size_t line = xml.source().line_of(xml.offset(f));
    if (!form.document.empty() && !lines.try_emplace(form.document, line).second)
      xml.report().error(
          "duplicate-code", xml.offset(f, "document"),
          {{"code", form.document}, {"line", static_cast<double>(lines[form.document])}});
    org.form_codes.push_back(std::move(form));
  }
}

// <NAME ATTRIBUTE="n">: a whole number from `low` to `high`, or 0 when the element is absent or
// wrong (then reported).
int whole_number(XmlFile& xml, pugi::xml_node root, const char* name, const char* attribute,
                 int low, int high) {
  const pugi::xml_node node = root.child(name);
  if (!node) return 0;
  xml.check_names(node, {attribute}, {});
  const auto value = fields::number(xml, node, attribute);
  if (value && *value >= low && *value <= high && *value == static_cast<int>(*value))
    return static_cast<int>(*value);
  if (value)
    xml.report().error("bad-choice", xml.offset(node, attribute),
                       {{"value", std::string(node.attribute(attribute).value())},
                        {"name", std::string(attribute)},
                        {"choices", std::to_string(low) + "-" + std::to_string(high)}});
  return 0;
}

void read_planning(XmlFile& xml, pugi::xml_node root, Organization& org) {
  org.return_days = whole_number(xml, root, "delai-retour", "jours", 1, 365);
  org.specialist_hours = whole_number(xml, root, "engagement-specialiste", "heures", 1, 200);
  if (const pugi::xml_node session = root.child("seance-information")) {
    xml.check_names(session, {"date", "heure", "lieu", "lieu-en"}, {});
    org.session = {fields::date(xml, session, "date"),
                   fields::time(xml, session, "heure"),
                   {session.attribute("lieu").value(), session.attribute("lieu-en").value()}};
  }
}

}  // namespace

bool load_organization(SourceText source, Organization& org, Diagnostics& diags) {
  const auto xml = XmlFile::parse(std::move(source), diags);
  if (!xml || !xml->expect_root("organisation")) return false;
  const pugi::xml_node root = xml->root();
  xml->check_names(root, {},
                   {"nom", "service", "centre", "courriel", "telephone", "adresse", "site", "logo",
                    "couleurs", "annee-scolaire", "signataire", "responsable", "delai-retour",
                    "engagement-specialiste", "formulaire", "seance-information"});
  org.name = child_text(*xml, root, "nom", true, nullptr, "langue");
  if (const pugi::xml_attribute language = root.child("nom").attribute("langue")) {
    org.name_language = language.value();
    if (org.name_language != "fr-CA" && org.name_language != "en-CA")
      xml->report().error("bad-language-tag", xml->offset(root.child("nom")),
                          {{"value", org.name_language}});
  }
  org.service = child_text(*xml, root, "service", false, &org.service_en);
  org.centre.fr = child_text(*xml, root, "centre", false, &org.centre.en);
  org.email = child_text(*xml, root, "courriel", true);
  if (!org.email.empty() && !is_email(org.email))
    xml->report().error("bad-email", xml->offset(root.child("courriel")), {{"value", org.email}});
  org.phone = child_text(*xml, root, "telephone", false, &org.phone_en);
  org.address = child_text(*xml, root, "adresse", false);
  org.website = child_text(*xml, root, "site", false);
  org.school_year = child_text(*xml, root, "annee-scolaire", false);
  if (const pugi::xml_node logo = root.child("logo")) {
    xml->check_names(logo, {"fichier"}, {});
    org.logo = xml->attribute(logo, "fichier", true);
    if (!org.logo.empty()) check_image_in_folder(*xml, logo, "fichier", org.logo);
  }
  if (const pugi::xml_node colors = root.child("couleurs")) {
    xml->check_names(colors, {"principale", "accent"}, {});
    org.primary_color = color(*xml, colors, "principale", org.primary_color);
    org.accent_color = color(*xml, colors, "accent", org.accent_color);
  }
  for (pugi::xml_node s : root.children("signataire")) {
    xml->check_names(s, {"nom", "role", "role-en"}, {});
    org.signatories.push_back({xml->attribute(s, "nom", true), xml->attribute(s, "role", true),
                               s.attribute("role-en").value()});
  }
  for (pugi::xml_node r : root.children("responsable")) {
    xml->check_names(r, {"role", "nom", "courriel"}, {});
    const std::string email = r.attribute("courriel").value();
    if (!email.empty() && !is_email(email))
      xml->report().error("bad-email", xml->offset(r, "courriel"), {{"value", email}});
    org.responsibles.push_back({fields::choice(*xml, r, "role", kResponsibleRoles, true),
                                xml->attribute(r, "nom", true), email});
  }
  read_planning(*xml, root, org);
  read_form_codes(*xml, root, org);
  return !xml->report().failed();
}

bool load_employers(SourceText source, std::vector<Employer>& employers, Diagnostics& diags) {
  const auto xml = XmlFile::parse(std::move(source), diags);
  if (!xml || !xml->expect_root("employeurs")) return false;
  xml->check_names(xml->root(), {}, {"employeur"});
  std::map<std::string, std::size_t> lines;  // id → line of its first definition
  const auto check_email = [&](pugi::xml_node node) {
    const std::string email = node.attribute("courriel").value();
    if (!email.empty() && !is_email(email))
      xml->report().error("bad-email", xml->offset(node, "courriel"), {{"value", email}});
  };
  for (pugi::xml_node node : xml->root().children("employeur")) {
    xml->check_names(node, {"id", "nom", "adresse", "contact", "courriel", "telephone"},
                     {"specialiste"});
    const std::string id = node.attribute("id").value();
    const std::size_t line = xml->source().line_of(xml->offset(node));
    if (!id.empty() && !lines.try_emplace(id, line).second)
      xml->report().error("duplicate-code", xml->offset(node, "id"),
                          {{"code", id}, {"line", static_cast<double>(lines[id])}});
    check_email(node);
    Employer e{xml->attribute(node, "id", true),
               xml->attribute(node, "nom", true),
               node.attribute("adresse").value(),
               node.attribute("contact").value(),
               node.attribute("courriel").value(),
               node.attribute("telephone").value(),
               {}};
    for (pugi::xml_node s : node.children("specialiste")) {
      xml->check_names(s, {"nom", "metier", "courriel"}, {});
      check_email(s);
      e.specialists.push_back({xml->attribute(s, "nom", true), s.attribute("metier").value(),
                               s.attribute("courriel").value()});
    }
    employers.push_back(std::move(e));
  }
  return !xml->report().failed();
}

// The attributes of <candidat> are the CSV's columns, with "-" for "_".
bool load_candidates_xml(SourceText source, std::vector<Candidate>& candidates, Diagnostics& diags,
                         const KnownData& known) {
  const auto xml = XmlFile::parse(std::move(source), diags, Privacy::Personal);
  if (!xml || !xml->expect_root("candidats")) return false;
  xml->check_names(xml->root(), {}, {"candidat"});
  std::vector<std::string> attributes;
  for (const CandidateColumn& column : kCandidateColumns) {
    std::string name = column.name;
    std::replace(name.begin(), name.end(), '_', '-');
    attributes.push_back(name);
  }
  std::map<std::string, std::size_t> lines;  // code permanent → line of its first element
  for (pugi::xml_node node : xml->root().children("candidat")) {
    xml->check_attributes(node, attributes);
    Candidate c;
    for (std::size_t i = 0; i < kCandidateColumns.size(); ++i)
      c.*kCandidateColumns[i].field =
          xml->attribute(node, attributes[i].c_str(), kCandidateColumns[i].required);
    c.row = xml->source().line_of(xml->offset(node));
    const auto at = [&](const std::string& field) {
      std::string name = field;
      std::replace(name.begin(), name.end(), '_', '-');
      return xml->offset(node, name);
    };
    check_candidate(c, known, xml->report(), at);
    if (!c.permanent_code.empty() && !lines.try_emplace(c.permanent_code, c.row).second)
      xml->report().error(
          "duplicate-code", at("code_permanent"),
          {{"code", c.permanent_code}, {"line", static_cast<double>(lines[c.permanent_code])}});
    candidates.push_back(std::move(c));
  }
  return !xml->report().failed();
}

}  // namespace acquis

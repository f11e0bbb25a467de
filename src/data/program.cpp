// The competency referential of a program.
#include "data/loaders.hpp"
#include "data/xml_fields.hpp"

#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>

namespace acquis {

namespace {

const std::vector<std::string> kLevels = {"DEP", "AEP", "ASP", "CFMS", "DEC", "AEC", "NORME"};

bool uses_units(const std::string& level) {
  return level == "DEP" || level == "AEP" || level == "ASP";
}

// 1 unit = 15 hours where the level counts units.
void check_units(XmlFile& xml, pugi::xml_node node, double hours, double units) {
  if (hours <= 0 || units <= 0 || std::abs(units * 15 - hours) < 0.01) return;
  xml.report().error("units-hours", xml.offset(node, "unites"),
                     {{"units", units}, {"hours", hours}, {"expected", hours / 15}});
}

// The program's hours and units, when given, are the sums of its competencies' (when each
// competency gives them): the error shows both figures.
void check_totals(XmlFile& xml, pugi::xml_node root, const Program& program) {
  double hours = 0, units = 0;
  bool all_hours = !program.competencies.empty(), all_units = all_hours;
  for (const Competency& c : program.competencies) {
    hours += c.hours;
    units += c.units;
    all_hours = all_hours && c.hours > 0;
    all_units = all_units && c.units > 0;
  }
  if (program.hours > 0 && all_hours && std::abs(hours - program.hours) > 0.01)
    xml.report().error("program-total", xml.offset(root, "heures"),
                       {{"what", std::string("heures")}, {"total", program.hours}, {"sum", hours}});
  if (program.units > 0 && all_units && std::abs(units - program.units) > 0.01)
    xml.report().error("program-total", xml.offset(root, "unites"),
                       {{"what", std::string("unites")}, {"total", program.units}, {"sum", units}});
}

// A text with its English (`en`) and nothing else: a criterion, a line of context.
Text plain_text(XmlFile& xml, pugi::xml_node node) {
  xml.check_names(node, {"en"}, {});
  return fields::text(node);
}

Element read_element(XmlFile& xml, pugi::xml_node node) {
  xml.check_names(node, {"code", "en"}, {"critere"});
  Element element{node.attribute("code").value(), fields::text(node), {}};
  if (element.text.fr.empty())
    xml.report().error("missing-text", xml.offset(node), {{"element", std::string(node.name())}});
  for (pugi::xml_node criterion : node.children("critere"))
    element.criteria.push_back(plain_text(xml, criterion));
  return element;
}

Competency read_competency(XmlFile& xml, pugi::xml_node node, const Program& program) {
  xml.check_names(node, {"code", "heures", "unites", "type", "statut"},
                  {"enonce", "element", "tache", "contexte", "critere"});
  Competency c;
  c.code = xml.attribute(node, "code", true);
  c.statement = fields::required_text(xml, node, "enonce");
  c.hours = fields::number(xml, node, "heures").value_or(0);
  c.units = fields::units(xml, node, "unites", c.units_published).value_or(0);
  c.kind = fields::choice(xml, node, "type", {"generale", "specifique"}, false);
  if (node.attribute("statut"))
    c.status = fields::choice(xml, node, "statut",
                              {"obligatoire", "optionnelle", "choix-etablissement"}, false);
  for (pugi::xml_node item : node.children("contexte")) c.context.push_back(plain_text(xml, item));
  for (pugi::xml_node item : node.children("critere")) c.criteria.push_back(plain_text(xml, item));
  if (uses_units(program.level)) check_units(xml, node, c.hours, c.units);
  // Elements and tasks without a code are numbered from 1, as records and documents name them.
  std::map<std::string, std::size_t> lines;
  for (pugi::xml_node item : node.children()) {
    if (item.type() != pugi::node_element ||
        (std::strcmp(item.name(), "element") != 0 && std::strcmp(item.name(), "tache") != 0))
      continue;
    Element element = read_element(xml, item);
    if (element.code.empty()) element.code = std::to_string(c.elements.size() + 1);
    const std::size_t line = xml.source().line_of(xml.offset(item));
    if (!lines.try_emplace(element.code, line).second)
      xml.report().error(
          "duplicate-code", xml.offset(item, "code"),
          {{"code", element.code}, {"line", static_cast<double>(lines[element.code])}});
    c.elements.push_back(std::move(element));
  }
  return c;
}

}  // namespace

std::string Program::designation(Language language) const {
  // A norm is no diploma: its level is said in words.
  const std::string name = level != "NORME"               ? level
                           : language == Language::French ? "norme professionnelle"
                                                          : "occupational standard";
  const std::string shown = published_code();
  return shown.empty() ? name : name + "\u00A0" + shown;
}

bool load_program(SourceText source, Program& program, Diagnostics& diags, const KnownData& known) {
  program.file = source.file();
  const auto xml = XmlFile::parse(std::move(source), diags);
  if (!xml) return false;
  const pugi::xml_node root = xml->root();
  if (!xml->expect_root("programme")) return false;
  xml->check_names(root,
                   {"code", "code-anglais", "niveau", "secteur", "heures", "unites", "version"},
                   {"titre", "introduction", "competence"});
  program.level = fields::choice(*xml, root, "niveau", kLevels, true);
  // A norm may be published without a code: its file's name stands for it.
  program.code_from_file_name = program.level == "NORME" && !root.attribute("code");
  program.code = program.code_from_file_name ? std::filesystem::path(program.file).stem().string()
                                             : xml->attribute(root, "code", true);
  program.english_code = root.attribute("code-anglais").value();
  for (const char* attribute : {"code", "code-anglais"}) {
    const std::string code = root.attribute(attribute).value();
    if (const Program* other = known.program(code); other && !code.empty())
      xml->report().error("duplicate-program", xml->offset(root, attribute),
                          {{"code", code}, {"file", other->file}});
  }
  program.sector = root.attribute("secteur").value();
  program.version = root.attribute("version").value();
  program.hours = fields::number(*xml, root, "heures").value_or(0);
  program.units = fields::units(*xml, root, "unites", program.units_published).value_or(0);
  program.title = fields::required_text(*xml, root, "titre");
  if (const pugi::xml_node title = root.child("titre")) {
    xml->check_names(title, {"en", "feminin", "masculin"}, {});
    program.title_feminine = title.attribute("feminin").value();
    program.title_masculine = title.attribute("masculin").value();
  }
  if (const pugi::xml_node intro = root.child("introduction")) {
    xml->check_names(intro, {}, {"p"});
    for (pugi::xml_node p : intro.children("p")) program.introduction.push_back(fields::text(p));
  }
  std::map<std::string, std::size_t> lines;
  for (pugi::xml_node node : root.children("competence")) {
    Competency c = read_competency(*xml, node, program);
    const std::size_t line = xml->source().line_of(xml->offset(node));
    if (!c.code.empty() && !lines.try_emplace(c.code, line).second)
      xml->report().error("duplicate-code", xml->offset(node, "code"),
                          {{"code", c.code}, {"line", static_cast<double>(lines[c.code])}});
    if (!c.elements.empty() && root.child("competence").child("tache")) program.item_kind = "tache";
    program.competencies.push_back(std::move(c));
  }
  check_totals(*xml, root, program);
  return !xml->report().failed();
}

}  // namespace acquis

// Style attributes, shared by <style> declarations and every block and inline element:
//   police gras italique taille interligne couleur alignement cesure espace-avant espace-apres
//   retrait-gauche retrait-droit alinea bordure fond marge-interne vertical avec-suivant insecable
#include "template/template_builder.hpp"
#include "template/template_values.hpp"

namespace acquis {

const std::vector<std::string>& style_attribute_names() {
  static const std::vector<std::string> names = {
      "classe",       "police",         "gras",          "italique",     "taille",
      "interligne",   "couleur",        "alignement",    "cesure",       "espace-avant",
      "espace-apres", "retrait-gauche", "retrait-droit", "alinea",       "bordure",
      "fond",         "marge-interne",  "vertical",      "avec-suivant", "insecable"};
  return names;
}

namespace {

using namespace template_values;

// Only what the element sets: an inline <b> keeps its boldness under other attributes.
template <class T>
void set(std::optional<T>& into, std::optional<T> value) {
  if (value) into = std::move(value);
}

void lengths(AttributeReader& read, Style& s) {
  set(s.space_before, read.length("espace-avant"));
  set(s.space_after, read.length("espace-apres"));
  set(s.indent_left, read.length("retrait-gauche"));
  set(s.indent_right, read.length("retrait-droit"));
  set(s.first_line_indent, read.length("alinea"));
  set(s.padding, read.length("marge-interne"));
  set(s.leading, read.length("interligne"));
}

void choices(AttributeReader& read, Style& s) {
  if (auto a = read.choice("alignement", {"gauche", "centre", "droite", "justifie"}))
    s.align = *a == 0   ? Align::Left
              : *a == 1 ? Align::Center
              : *a == 2 ? Align::Right
                        : Align::Justify;
  if (auto v = read.choice("vertical", {"haut", "milieu", "bas"}))
    s.valign = *v == 0 ? VAlign::Top : *v == 1 ? VAlign::Middle : VAlign::Bottom;
  set(s.bold, read.flag("gras"));
  set(s.italic, read.flag("italique"));
  set(s.hyphenate, read.flag("cesure"));
  set(s.keep_with_next, read.flag("avec-suivant"));
  set(s.keep_together, read.flag("insecable"));
}

}  // namespace

void TemplateBuilder::text_style(XmlFile& file, pugi::xml_node node, Style& s) {
  AttributeReader read(run_, file, node);
  if (auto family = read.text("police"); !family.empty()) s.family = family;
  set(s.size, read.number("taille"));
  set(s.color, read.color("couleur"));
  set(s.background, read.color("fond"));
  set(s.border, read.border("bordure"));
  lengths(read, s);
  choices(read, s);
}

void TemplateBuilder::style_of(XmlFile& file, pugi::xml_node node, BlockBase& block) {
  run_.interpolate_attribute(file, node, "classe", block.style_class);
  text_style(file, node, block.style);
  block.source = run_.where(file, node);
}

}  // namespace acquis

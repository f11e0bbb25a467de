// Block elements: p, titre, liste/item, tableau/rangee/cellule, image, cadre, filet, espace,
// saut-de-page, case, echelle/choix, lignes, champ, signatures/signataire, demarche/etape.
#include "template/template_builder.hpp"
#include "template/template_values.hpp"

#include <cmath>
#include <map>

namespace acquis {

using template_values::AttributeReader;

const std::vector<std::string>& block_element_names() {
  static const std::vector<std::string> names = {
      "p",     "titre",      "liste",        "tableau", "image",   "cadre",
      "filet", "espace",     "saut-de-page", "case",    "echelle", "lignes",
      "champ", "signatures", "demarche",     "saisie"};
  return names;
}

void TemplateBuilder::blocks(XmlFile& file, pugi::xml_node parent, Blocks& out) {
  walk(file, parent, [&](XmlFile& f, pugi::xml_node node) {
    if (node.type() != pugi::node_element) {
      if (std::string_view(node.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
        f.report().error("text-outside-paragraph", f.offset(node));
      return;
    }
    block(f, node, out);
  });
}

void TemplateBuilder::each(XmlFile& file, pugi::xml_node parent, const char* name,
                           const NodeVisitor& visit) {
  walk(file, parent, [&](XmlFile& f, pugi::xml_node child) {
    if (child.type() != pugi::node_element) {
      if (std::string_view(child.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
        f.report().error("text-outside-paragraph", f.offset(child));
      return;
    }
    if (std::string_view(child.name()) == name) return visit(f, child);
    f.report().error("unknown-element", f.offset(child),
                     {{"name", std::string(child.name())}, {"parent", std::string(parent.name())}},
                     f.report().did_you_mean(child.name(), {name}));
  });
}

// Whether a node holds block elements, looking through control elements.
static bool has_blocks(pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (name == "inclure") return true;
    if (is_control(name) ? has_blocks(child)
                         : std::find(block_element_names().begin(), block_element_names().end(),
                                     name) != block_element_names().end())
      return true;
  }
  return false;
}

void TemplateBuilder::content(XmlFile& file, pugi::xml_node parent, Blocks& out) {
  if (has_blocks(parent)) return blocks(file, parent, out);
  block::Paragraph p;
  p.source = run_.where(file, parent);
  runs(file, parent, Run{}, p.runs);
  if (!p.runs.empty()) out.emplace_back(std::move(p));
}

void TemplateBuilder::block(XmlFile& file, pugi::xml_node node, Blocks& out) {
  const std::string name = node.name();
  const auto check = [&](std::vector<std::string> attributes) {
    file.check_attributes(node, with_style(std::move(attributes)));
  };
  AttributeReader read(run_, file, node);
  if (name == "p") {
    check({});
    block::Paragraph p;
    style_of(file, node, p);
    runs(file, node, Run{}, p.runs);
    out.emplace_back(std::move(p));
    return;
  }
  if (name == "titre") {
    file.check_attributes(node, with_style({"niveau"}));
    block::Heading h;
    style_of(file, node, h);
    h.level = static_cast<int>(read.number("niveau").value_or(1));
    runs(file, node, Run{}, h.runs);
    out.emplace_back(std::move(h));
    return;
  }
  if (name == "liste") {
    check({"numerotee", "debut"});
    block::List list;
    style_of(file, node, list);
    list.numbered = read.flag("numerotee").value_or(false);
    list.start = static_cast<int>(read.number("debut").value_or(1));
    each(file, node, "item", [&](XmlFile& f, pugi::xml_node item) {
      list.items.emplace_back();
      content(f, item, list.items.back());
    });
    out.emplace_back(std::move(list));
    return;
  }
  if (name == "tableau") {
    out.emplace_back(table(file, node));
    return;
  }
  if (name == "image") {
    check({"src", "largeur", "hauteur", "alt"});
    file.attribute(node, "alt", true);  // what a screen reader says; alt="" for a decoration
    block::Image image;
    style_of(file, node, image);
    image.path = read.text("src");
    image.alt = read.text("alt");
    image.width = read.length("largeur");
    image.height = read.length("hauteur");
    out.emplace_back(std::move(image));
    return;
  }
  if (name == "cadre") {
    check({});
    block::Box box;
    style_of(file, node, box);
    content(file, node, box.content);
    out.emplace_back(std::move(box));
    return;
  }
  if (name == "filet") {
    check({"epaisseur"});
    block::Rule rule;
    style_of(file, node, rule);
    rule.thickness = read.length("epaisseur").value_or(rule.thickness);
    out.emplace_back(std::move(rule));
    return;
  }
  if (name == "espace") {
    check({"hauteur"});
    block::Spacer spacer;
    style_of(file, node, spacer);
    spacer.height = read.length("hauteur").value_or(pt(12));
    out.emplace_back(std::move(spacer));
    return;
  }
  if (name == "saut-de-page") {
    check({});
    out.emplace_back(block::PageBreak{});
    return;
  }
  form(file, node, out);
}

}  // namespace acquis

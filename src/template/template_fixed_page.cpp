// A page whose items sit where the template says (a certificate):
//   <page-fixe format="lettre" orientation="paysage">
//     <rectangle x="22pt" y="22pt" largeur="748pt" hauteur="568pt" bordure="2,4pt #17335F"/>
//     <trait x1="136pt" y1="468pt" x2="356pt" y2="468pt" epaisseur="0,6pt" couleur="#59595E"/>
//     <zone x="90pt" y="72pt" largeur="612pt" hauteur="80pt" vertical="milieu">…</zone>
//     <image src="{organisation.logo}" x="…" y="…" largeur="…" hauteur="…"/>
//   </page-fixe>
// Positions are from the top-left corner; percentages are of the page's width (x) or height (y).
#include "template/template_builder.hpp"
#include "template/template_values.hpp"

namespace acquis {

using template_values::AttributeReader;

namespace {

class FixedPageBuilder {
 public:
  FixedPageBuilder(TemplateBuilder& builder, FixedPage& page) : builder_(builder), page_(page) {}

  void item(XmlFile& file, pugi::xml_node node) {
    if (node.type() != pugi::node_element) {
      if (std::string_view(node.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
        file.report().error("text-outside-paragraph", file.offset(node));
      return;
    }
    const std::string name = node.name();
    AttributeReader read(builder_.run(), file, node);
    if (name == "rectangle") return rectangle(file, node, read);
    if (name == "trait") return line(file, node, read);
    if (name == "zone") return zone(file, node, read);
    if (name == "image") return image(file, node, read);
    file.report().error("unknown-element", file.offset(node),
                        {{"name", name}, {"parent", std::string("page-fixe")}},
                        file.report().did_you_mean(name, {"rectangle", "trait", "zone", "image"}));
  }

 private:
  double x(AttributeReader& read, const char* name) {
    return read.length(name).value_or(pt(0)).to_pt(page_.size.width);
  }
  double y(AttributeReader& read, const char* name) {
    return read.length(name).value_or(pt(0)).to_pt(page_.size.height);
  }
  Rect rect(AttributeReader& read) {
    return {x(read, "x"), y(read, "y"), x(read, "largeur"), y(read, "hauteur")};
  }

  void rectangle(XmlFile& file, pugi::xml_node node, AttributeReader& read) {
    file.check_attributes(node, {"x", "y", "largeur", "hauteur", "bordure", "fond"});
    BoxItem box{rect(read), 0, {}, false, {}};
    if (const auto border = read.border("bordure")) {
      box.stroke_width = border->width.to_pt(page_.size.width);
      box.stroke = border->color;
    }
    if (const auto fill = read.color("fond")) {
      box.filled = true;
      box.fill = *fill;
    }
    page_.items.emplace_back(box);
  }

  void line(XmlFile& file, pugi::xml_node node, AttributeReader& read) {
    file.check_attributes(node, {"x1", "y1", "x2", "y2", "epaisseur", "couleur"});
    page_.items.emplace_back(LineItem{x(read, "x1"), y(read, "y1"), x(read, "x2"), y(read, "y2"),
                                      read.length("epaisseur").value_or(pt(0.5)).to_pt(0),
                                      read.color("couleur").value_or(Color{})});
  }

  void zone(XmlFile& file, pugi::xml_node node, AttributeReader& read) {
    file.check_attributes(node, with_style({"x", "y", "largeur", "hauteur"}));
    BlockItem zone;
    builder_.style_of(file, node, zone);
    zone.box = rect(read);
    builder_.content(file, node, zone.blocks);
    page_.items.emplace_back(std::move(zone));
  }

  void image(XmlFile& file, pugi::xml_node node, AttributeReader& read) {
    file.check_attributes(node, {"src", "x", "y", "largeur", "hauteur", "alt"});
    // Its box is placed, not derived: without a height it would be drawn flat, unseen.
    file.attribute(node, "largeur", true);
    file.attribute(node, "hauteur", true);
    file.attribute(node, "alt", true);  // what a screen reader says; alt="" for a decoration
    page_.items.emplace_back(ImageItem{rect(read), read.text("src"), read.text("alt")});
  }

  TemplateBuilder& builder_;
  FixedPage& page_;
};

}  // namespace

FixedPage TemplateBuilder::fixed_page(XmlFile& file, pugi::xml_node node) {
  file.check_attributes(node, {"format", "orientation"});
  AttributeReader read(run_, file, node);
  FixedPage page{template_values::page_size(read), {}};
  FixedPageBuilder items(*this, page);
  walk(file, node, [&](XmlFile& f, pugi::xml_node child) { items.item(f, child); });
  return page;
}

}  // namespace acquis

// Template elements → content. The walker expands control elements (pour, si/sinon, soit,
// inclure) and hands every other node to a visitor, in the scope the control elements set up;
// the builders turn block and inline elements into the layout's content model.
// Internal to template/.
#pragma once

#include <acquis/document.hpp>

#include "template/template_run.hpp"

#include <functional>

namespace acquis {

using NodeVisitor = std::function<void(XmlFile&, pugi::xml_node)>;

class TemplateBuilder {
 public:
  explicit TemplateBuilder(TemplateRun& run) : run_(run) {}

  // Children of `parent`, control elements expanded, in a frame of their own (soit).
  void walk(XmlFile& file, pugi::xml_node parent, const NodeVisitor& visit);

  void blocks(XmlFile& file, pugi::xml_node parent, Blocks& out);
  // Mixed content (a cell, a list item, a box): blocks if it has block elements, else one
  // paragraph of its text.
  void content(XmlFile& file, pugi::xml_node parent, Blocks& out);
  void runs(XmlFile& file, pugi::xml_node parent, const Run& base, Runs& out);
  // The style attributes of an element, and its classe.
  void style_of(XmlFile& file, pugi::xml_node node, BlockBase& block);
  void text_style(XmlFile& file, pugi::xml_node node, Style& style);

  // Children that must all be <`name`> elements (control elements allowed around them).
  void each(XmlFile& file, pugi::xml_node parent, const char* name, const NodeVisitor& visit);

  // <page-fixe>: items at positions of the page.
  FixedPage fixed_page(XmlFile& file, pugi::xml_node node);

  TemplateRun& run() { return run_; }

 private:
  void control(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit);
  void loop(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit);
  void condition(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit);
  void include(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit);
  void block(XmlFile& file, pugi::xml_node node, Blocks& out);
  block::Table table(XmlFile& file, pugi::xml_node node);
  void form(XmlFile& file, pugi::xml_node node, Blocks& out);
  block::FormField form_field(XmlFile& file, pugi::xml_node node);

  void inline_element(XmlFile& file, pugi::xml_node node, const Run& base, Runs& out);
  void message_runs(XmlFile& file, pugi::xml_node node, const Run& base, Runs& out);

  TemplateRun& run_;
  int inline_depth_ = 0;  // spaces are joined once the outermost paragraph is complete
};

// Element names, for checks and suggestions.
const std::vector<std::string>& block_element_names();
const std::vector<std::string>& inline_element_names();
const std::vector<std::string>& style_attribute_names();
bool is_control(std::string_view name);

// The style attributes plus an element's own.
inline std::vector<std::string> with_style(std::vector<std::string> own) {
  own.insert(own.end(), style_attribute_names().begin(), style_attribute_names().end());
  return own;
}

}  // namespace acquis

// Control elements: <pour chaque="c" dans="…">, <si test="…"> with an optional <sinon> right
// after it, <soit nom="x" valeur="…"/>, <inclure fichier="…"/>.
#include "template/template_builder.hpp"

#include <cstring>

namespace acquis {

bool is_control(std::string_view name) {
  return name == "pour" || name == "si" || name == "sinon" || name == "soit" || name == "inclure";
}

void TemplateBuilder::walk(XmlFile& file, pugi::xml_node parent, const NodeVisitor& visit) {
  run_.push_frame();
  for (pugi::xml_node node : parent.children()) {
    if (node.type() == pugi::node_element && is_control(node.name()))
      control(file, node, visit);
    else if (node.type() == pugi::node_element || node.type() == pugi::node_pcdata ||
             node.type() == pugi::node_cdata)
      visit(file, node);
  }
  run_.pop_frame();
}

void TemplateBuilder::control(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit) {
  const std::string_view name = node.name();
  if (name == "pour") return loop(file, node, visit);
  if (name == "si") return condition(file, node, visit);
  if (name == "inclure") return include(file, node, visit);
  if (name == "soit") {
    file.check_attributes(node, {"nom", "valeur"});
    Value value;
    const std::string variable = file.attribute(node, "nom", true);
    if (run_.evaluate_attribute(file, node, "valeur", value) && !variable.empty())
      run_.set(variable, std::move(value));
    return;
  }
  // <sinon> is taken by its <si>; one found here follows no <si>.
  pugi::xml_node previous = node.previous_sibling();
  while (previous && previous.type() != pugi::node_element) previous = previous.previous_sibling();
  if (!previous || std::strcmp(previous.name(), "si") != 0)
    file.report().error("else-without-if", file.offset(node));
}

void TemplateBuilder::loop(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit) {
  file.check_attributes(node, {"chaque", "dans", "index"});
  const std::string variable = file.attribute(node, "chaque", true);
  const std::string index = node.attribute("index").value();
  Value items;
  if (!run_.evaluate_attribute(file, node, "dans", items) || variable.empty()) return;
  if (items.is_null()) return;
  const List* list = items.list();
  if (!list) {
    file.report().error("type-error", file.value_offset(node, "dans"),
                        {{"op", std::string("pour")},
                         {"found", std::string(items.type_name())},
                         {"second", std::string("none")}});
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (!run_.count_iteration(file, node)) return;
    run_.push_frame();
    run_.set(variable, (*list)[i]);
    if (!index.empty()) run_.set(index, Value(static_cast<double>(i + 1)));
    walk(file, node, visit);
    run_.pop_frame();
  }
}

void TemplateBuilder::condition(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit) {
  file.check_attributes(node, {"test"});
  Value test;
  const bool ok = run_.evaluate_attribute(file, node, "test", test);
  pugi::xml_node next = node.next_sibling();
  while (next && next.type() != pugi::node_element) next = next.next_sibling();
  const bool has_else = next && std::strcmp(next.name(), "sinon") == 0;
  if (!ok) return;
  if (test.truthy())
    walk(file, node, visit);
  else if (has_else)
    walk(file, next, visit);
}

void TemplateBuilder::include(XmlFile& file, pugi::xml_node node, const NodeVisitor& visit) {
  file.check_attributes(node, {"fichier"});
  const std::string name = file.attribute(node, "fichier", true);
  if (name.empty()) return;
  if (run_.include_depth >= kMaxIncludeDepth) {
    file.report().error("include-depth", file.offset(node),
                        {{"max", static_cast<double>(kMaxIncludeDepth)}});
    return;
  }
  XmlFile* fragment = run_.open_include(name, file, node);
  if (!fragment) return;
  if (!fragment->expect_root("fragment")) return;
  ++run_.include_depth;
  walk(*fragment, fragment->root(), visit);
  --run_.include_depth;
}

}  // namespace acquis

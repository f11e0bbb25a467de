#include "xml/xml_file.hpp"

#include <acquis/text_checks.hpp>

#include "core/messages.hpp"
#include "xml/xml_checks.hpp"

#include <algorithm>

namespace acquis {

XmlFile::XmlFile(SourceText source, Diagnostics& diags, Privacy privacy)
    : source_(std::move(source)),
      report_(std::make_unique<FileReporter>(source_, diags, privacy)) {}

void XmlFile::report_to(Diagnostics& diags) {
  report_ = std::make_unique<FileReporter>(source_, diags);
}

std::unique_ptr<XmlFile> XmlFile::load(const std::string& path, Diagnostics& diags) {
  SourceText source("", "");
  if (!read_user_file(path, source, diags)) return nullptr;
  return parse(std::move(source), diags);
}

namespace {

constexpr double kMaxXmlDepth = 100;  // elements inside elements: far more than any file needs

// The first element nested deeper than kMaxXmlDepth, found without recursion: whatever walks
// the tree afterwards (templates, layout) may then recurse safely.
pugi::xml_node too_deep(const pugi::xml_document& document) {
  pugi::xml_node node = document.first_child();
  int depth = 1;
  while (node) {
    if (node.type() == pugi::node_element && depth > kMaxXmlDepth) return node;
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node) node = node.next_sibling();
  }
  return {};
}

}  // namespace

std::unique_ptr<XmlFile> XmlFile::parse(SourceText source, Diagnostics& diags, Privacy privacy) {
  std::unique_ptr<XmlFile> file(new XmlFile(std::move(source), diags, privacy));
  const std::string& text = file->source_.text();
  if (!check_xml_text(text, *file->report_)) return nullptr;
  const pugi::xml_parse_result result = file->document_.load_buffer(
      text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    file->report_->error(xml_error_id(result.status), static_cast<std::size_t>(result.offset));
    return nullptr;
  }
  if (const pugi::xml_node deep = too_deep(file->document_)) {
    file->report_->error("xml-too-deep", file->offset(deep), {{"max", kMaxXmlDepth}});
    return nullptr;
  }
  return file;
}

// pugixml gives an element's name; messages point at its "<".
std::size_t XmlFile::offset(pugi::xml_node node) const {
  const std::ptrdiff_t at = node.offset_debug();
  if (at < 0) return 0;
  const auto offset = static_cast<std::size_t>(at);
  return node.type() == pugi::node_element && offset > 0 && source_.text()[offset - 1] == '<'
             ? offset - 1
             : offset;
}

std::size_t XmlFile::offset(pugi::xml_node node, std::string_view attribute) const {
  const std::string& text = source_.text();
  const std::size_t start = offset(node);
  const std::size_t end = text.find('>', start);
  for (std::size_t at = text.find(attribute, start); at < end && at != std::string::npos;
       at = text.find(attribute, at + 1)) {
    const bool starts_word = at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t' ||
                                        text[at - 1] == '\n' || text[at - 1] == '\r');
    std::size_t after = at + attribute.size();
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (starts_word && after < text.size() && text[after] == '=') return at;
  }
  return start;
}

std::size_t XmlFile::value_offset(pugi::xml_node node, std::string_view attribute) const {
  const std::size_t at = offset(node, attribute);
  const std::size_t quote = source_.text().find_first_of("\"'", at);
  return quote == std::string::npos ? at : quote + 1;
}

bool XmlFile::expect_root(const char* name) {
  if (std::string_view(root().name()) == name) return true;
  report_->error("xml-root", offset(root()),
                 {{"expected", std::string(name)}, {"found", std::string(root().name())}});
  return false;
}

void XmlFile::check_attributes(pugi::xml_node node, const std::vector<std::string>& allowed) {
  for (pugi::xml_attribute a : node.attributes()) {
    const std::string name = a.name();
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    report_->error("unknown-attribute", offset(node, name),
                   {{"name", name}, {"element", std::string(node.name())}},
                   report_->did_you_mean(name, allowed));
  }
}

void XmlFile::check_names(pugi::xml_node node, const std::vector<std::string>& allowed,
                          const std::vector<std::string>& children) {
  check_attributes(node, allowed);
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    if (std::find(children.begin(), children.end(), name) != children.end()) continue;
    report_->error("unknown-element", offset(child),
                   {{"name", name}, {"parent", std::string(node.name())}},
                   report_->did_you_mean(name, children));
  }
}

std::string XmlFile::attribute(pugi::xml_node node, const char* name, bool required) {
  const pugi::xml_attribute a = node.attribute(name);
  if (!a && required)
    report_->error("missing-attribute", offset(node),
                   {{"name", std::string(name)}, {"element", std::string(node.name())}});
  return a.value();
}

std::string collapsed_text(pugi::xml_node node) {
  return fold_white_space(node.child_value());
}

}  // namespace acquis

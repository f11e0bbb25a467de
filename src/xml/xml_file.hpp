// A user's XML file parsed with pugixml, with what messages need: the line:column of an element,
// an attribute or a text, and checks of element and attribute names with a "did you mean".
// pugixml keeps no positions, but for a document parsed from our own buffer a node's
// offset_debug() is its byte offset there; attribute positions are found from their element's.
#pragma once

#include "core/file_reporter.hpp"
#include "core/source_text.hpp"

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acquis {

class XmlFile {
 public:
  // Null, with the error reported (unreadable, malformed at line:column), when it cannot be used.
  static std::unique_ptr<XmlFile> load(const std::string& path, Diagnostics& diags);
  // `privacy`: a file of personal data is reported without quoting it (file_reporter.hpp).
  static std::unique_ptr<XmlFile> parse(SourceText source, Diagnostics& diags,
                                        Privacy privacy = Privacy::Public);

  pugi::xml_node root() const { return document_.document_element(); }
  FileReporter& report() { return *report_; }
  // A parsed file kept for reuse (TemplateCache) reports to each user's diagnostics in turn;
  // stop_reporting() adds the count of errors left out to the current ones.
  void report_to(Diagnostics& diags);
  void stop_reporting() { report_.reset(); }
  const SourceText& source() const { return source_; }

  std::size_t offset(pugi::xml_node node) const;
  std::size_t offset(pugi::xml_node node, std::string_view attribute) const;
  // Where an attribute's value starts (for errors inside an expression it holds).
  std::size_t value_offset(pugi::xml_node node, std::string_view attribute) const;

  // Whether the root element is <`name`>; reports it when not.
  bool expect_root(const char* name);
  // Reports attributes of `node` not in `allowed`.
  void check_attributes(pugi::xml_node node, const std::vector<std::string>& allowed);
  // Reports attributes of `node` not in `allowed`, and children elements not in `children`.
  void check_names(pugi::xml_node node, const std::vector<std::string>& allowed,
                   const std::vector<std::string>& children);
  // The attribute's value, reporting its absence when `required`.
  std::string attribute(pugi::xml_node node, const char* name, bool required = false);

 private:
  XmlFile(SourceText source, Diagnostics& diags, Privacy privacy);
  SourceText source_;
  pugi::xml_document document_;
  std::unique_ptr<FileReporter> report_;
};

// The XML text of an element with its whitespace collapsed (one space, none at the ends).
std::string collapsed_text(pugi::xml_node node);

}  // namespace acquis

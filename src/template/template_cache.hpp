// The files a build reads — templates, fragments, message catalogs — kept once read, for the
// builds that share a TemplateCache (a batch, a server). Internal to template/.
#pragma once

#include <acquis/templates.hpp>

#include "core/source_text.hpp"
#include "i18n/catalog.hpp"
#include "template/value.hpp"
#include "xml/xml_file.hpp"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace acquis {

class TemplateCache {
 public:
  // The catalogs of `directory`, loaded (and their problems reported) on the first call;
  // null when they cannot be loaded.
  std::shared_ptr<const Catalogs> catalogs(const std::string& directory, Diagnostics& diags);
  // The text of a file; an unreadable file is reported each time and not kept.
  bool source(const std::string& path, SourceText& out, Diagnostics& diags);
  // A parsed file nobody is using (null if none): taken for one build, then given back.
  std::unique_ptr<XmlFile> take_parsed(const std::string& key);
  void give_back(const std::string& key, std::unique_ptr<XmlFile> file);
  // fs::weakly_canonical, remembered (it asks the file system for every part of the path).
  std::string canonical(const std::string& path);
  // A program as template values in one language, made by `make` on its first use: a
  // referential is the largest part of a document's data, the same for every person.
  Value program(const Program& program, Language language, const std::function<Value()>& make);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Catalogs>> catalogs_;
  std::map<std::string, SourceText> sources_;
  std::multimap<std::string, std::unique_ptr<XmlFile>> parsed_;
  std::map<std::string, std::string> canonical_;
  std::map<std::pair<const Program*, Language>, Value> programs_;
};

}  // namespace acquis

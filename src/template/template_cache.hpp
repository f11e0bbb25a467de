// The files a build reads — templates, fragments, message catalogs — kept once read, for the
// builds that share a TemplateCache (a batch, a server). Internal to template/.
#pragma once

#include <acquis/templates.hpp>

#include "core/source_text.hpp"
#include "i18n/catalog.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace acquis {

class TemplateCache {
 public:
  // A copy of the catalogs of `directory` (each build keeps its own fallback warnings);
  // loaded, and their problems reported, on the first call.
  Catalogs catalogs(const std::string& directory, Diagnostics& diags, bool english);
  // The text of a file; an unreadable file is reported each time and not kept.
  bool source(const std::string& path, SourceText& out, Diagnostics& diags, bool english);

 private:
  std::mutex mutex_;
  std::map<std::string, Catalogs> catalogs_;
  std::map<std::string, SourceText> sources_;
};

}  // namespace acquis

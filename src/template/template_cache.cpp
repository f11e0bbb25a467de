#include "template/template_cache.hpp"

#include "core/file_reporter.hpp"

namespace acquis {

Catalogs TemplateCache::catalogs(const std::string& directory, Diagnostics& diags, bool english) {
  std::lock_guard lock(mutex_);
  if (const auto it = catalogs_.find(directory); it != catalogs_.end()) return it->second;
  Catalogs loaded;
  if (loaded.load(directory, diags, english)) catalogs_.emplace(directory, loaded);
  return loaded;
}

bool TemplateCache::source(const std::string& path, SourceText& out, Diagnostics& diags,
                           bool english) {
  {
    std::lock_guard lock(mutex_);
    if (const auto it = sources_.find(path); it != sources_.end()) {
      out = it->second;
      return true;
    }
  }
  if (!read_user_file(path, out, diags, english)) return false;
  std::lock_guard lock(mutex_);
  sources_.emplace(path, out);
  return true;
}

std::shared_ptr<TemplateCache> make_template_cache() {
  return std::make_shared<TemplateCache>();
}

}  // namespace acquis

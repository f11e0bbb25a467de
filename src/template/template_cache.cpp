#include "template/template_cache.hpp"

#include "core/file_reporter.hpp"

#include <filesystem>

namespace acquis {

std::shared_ptr<const Catalogs> TemplateCache::catalogs(const std::string& directory,
                                                        Diagnostics& diags) {
  std::lock_guard lock(mutex_);
  if (const auto it = catalogs_.find(directory); it != catalogs_.end()) return it->second;
  auto loaded = std::make_shared<Catalogs>();
  if (!loaded->load(directory, diags)) return loaded;  // reported, not kept
  catalogs_.emplace(directory, loaded);
  return loaded;
}

bool TemplateCache::source(const std::string& path, SourceText& out, Diagnostics& diags) {
  {
    std::lock_guard lock(mutex_);
    if (const auto it = sources_.find(path); it != sources_.end()) {
      out = it->second;
      return true;
    }
  }
  if (!read_user_file(path, out, diags)) return false;
  std::lock_guard lock(mutex_);
  sources_.emplace(path, out);
  return true;
}

std::unique_ptr<XmlFile> TemplateCache::take_parsed(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto it = parsed_.find(key);
  if (it == parsed_.end()) return nullptr;
  std::unique_ptr<XmlFile> file = std::move(it->second);
  parsed_.erase(it);
  return file;
}

void TemplateCache::give_back(const std::string& key, std::unique_ptr<XmlFile> file) {
  std::lock_guard lock(mutex_);
  parsed_.emplace(key, std::move(file));
}

std::string TemplateCache::canonical(const std::string& path) {
  {
    std::lock_guard lock(mutex_);
    if (const auto it = canonical_.find(path); it != canonical_.end()) return it->second;
  }
  std::string resolved = std::filesystem::weakly_canonical(path).string();
  std::lock_guard lock(mutex_);
  canonical_.emplace(path, resolved);
  return resolved;
}

Value TemplateCache::program(const Program& program, Language language,
                             const std::function<Value()>& make) {
  const std::pair<const Program*, Language> key(&program, language);
  {
    std::lock_guard lock(mutex_);
    if (const auto it = programs_.find(key); it != programs_.end()) return it->second;
  }
  Value made = make();  // outside the lock: another thread may make it too, the same
  std::lock_guard lock(mutex_);
  return programs_.try_emplace(key, std::move(made)).first->second;
}

std::shared_ptr<TemplateCache> make_template_cache() {
  return std::make_shared<TemplateCache>();
}

}  // namespace acquis

#include "i18n/catalog.hpp"

#include "xml/xml_file.hpp"

#include <filesystem>

namespace acquis {

namespace {

constexpr const char* kSource = "fr-CA";

bool load_file(const std::string& path, const std::string& locale, Catalogs& catalogs,
               Diagnostics& diags) {
  const auto xml = XmlFile::load(path, diags);
  if (!xml) return false;
  const pugi::xml_node root = xml->root();
  xml->check_names(root, {"langue"}, {"message"});
  std::map<std::string, std::size_t> lines;
  for (pugi::xml_node m : root.children("message")) {
    xml->check_names(m, {"id"}, {});
    const std::string id = xml->attribute(m, "id", true);
    const auto line = xml->source().line_of(xml->offset(m));
    if (!id.empty() && !lines.try_emplace(id, line).second)
      xml->report().error("duplicate-code", xml->offset(m, "id"),
                          {{"code", id}, {"line", static_cast<double>(lines[id])}});
    const std::string pattern = collapsed_text(m);
    // Checked now, at its line, rather than printed raw in a document later.
    if (!valid_pattern(pattern, locale))
      xml->report().error("message-pattern", xml->offset(m), {{"name", id}});
    catalogs.add(locale, id, pattern);
  }
  return !xml->report().failed();
}

}  // namespace

bool Catalogs::load(const std::string& directory, Diagnostics& diags) {
  bool ok = true;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() != ".xml") continue;
    ok = load_file(entry.path().string(), entry.path().stem().string(), *this, diags) && ok;
  }
  if (error) {
    report_unreadable(directory, diags);
    return false;
  }
  return ok;
}

void Catalogs::add(const std::string& locale, const std::string& id, const std::string& pattern) {
  messages_[locale][id] = pattern;
}

bool Catalogs::has(const std::string& id) const {
  const auto it = messages_.find(kSource);
  return it != messages_.end() && it->second.count(id);
}

std::vector<std::string> Catalogs::ids() const {
  std::vector<std::string> out;
  if (const auto it = messages_.find(kSource); it != messages_.end())
    for (const auto& [id, unused] : it->second) out.push_back(id);
  return out;
}

std::optional<std::string> Catalogs::format(Language language, const std::string& id,
                                            const MessageArgs& args, Diagnostics& diags) const {
  const std::string locale = language_tag(language);
  const auto find = [&](const std::string& lang) -> const std::string* {
    const auto catalog = messages_.find(lang);
    if (catalog == messages_.end()) return nullptr;
    const auto it = catalog->second.find(id);
    return it == catalog->second.end() ? nullptr : &it->second;
  };
  const std::string* pattern = find(locale);
  std::string used = locale;
  if (!pattern && locale != kSource) {
    pattern = find(kSource);
    used = kSource;
    std::unique_lock lock(warned_mutex_);
    if (pattern && warned_.insert(locale + "/" + id).second)
      diags.add({Severity::Warning,
                 "message-fallback",
                 {{"name", id}, {"locale", locale}},
                 "locales/" + locale + ".xml",
                 {},
                 {}});
  }
  if (!pattern) return std::nullopt;
  return format_message(*pattern, args, used);
}

}  // namespace acquis

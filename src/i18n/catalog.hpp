// The message catalogs of documents (locales/fr-CA.xml, locales/en-CA.xml): ICU MessageFormat
// patterns by id. fr-CA is the source; a message missing in English falls back to French with a
// warning, once per id.
#pragma once

#include "core/diagnostics.hpp"
#include "core/messages.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace acquis {

class Catalogs {
 public:
  Catalogs() = default;
  Catalogs(const Catalogs& other) : messages_(other.messages_) {}
  Catalogs& operator=(const Catalogs& other) {
    messages_ = other.messages_;
    return *this;
  }

  // Loads every <lang>.xml of `directory`; false (with diagnostics) when one is unusable.
  bool load(const std::string& directory, Diagnostics& diags);
  void add(const std::string& locale, const std::string& id, const std::string& pattern);

  bool has(const std::string& id) const;
  // The formatted message in `language`, falling back to fr-CA (warning in `diags`); nothing
  // when no catalog knows `id`.
  std::optional<std::string> format(Language language, const std::string& id,
                                    const MessageArgs& args, Diagnostics& diags) const;
  std::vector<std::string> ids() const;

 private:
  std::map<std::string, std::map<std::string, std::string>> messages_;  // locale → id → pattern
  mutable std::mutex warned_mutex_;  // a batch's builds share one catalog
  mutable std::set<std::string> warned_;
};

}  // namespace acquis

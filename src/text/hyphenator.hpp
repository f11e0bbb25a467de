// Hyphenation with libhyphen and Debian's patterns (hyphen-fr, hyphen-en-us), one dictionary per
// file, loaded once per process. Rules beyond the patterns: at least 2 letters before and 3
// after a break; compounds split at their own hyphens; no break within two letters of an
// apostrophe (l’éta-blis-se-ment, aujourd’hui whole); no break in capitalised words (proper
// names) nor in words with digits.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace acquis {

class Hyphenator {
 public:
  // The patterns of `locale`'s language in `directory` (hyph_fr.dic, hyph_en_US.dic), loaded on
  // first use and kept; null when the folder has none for it.
  static const Hyphenator* for_locale(std::string_view locale, const std::string& directory);

  // The patterns' file for `locale` in `directory` (hyph_fr.dic, hyph_en_US.dic); empty for a
  // language without patterns.
  static std::string dictionary_path(std::string_view locale, const std::string& directory);

  // Byte offsets inside `word` (UTF-8) after which a hyphen may be inserted, ascending.
  std::vector<std::size_t> points(std::string_view word) const;

  explicit Hyphenator(void* dictionary);
  ~Hyphenator();
  Hyphenator(Hyphenator&& other) noexcept : dictionary_(other.dictionary_) {
    other.dictionary_ = nullptr;
  }
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;
  Hyphenator& operator=(Hyphenator&&) = delete;

 private:
  void add_part_points(std::string_view word, std::size_t begin, std::size_t end,
                       std::vector<std::size_t>& out) const;
  void* dictionary_;  // HyphenDict*, owned, read-only once loaded
};

}  // namespace acquis

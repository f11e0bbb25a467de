#include "text/hyphenator.hpp"

#include "core/utf8.hpp"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <acquis/language.hpp>

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace acquis {

namespace {

constexpr int kLeftMin = 2;
constexpr int kRightMin = 3;
constexpr std::size_t kMinWordLetters = 5;

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019;
}
bool is_compound_hyphen(char32_t c) {
  return c == '-' || c == 0x2010;
}

}  // namespace

std::string Hyphenator::dictionary_path(std::string_view locale, const std::string& directory) {
  Language language = Language::French;
  if (!parse_language(locale, language)) return {};
  return directory + (language == Language::French ? "/hyph_fr.dic" : "/hyph_en_US.dic");
}

Hyphenator::Hyphenator(void* dictionary) : dictionary_(dictionary) {}

Hyphenator::~Hyphenator() {
  if (dictionary_) hnj_hyphen_free(static_cast<HyphenDict*>(dictionary_));
}

const Hyphenator* Hyphenator::for_locale(std::string_view locale, const std::string& directory) {
  static std::mutex mutex;
  // By file: patterns are read-only once loaded. A file that cannot be loaded is remembered
  // too (null), not tried again for every paragraph.
  static std::map<std::string, std::optional<Hyphenator>> loaded;
  const std::string path = dictionary_path(locale, directory);
  if (path.empty()) return nullptr;
  std::lock_guard lock(mutex);
  auto it = loaded.find(path);
  if (it == loaded.end()) {
    HyphenDict* dictionary = hnj_hyphen_load(path.c_str());
    it = loaded.emplace(path, std::nullopt).first;  // kept until exit
    if (dictionary) it->second.emplace(dictionary);
  }
  return it->second ? &*it->second : nullptr;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
  std::vector<std::size_t> out;
  std::size_t part_begin = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const std::size_t before = pos;
    if (is_compound_hyphen(utf8::next(word, pos))) {
      add_part_points(word, part_begin, before, out);
      part_begin = pos;
    }
  }
  add_part_points(word, part_begin, word.size(), out);
  return out;
}

void Hyphenator::add_part_points(std::string_view word, std::size_t begin, std::size_t end,
                                 std::vector<std::size_t>& out) const {
  std::vector<char32_t> letters;
  std::vector<std::size_t> offsets;  // byte offset after each code point
  std::string lowered;
  for (std::size_t pos = begin; pos < end;) {
    const char32_t c = utf8::next(word, pos);
    if (u_isdigit(static_cast<UChar32>(c))) return;
    letters.push_back(c);
    offsets.push_back(pos);
    utf8::append(lowered, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
  if (letters.size() < kMinWordLetters || u_isupper(static_cast<UChar32>(letters[0]))) return;

  std::vector<char> marks(lowered.size() + 5, 0);
  std::vector<char> hyphenated(lowered.size() * 2 + 5, 0);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(static_cast<HyphenDict*>(dictionary_), lowered.c_str(),
                        static_cast<int>(lowered.size()), marks.data(), hyphenated.data(), &rep,
                        &pos, &cut, kLeftMin, kRightMin, kLeftMin, kRightMin);
  if (rep) {  // non-standard hyphenation (not used by French patterns): ignore its points
    for (std::size_t i = 0; i < lowered.size(); ++i) free(rep[i]);
    free(rep);
    free(pos);
    free(cut);
    return;
  }
  const std::size_t n = letters.size();
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if ((marks[k] & 1) == 0) continue;
    bool near_apostrophe = false;
    for (std::size_t j = k == 0 ? 0 : k - 1; j <= k + 2 && j < n; ++j)
      near_apostrophe = near_apostrophe || is_apostrophe(letters[j]);
    if (!near_apostrophe) out.push_back(offsets[k]);
  }
}

}  // namespace acquis

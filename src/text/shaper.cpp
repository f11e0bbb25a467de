#include "text/shaper.hpp"

#include <string>
#include <unordered_map>

namespace acquis {

namespace {

constexpr std::size_t kCacheLimit = 16384;

// Text is shaped word by word, each word with the spaces that follow it, as TeX does: kerning
// and ligatures never reach across a space. Words repeat a lot ("de", "la", a program's
// vocabulary), so a bounded per-thread cache keyed by face, language and word skips HarfBuzz
// for most of them. Clusters are stored relative to the word's start.
struct ShapeCache {
  std::unordered_map<std::string, std::vector<ShapedGlyph>> words;
  std::string key;  // reused: no allocation per lookup

  const std::string& key_for(const FontFace& face, std::string_view language,
                             std::string_view text) {
    const FontFace* address = &face;
    key.assign(reinterpret_cast<const char*>(&address), sizeof address);
    key += language;
    key += '\0';
    key += text;
    return key;
  }
};

// The end of the word starting at `begin`: after its following spaces.
std::size_t word_end(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t at = begin;
  while (at < end && text[at] != ' ') ++at;
  while (at < end && text[at] == ' ') ++at;
  return at;
}

// One HarfBuzz buffer per thread, freed when the thread ends (a batch's workers end).
struct ThreadBuffer {
  hb_buffer_t* buffer = hb_buffer_create();
  ~ThreadBuffer() { hb_buffer_destroy(buffer); }
};

void shape_with_harfbuzz(const FontFace& face, std::string_view text, std::size_t begin,
                         std::size_t end, std::string_view language,
                         std::vector<ShapedGlyph>& out) {
  thread_local ThreadBuffer thread_buffer;
  hb_buffer_t* buffer = thread_buffer.buffer;
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()),
                     static_cast<unsigned>(begin), static_cast<int>(end - begin));
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, HB_SCRIPT_LATIN);
  hb_buffer_set_language(
      buffer, hb_language_from_string(language.data(), static_cast<int>(language.size())));
  hb_shape(face.hb_font(), buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  out.reserve(out.size() + count);
  for (unsigned i = 0; i < count; ++i)
    out.push_back(
        {infos[i].codepoint, infos[i].cluster, positions[i].x_advance, positions[i].x_offset});
}

}  // namespace

void shape_run(const FontFace& face, std::string_view text, std::size_t begin, std::size_t end,
               std::string_view language, std::vector<ShapedGlyph>& out) {
  thread_local ShapeCache cache;
  for (std::size_t word = begin; word < end;) {
    const std::size_t next = word_end(text, word, end);
    auto it = cache.words.find(cache.key_for(face, language, text.substr(word, next - word)));
    if (it == cache.words.end()) {
      if (cache.words.size() >= kCacheLimit) cache.words.clear();
      std::vector<ShapedGlyph> shaped;
      shape_with_harfbuzz(face, text, word, next, language, shaped);
      for (ShapedGlyph& glyph : shaped) glyph.cluster -= static_cast<std::uint32_t>(word);
      it = cache.words.emplace(cache.key, std::move(shaped)).first;
    }
    for (ShapedGlyph glyph : it->second) {
      glyph.cluster += static_cast<std::uint32_t>(word);
      out.push_back(glyph);
    }
    word = next;
  }
}

}  // namespace acquis

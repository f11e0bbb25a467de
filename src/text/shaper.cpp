#include "text/shaper.hpp"

#include <string>
#include <unordered_map>

namespace acquis {

namespace {

constexpr std::size_t kCacheLimit = 4096;

// Documents made from one template shape the same strings again and again (titles, labels);
// a bounded per-thread cache keyed by face, language and text skips HarfBuzz for them.
// Clusters are stored relative to the run's start. Latin shaping does not look across run
// boundaries, so the surrounding text is not part of the key.
struct ShapeCache {
  std::unordered_map<std::string, std::vector<ShapedGlyph>> runs;

  static std::string key(const FontFace& face, std::string_view language, std::string_view text) {
    const FontFace* address = &face;
    std::string k(reinterpret_cast<const char*>(&address), sizeof address);
    k += language;
    k += '\0';
    k += text;
    return k;
  }
};

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
  const std::string key = ShapeCache::key(face, language, text.substr(begin, end - begin));
  auto it = cache.runs.find(key);
  if (it == cache.runs.end()) {
    if (cache.runs.size() >= kCacheLimit) cache.runs.clear();
    std::vector<ShapedGlyph> shaped;
    shape_with_harfbuzz(face, text, begin, end, language, shaped);
    for (ShapedGlyph& glyph : shaped) glyph.cluster -= static_cast<std::uint32_t>(begin);
    it = cache.runs.emplace(key, std::move(shaped)).first;
  }
  out.reserve(out.size() + it->second.size());
  for (ShapedGlyph glyph : it->second) {
    glyph.cluster += static_cast<std::uint32_t>(begin);
    out.push_back(glyph);
  }
}

}  // namespace acquis

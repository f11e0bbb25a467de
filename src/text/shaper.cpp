#include "text/shaper.hpp"

namespace acquis {

void shape_run(const FontFace& face, std::string_view text, std::size_t begin, std::size_t end,
               std::string_view language, std::vector<ShapedGlyph>& out) {
  thread_local hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()),
                     static_cast<unsigned>(begin), static_cast<int>(end - begin));
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, HB_SCRIPT_LATIN);
  hb_buffer_set_language(buffer,
                         hb_language_from_string(language.data(), static_cast<int>(language.size())));
  hb_shape(face.hb_font(), buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  out.reserve(out.size() + count);
  for (unsigned i = 0; i < count; ++i)
    out.push_back({infos[i].codepoint, infos[i].cluster, positions[i].x_advance,
                   positions[i].x_offset});
}

}  // namespace acquis

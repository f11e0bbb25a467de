// HarfBuzz shaping of one run (one face, one direction), word by word, with the face's
// default features (kerning, standard ligatures). Clusters are byte offsets into the whole
// text, so the paragraph keeps a single coordinate system for breaks, glyphs and source text.
#pragma once

#include "fonts/font_face.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace acquis {

struct ShapedGlyph {
  std::uint32_t glyph;
  std::uint32_t cluster;   // byte offset of the first character the glyph draws
  std::int32_t x_advance;  // font units
  std::int32_t x_offset;
};

// Shapes text[begin, end) using the surrounding text as context; appends to `out`.
void shape_run(const FontFace& face, std::string_view text, std::size_t begin, std::size_t end,
               std::string_view language, std::vector<ShapedGlyph>& out);

}  // namespace acquis

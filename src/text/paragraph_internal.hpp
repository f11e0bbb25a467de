// Shared state of the paragraph layout steps (see paragraph_layout.hpp). Internal.
#pragma once

#include "text/knuth_plass.hpp"
#include "text/paragraph_layout.hpp"
#include "text/shaper.hpp"

#include <string>
#include <vector>

namespace acquis::paragraph {

// A stretch of text drawn with one face, one span.
struct ShapeRange {
  std::size_t begin, end;
  const FontFace* face;
  const Span* span;
  std::size_t glyph_begin, glyph_end;
  double scale;  // points per font unit
};

struct ItemText {
  std::size_t begin, end;  // text range; for a penalty, begin == end == its position
};

struct Prepared {
  const Paragraph* paragraph = nullptr;
  const std::string* hyphenation_directory = nullptr;
  std::string text;
  std::vector<ShapeRange> ranges;
  std::vector<ShapedGlyph> glyphs;
  std::vector<double> advance_before;  // per byte offset, points
  std::vector<bool> cluster_start;     // per byte offset: a glyph cluster begins here
  std::vector<kp::Item> items;
  std::vector<ItemText> item_text;
  double ascent = 0, descent = 0, max_size = 0;

  double width(std::size_t begin, std::size_t end) const {
    return advance_before[end] - advance_before[begin];
  }
  const ShapeRange& range_at(std::size_t offset) const;
};

bool collect_and_shape(const Paragraph& paragraph, const TextResources& text, Prepared& prepared,
                       Diagnostics& diags);
// Without points, words stay whole: most paragraphs break well without them (TeX's first
// pass), and the patterns are loaded only for those that do not.
enum class Hyphenation { None, Points };
void build_items(Prepared& prepared, Hyphenation hyphenation);
std::vector<LaidLine> finalize_lines(const Prepared& prepared, const kp::Result& result,
                                     double width);

}  // namespace acquis::paragraph

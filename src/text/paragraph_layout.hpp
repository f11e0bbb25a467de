// Paragraph layout: styled spans → lines of positioned glyph runs, in four steps:
//   collect   typography pass per span, one UTF-8 text for the whole paragraph
//   prepare   font fallback per character, HarfBuzz shaping, break opportunities (ICU) and
//             hyphenation points (libhyphen) turned into Knuth–Plass items
//   break     Knuth–Plass: first without hyphenation, then with, then an emergency pass
//   finalize  glue set to its final width, runs of glyphs per line, alignment
// Invariant: no line is wider than the requested width; a word that cannot fit is an error.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "frame/frame.hpp"
#include "text/text_resources.hpp"

#include <vector>

namespace acquis {

struct LaidLine {
  std::vector<GlyphRun> runs;  // x from the box's left edge, y = 0 on the baseline
  double width = 0;            // natural width of the content, alignment excluded
  bool hyphenated = false;
};

struct LaidParagraph {
  std::vector<LaidLine> lines;
  double ascent = 0, descent = 0;  // of the first and last line (descent positive)
  double leading = 0;              // baseline to baseline
  double height() const {
    return lines.empty() ? 0 : ascent + leading * static_cast<double>(lines.size() - 1) + descent;
  }
};

// The narrowest width the paragraph can take (its widest word) and the width it takes unbroken.
struct ContentWidths {
  double min = 0, max = 0;
};
ContentWidths measure_paragraph(const Paragraph& paragraph, const TextResources& text,
                                Diagnostics& diags);

// "candidat.nom, candidat.prenom": where a span's text comes from, for messages.
std::string data_field_list(const Span& span);
std::string data_field_list(const Paragraph& paragraph);

LaidParagraph layout_paragraph(const Paragraph& paragraph, double width, const TextResources& text,
                               Diagnostics& diags);

}  // namespace acquis

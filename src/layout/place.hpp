// Placing laid-out paragraph lines on a page frame. Internal to layout/.
#pragma once

#include "frame/frame.hpp"
#include "text/paragraph_layout.hpp"

namespace acquis {

// Puts lines [first, last) of `paragraph` with the first baseline at `baseline`.
inline void place_lines(const LaidParagraph& paragraph, std::size_t first, std::size_t last,
                        double x, double baseline, PageFrame& page) {
  for (std::size_t i = first; i < last; ++i) {
    const double line_baseline = baseline + paragraph.leading * static_cast<double>(i - first);
    for (const GlyphRun& run : paragraph.lines[i].runs) {
      GlyphRun placed = run;
      placed.x += x;
      placed.y = line_baseline;
      page.items.emplace_back(std::move(placed));
    }
  }
}

inline std::string plain_text(const Paragraph& paragraph) {
  std::string text;
  for (const Span& span : paragraph.spans) text += span.text;
  return text;
}

}  // namespace acquis

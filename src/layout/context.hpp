// What every block layout function needs: fonts, the diagnostics sink, the style cascade, the
// document's language, and how tall a page's text area is (the most a slice may take).
#pragma once

#include "core/diagnostics.hpp"
#include "fonts/font_library.hpp"
#include "style/cascade.hpp"

#include <string>

namespace acquis {

struct LayoutContext {
  const FontLibrary& fonts;
  Diagnostics& diags;
  const Cascade& cascade;
  std::string locale = "fr-CA";
  double page_room = 648;  // height of the text area of the section's pages
  int page_number = 0;     // while laying out a header or footer
  int page_count = 0;
};

}  // namespace acquis

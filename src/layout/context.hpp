// What every block layout function needs: fonts and patterns, the diagnostics sink, the style
// cascade, the document's language, and how tall a page's text area is (the most a slice may take).
#pragma once

#include "core/diagnostics.hpp"
#include "layout/cascade.hpp"
#include "text/text_resources.hpp"

#include <string>

namespace acquis {

struct LayoutContext {
  const TextResources& text;
  Diagnostics& diags;
  const Cascade& cascade;
  std::string locale = "fr-CA";
  double page_room = 648;  // height of the text area of the section's pages
  int page_number = 0;     // while laying out a header or footer
  int page_count = 0;
  int depth = 0;  // blocks inside blocks (boxes, cells, items) being laid out
};

}  // namespace acquis

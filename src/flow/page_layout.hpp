// Document sections → page frames. Fixed pages place text boxes where the caller says (text that
// does not fit its box is an error); flows stack headings and paragraphs within the margins,
// breaking between lines, keeping a heading with the first lines that follow it and never
// leaving a single line of a paragraph alone at the foot or head of a page.
// (The full layout engine — tables, page templates, headers and footers — builds on this.)
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "fonts/font_library.hpp"
#include "frame/frame.hpp"

#include <vector>

namespace acquis {

std::vector<PageFrame> layout_document(const Document& document, const FontLibrary& fonts,
                                       Diagnostics& diags);

}  // namespace acquis

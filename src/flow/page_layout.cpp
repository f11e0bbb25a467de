#include "flow/page_layout.hpp"

#include "flow/fixed_page.hpp"
#include "flow/flow.hpp"

namespace acquis {

std::vector<PageFrame> layout_document(const Document& document, const FontLibrary& fonts,
                                       Diagnostics& diags) {
  std::vector<PageFrame> pages;
  for (const auto& section : document.sections) {
    if (const auto* fixed = std::get_if<FixedPage>(&section))
      pages.push_back(layout_fixed_page(*fixed, fonts, diags));
    else
      layout_flow(std::get<Flow>(section), fonts, pages, diags);
  }
  return pages;
}

}  // namespace acquis

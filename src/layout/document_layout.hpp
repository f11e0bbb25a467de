// Layout: a document → page frames. The stage's steps, in order:
// - style: the cascade resolves each block's style (style/);
// - blocks: each block becomes slices — lines, rows, boxes (block_layout.hpp, a file a kind);
// - pages: the page breaker cuts the slices into pages (paginate.hpp);
// - furniture: headers and footers, once the number of pages is known (section_layout.hpp).
// Fixed pages (fixed_page.hpp) skip the first three: their items are where the caller put them.
// Invariants: nothing is placed outside its page's text area (or the page, for fixed pages and
// headers); whatever cannot fit is reported with its source rather than drawn.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "frame/structure.hpp"
#include "text/text_resources.hpp"

#include <vector>

namespace acquis {

// The pages, and the structure their content is tagged with (structure.hpp).
DocumentFrames layout_document(const Document& document, const TextResources& text,
                               Diagnostics& diags);

}  // namespace acquis

// Frames → PDF through libharu: pages, vector drawing, images, links, outline and metadata from
// libharu's API; text as glyph runs written straight into the page content stream with fonts
// from CidFont (libharu's own TrueType path is never used for text).
// libharu errors are recorded by the handler and checked, never longjmp'd.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "frame/frame.hpp"

#include <cstdint>
#include <vector>

namespace acquis::pdf {

struct WriteOptions {
  bool deterministic = false;  // fixed dates and document id
};

// Empty result (and an error in `diags`) on failure.
std::vector<std::uint8_t> write_pdf(const std::vector<PageFrame>& pages, const Metadata& metadata,
                                    const WriteOptions& options, Diagnostics& diags);

}  // namespace acquis::pdf

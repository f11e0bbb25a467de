// Document-level PDF metadata: Info (as Unicode), catalog language, display of the title, dates
// and the document id — fixed in deterministic mode (SOURCE_DATE_EPOCH is honoured there).
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "pdf/pdf_writer.hpp"

#include <hpdf.h>

#include <cstddef>
#include <string>

namespace acquis::pdf {

// A PDF text string: plain when ASCII, UTF-16BE with a byte-order mark otherwise. Written
// directly, because libharu's UTF-8 encoder costs a 64K-entry table per document.
void* text_string(HPDF_Doc doc, const std::string& utf8_text);

// Info, XMP metadata, the catalog's language and viewer preferences, the document id; for an
// archival file, the output intent with the sRGB profile read from `color_profile`.
void write_document_info(HPDF_Doc doc, const Metadata& metadata, const WriteOptions& options,
                         std::size_t page_count, Diagnostics& diags);

}  // namespace acquis::pdf

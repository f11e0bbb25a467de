// Document-level PDF metadata: Info (as Unicode), catalog language, display of the title, dates
// and the document id — fixed in deterministic mode (SOURCE_DATE_EPOCH is honoured there).
#pragma once

#include <acquis/document.hpp>

#include <hpdf.h>

#include <cstddef>
#include <string>

namespace acquis::pdf {

// A PDF text string: plain when ASCII, UTF-16BE with a byte-order mark otherwise. Written
// directly, because libharu's UTF-8 encoder costs a 64K-entry table per document.
void* text_string(HPDF_Doc doc, const std::string& utf8_text);

void write_document_info(HPDF_Doc doc, const Metadata& metadata, bool deterministic,
                         std::size_t page_count);

}  // namespace acquis::pdf

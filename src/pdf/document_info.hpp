// Document-level PDF metadata: Info (as Unicode), catalog language, display of the title, dates
// and the document id — fixed in deterministic mode (SOURCE_DATE_EPOCH is honoured there).
#pragma once

#include <acquis/document.hpp>

#include <hpdf.h>

#include <cstddef>

namespace acquis::pdf {

void write_document_info(HPDF_Doc doc, const Metadata& metadata, bool deterministic,
                         std::size_t page_count);

}  // namespace acquis::pdf

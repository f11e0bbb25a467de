// The document's XMP metadata (ISO 16684-1), the same facts as its Info dictionary: title,
// author, subject, keywords, tools and dates, with the PDF/UA part it claims and, for an
// archival file, the PDF/A part and level (with the extension schema PDF/A-1 asks for pdfuaid).
#pragma once

#include <acquis/document.hpp>

#include <string>

namespace acquis::pdf {

struct XmpFacts {
  const Metadata& metadata;
  std::string creator_tool, producer;
  std::string date;  // ISO 8601 with offset: 2026-01-01T00:00:00+00:00
};

std::string xmp_packet(const XmpFacts& facts);

}  // namespace acquis::pdf

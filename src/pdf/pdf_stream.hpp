// Stream objects whose data Acquis compresses itself (one reused zlib state per thread) rather
// than libharu (which initialises zlib for every stream). Tiny streams stay uncompressed.
#pragma once

#include <hpdf.h>

#include <string>

namespace acquis::pdf {

// A new indirect stream object holding `bytes`.
HPDF_Dict new_stream(HPDF_Doc doc, const std::string& bytes);

// Replaces the data of an existing stream object (e.g. a page's content stream).
void set_stream_data(HPDF_Dict stream, const std::string& bytes);

// Sets data that is already a zlib stream (PNG image data), marked /FlateDecode.
void set_deflated_data(HPDF_Dict stream, const std::string& deflated);

}  // namespace acquis::pdf

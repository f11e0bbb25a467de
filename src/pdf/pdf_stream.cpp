#include "pdf/pdf_stream.hpp"

#include "pdf/deflate.hpp"

#include <algorithm>

namespace acquis::pdf {

namespace {

constexpr std::size_t kMinBytesToCompress = 128;

// libharu drops a /Filter key from streams it does not compress itself; its write hook runs
// inside the dictionary, so the key is written there for data compressed here.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

// libharu grows memory streams by 4 KB chunks: a page's 1 KB of compressed content would
// hold 4 KB until the file is saved. One chunk of the exact size instead.
void replace_data(HPDF_Dict stream, const std::string& data) {
  auto* attr = static_cast<HPDF_MemStreamAttr>(stream->stream->attr);
  attr->buf_siz = std::max<HPDF_UINT>(static_cast<HPDF_UINT>(data.size()), 1);
  HPDF_MemStream_FreeData(stream->stream);  // sets the write count from buf_siz: after it
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                    static_cast<HPDF_UINT>(data.size()));
}

}  // namespace

void set_stream_data(HPDF_Dict stream, const std::string& bytes) {
  stream->filter = HPDF_STREAM_FILTER_NONE;
  const std::string packed =
      bytes.size() > kMinBytesToCompress ? deflate_bytes(bytes) : std::string();
  const bool compressed = !packed.empty() && packed.size() < bytes.size();
  stream->write_fn = compressed ? write_flate_filter : nullptr;
  replace_data(stream, compressed ? packed : bytes);
}

void set_deflated_data(HPDF_Dict stream, const std::string& deflated) {
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = write_flate_filter;
  replace_data(stream, deflated);
}

HPDF_Dict new_stream(HPDF_Doc doc, const std::string& bytes) {
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  set_stream_data(stream, bytes);
  return stream;
}

}  // namespace acquis::pdf

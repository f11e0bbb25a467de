// libharu's structures, read and written here only (see haru.hpp).
#include "pdf/haru.hpp"

#include <algorithm>

namespace acquis::pdf::haru {

namespace {

// libharu drops a /Filter key from streams it does not compress itself; its write hook runs
// inside the dictionary, so the key is written there for data compressed beforehand.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

// A memory stream's buffers appended to `out` (HPDF_ReadFromStream copies byte by byte).
template <class Bytes>
void append_stream(HPDF_Stream stream, Bytes& out) {
  for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(stream); ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(stream, i, &length);
    out.insert(out.end(), data, data + length);
  }
}

HPDF_PageAttr page_attributes(HPDF_Page page) {
  return static_cast<HPDF_PageAttr>(page->attr);
}

}  // namespace

HPDF_Dict new_dict(HPDF_Doc doc) {
  return HPDF_Dict_New(doc->mmgr);
}

HPDF_Dict new_indirect_dict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  HPDF_Xref_Add(doc->xref, dict);
  return dict;
}

HPDF_Dict new_stream_object(HPDF_Doc doc) {
  return HPDF_DictStream_New(doc->mmgr, doc->xref);
}

HPDF_Array new_array(HPDF_Doc doc) {
  return HPDF_Array_New(doc->mmgr);
}

HPDF_String new_string(HPDF_Doc doc, const char* text) {
  return HPDF_String_New(doc->mmgr, text, nullptr);
}

HPDF_Binary new_binary(HPDF_Doc doc, const void* bytes, std::size_t size) {
  return HPDF_Binary_New(doc->mmgr, static_cast<HPDF_BYTE*>(const_cast<void*>(bytes)),
                         static_cast<HPDF_UINT>(size));
}

HPDF_Boolean new_boolean(HPDF_Doc doc, bool value) {
  return HPDF_Boolean_New(doc->mmgr, value ? HPDF_TRUE : HPDF_FALSE);
}

HPDF_Number new_number(HPDF_Doc doc, std::int32_t value) {
  return HPDF_Number_New(doc->mmgr, value);
}

void add(HPDF_Dict dict, const char* key, void* object) {
  HPDF_Dict_Add(dict, key, object);
}

void add_annotation(HPDF_Page page, HPDF_Dict annotation) {
  auto annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (!annots) {
    annots = HPDF_Array_New(page->mmgr);
    HPDF_Dict_Add(page, "Annots", annots);
  }
  HPDF_Array_Add(annots, annotation);
}

void add_name(HPDF_Dict dict, const char* key, const char* name) {
  HPDF_Dict_AddName(dict, key, name);
}

void add_number(HPDF_Dict dict, const char* key, std::int32_t number) {
  HPDF_Dict_AddNumber(dict, key, number);
}

void add_real(HPDF_Dict dict, const char* key, double number) {
  HPDF_Dict_AddReal(dict, key, static_cast<HPDF_REAL>(number));
}

void append(HPDF_Array array, void* object) {
  HPDF_Array_Add(array, object);
}

void append_number(HPDF_Array array, std::int32_t number) {
  HPDF_Array_AddNumber(array, number);
}

void append_name(HPDF_Array array, const char* name) {
  HPDF_Array_AddName(array, name);
}

void append_real(HPDF_Array array, double number) {
  HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(number));
}

const char* font_name_on(HPDF_Page page, HPDF_Dict font) {
  // A libharu font is a dictionary (HPDF_Font is HPDF_Dict): ours are made as such.
  return HPDF_Page_GetLocalFontName(page, reinterpret_cast<HPDF_Font>(font));
}

HPDF_Dict catalog(HPDF_Doc doc) {
  return doc->catalog;
}

HPDF_Dict info(HPDF_Doc doc) {
  return doc->info;
}

HPDF_Dict trailer(HPDF_Doc doc) {
  return doc->trailer;
}

void set_version(HPDF_Doc doc, int minor) {
  doc->pdf_version = static_cast<HPDF_PDFVer>(HPDF_VER_12 + std::clamp(minor, 2, 7) - 2);
}

std::vector<std::uint8_t> saved_bytes(HPDF_Doc doc) {
  std::vector<std::uint8_t> bytes;
  bytes.reserve(HPDF_GetStreamSize(doc));
  append_stream(doc->stream, bytes);
  return bytes;
}

void set_stream_bytes(HPDF_Dict stream, const std::string& data, bool flate) {
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = flate ? write_flate_filter : nullptr;
  auto* attr = static_cast<HPDF_MemStreamAttr>(stream->stream->attr);
  attr->buf_siz = std::max<HPDF_UINT>(static_cast<HPDF_UINT>(data.size()), 1);
  HPDF_MemStream_FreeData(stream->stream);  // sets the write count from buf_siz: after it
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                    static_cast<HPDF_UINT>(data.size()));
}

void mark_as_xobject(HPDF_Dict stream) {
  stream->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
}

std::string page_content(HPDF_Page page) {
  std::string bytes;
  append_stream(page_attributes(page)->stream, bytes);
  return bytes;
}

void append_page_content(HPDF_Page page, const std::string& operators) {
  HPDF_Stream_Write(page_attributes(page)->stream,
                    reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
}

HPDF_Dict page_content_stream(HPDF_Page page) {
  return page_attributes(page)->contents;
}

}  // namespace acquis::pdf::haru

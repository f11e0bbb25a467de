// libharu's structures, read and written here only (see haru.hpp).
#include "pdf/haru.hpp"

#include "pdf/haru_objects.hpp"

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

class CompactWriter {
 public:
  CompactWriter(HPDF_Doc doc, std::string (*deflate)(std::string_view))
      : doc_(doc), deflate_(deflate), scratch_(HPDF_MemStream_New(doc->mmgr, 8192)) {}
  ~CompactWriter() {
    if (scratch_) HPDF_Stream_Free(scratch_);
  }

  bool write(std::string& out) {
    if (!scratch_) return false;
    out = "%PDF-1." + std::to_string(2 + static_cast<int>(doc_->pdf_version)) +
          "\n%\xB7\xBE\xAD\xAA\n";
    HPDF_Dict_Add(doc_->trailer, "Root", doc_->catalog);
    if (doc_->info) HPDF_Dict_Add(doc_->trailer, "Info", doc_->info);
    // Streams first, as they are: writing one sets its /Length object, which may then go into
    // an object stream with the rest.
    std::vector<std::uint32_t> small;
    for (std::uint32_t id = 1; id < count(); ++id) {
      if (!is_stream(object(id))) {
        small.push_back(id);
        continue;
      }
      places_.resize(std::max<std::size_t>(places_.size(), id + 1));
      places_[id] = {1, out.size(), 0};
      out += std::to_string(id) + " 0 obj\n";
      if (!serialise(object(id), scratch_, out)) return false;
      out += "\nendobj\n";
    }
    const std::uint32_t objects = next_id_ = count();
    for (std::size_t first = 0; first < small.size(); first += kPerStream)
      if (!object_stream(small, first, out)) return false;
    // A write hook that made a new object now would have the number of an object stream.
    return count() == objects && cross_reference(out);
  }

 private:
  static constexpr std::size_t kPerStream = 200;

  std::uint32_t count() const { return doc_->xref->entries->count; }
  void* object(std::uint32_t id) const {
    return static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(doc_->xref->entries, id))->obj;
  }

  bool object_stream(const std::vector<std::uint32_t>& ids, std::size_t first, std::string& out) {
    const std::size_t end = std::min(ids.size(), first + kPerStream);
    const std::uint32_t stream_id = next_id_++;
    std::string offsets, values;
    for (std::size_t i = first; i < end; ++i) {
      offsets += std::to_string(ids[i]) + " " + std::to_string(values.size()) + " ";
      if (!serialise(object(ids[i]), scratch_, values)) return false;
      values += '\n';
      places_.resize(std::max<std::size_t>(places_.size(), ids[i] + 1));
      places_[ids[i]] = {2, stream_id, static_cast<int>(i - first)};
    }
    const std::string data = deflate_(offsets + values);
    if (data.empty()) return false;
    places_.resize(std::max<std::size_t>(places_.size(), stream_id + 1));
    places_[stream_id] = {1, out.size(), 0};
    out += std::to_string(stream_id) + " 0 obj\n<< /Type /ObjStm /N " +
           std::to_string(end - first) + " /First " + std::to_string(offsets.size()) +
           " /Filter /FlateDecode /Length " + std::to_string(data.size()) + " >>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\n";
    return true;
  }

  // The cross-reference stream, which is also the trailer.
  bool cross_reference(std::string& out) {
    const std::uint32_t xref_id = next_id_++;
    places_.resize(xref_id + 1);
    places_[xref_id] = {1, out.size(), 0};
    std::string table;
    append_be(table, 0, 1), append_be(table, 0, 4), append_be(table, 0xFFFF, 2);  // object 0
    for (std::uint32_t id = 1; id <= xref_id; ++id) {
      const Place& p = places_[id];
      append_be(table, static_cast<std::uint64_t>(p.type), 1);
      append_be(table, p.where, 4);
      append_be(table, static_cast<std::uint64_t>(p.index), 2);
    }
    const std::string data = deflate_(table);
    std::string trailer;
    if (data.empty() || !serialise(doc_->trailer, scratch_, trailer)) return false;
    trailer.erase(trailer.rfind(">>"));
    const std::size_t start = out.size();
    out += std::to_string(xref_id) + " 0 obj\n" + trailer + "/Type /XRef /Size " +
           std::to_string(xref_id + 1) + " /W [1 4 2] /Filter /FlateDecode /Length " +
           std::to_string(data.size()) + " >>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\nstartxref\n" + std::to_string(start) + "\n%%EOF\n";
    return true;
  }

  HPDF_Doc doc_;
  std::string (*deflate_)(std::string_view);
  HPDF_Stream scratch_;
  std::vector<Place> places_;
  std::uint32_t next_id_ = 0;  // the numbers after libharu's objects
};

}  // namespace

bool is_stream(void* object) {
  const auto* header = static_cast<HPDF_Obj_Header*>(object);
  return (header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT &&
         static_cast<HPDF_Dict>(object)->stream != nullptr;
}

std::uint32_t id_of(const void* object) {
  return static_cast<const HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF;
}

bool serialise(void* object, HPDF_Stream scratch, std::string& out) {
  HPDF_MemStream_FreeData(scratch);
  if (HPDF_Obj_WriteValue(object, scratch, nullptr) != HPDF_OK) return false;
  append_stream(scratch, out);
  return true;
}

void append_be(std::string& out, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

HPDF_Dict new_dict(HPDF_Doc doc) {
  return HPDF_Dict_New(doc->mmgr);
}

HPDF_Dict new_indirect_dict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  HPDF_Xref_Add(doc->xref, dict);
  return dict;
}

void make_indirect(HPDF_Doc doc, void* object) {
  HPDF_Xref_Add(doc->xref, object);
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

std::vector<std::uint8_t> save_with_object_streams(HPDF_Doc doc,
                                                   std::string (*deflate)(std::string_view bytes)) {
  std::string out;
  if (doc->xref->prev || doc->encrypt_on || !CompactWriter(doc, deflate).write(out)) return {};
  return std::vector<std::uint8_t>(out.begin(), out.end());
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

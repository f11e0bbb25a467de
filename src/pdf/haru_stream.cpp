// libharu's structures, read and written here and in haru.cpp only (see haru.hpp).
#include "pdf/haru_stream.hpp"

#include <zlib.h>

#include <algorithm>
#include <unordered_set>

namespace acquis::pdf::haru {

namespace {

constexpr std::size_t kPerStream = 200;          // objects in one object stream
constexpr std::uint32_t kIndirect = 0x40000000;  // libharu's HPDF_OTYPE_INDIRECT

void* target_of(void* object) {
  const auto* header = static_cast<HPDF_Obj_Header*>(object);
  if ((header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_PROXY)
    return static_cast<HPDF_Proxy>(object)->obj;
  return object;
}

// Adds to `reached` the numbers of the indirect objects `object` leads to, numbered from
// `from` on (those before are kept anyway).
void reach(void* object, std::uint32_t from, std::unordered_set<std::uint32_t>& reached) {
  if (object) object = target_of(object);
  if (!object) return;
  const auto* header = static_cast<HPDF_Obj_Header*>(object);
  if (header->obj_id & kIndirect) {
    const std::uint32_t id = id_of(object);
    if (id < from || !reached.insert(id).second) return;
  }
  HPDF_List list = nullptr;
  const auto object_class = header->obj_class & HPDF_OCLASS_ANY;
  if (object_class == HPDF_OCLASS_DICT) list = static_cast<HPDF_Dict>(object)->list;
  if (object_class == HPDF_OCLASS_ARRAY) list = static_cast<HPDF_Array>(object)->list;
  if (!list) return;
  for (HPDF_UINT i = 0; i < list->count; ++i) {
    void* item = list->obj[i];
    if (object_class == HPDF_OCLASS_DICT) item = static_cast<HPDF_DictElement>(item)->value;
    reach(item, from, reached);
  }
}

// Reads the rows spilled by the flushes back, in order.
class SpilledRows {
 public:
  explicit SpilledRows(std::FILE* file) : file_(file) {
    std::fflush(file_);
    std::rewind(file_);
    advance();
  }
  bool failed() const { return failed_; }
  // The place of `id` if it is the next spilled row.
  bool take(std::uint32_t id, Place& place) {
    if (!has_ || id_ != id) return false;
    place = place_;
    advance();
    return true;
  }

 private:
  void advance() {
    unsigned char record[15];
    const std::size_t got = std::fread(record, 1, sizeof record, file_);
    has_ = got == sizeof record;
    failed_ = failed_ || (got != 0 && !has_);
    if (!has_) return;
    const auto be = [&](int at, int bytes) {
      std::uint64_t value = 0;
      for (int i = 0; i < bytes; ++i) value = value << 8 | record[at + i];
      return value;
    };
    id_ = static_cast<std::uint32_t>(be(0, 4));
    place_ = {static_cast<int>(be(4, 1)), be(5, 8), static_cast<int>(be(13, 2))};
  }
  std::FILE* file_;
  bool has_ = false, failed_ = false;
  std::uint32_t id_ = 0;
  Place place_;
};

// Every number's row, from the spilled rows and those of finish(), in order; a number with
// neither is free.
template <class Visit>
bool each_row(std::FILE* spilled, std::vector<ObjectRow>& final_rows, std::uint32_t size,
              Visit visit) {
  std::sort(final_rows.begin(), final_rows.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  SpilledRows rows(spilled);
  auto next_final = final_rows.begin();
  for (std::uint32_t id = 1; id < size; ++id) {
    Place place;
    if (!rows.take(id, place) && next_final != final_rows.end() && next_final->id == id)
      place = (next_final++)->place;
    if (!visit(place)) return false;
  }
  return !rows.failed();
}

}  // namespace

StreamingFile::StreamingFile(HPDF_Doc doc, std::FILE* out, Format format,
                             std::string (*deflate)(std::string_view))
    : doc_(doc),
      out_(out),
      format_(format),
      deflate_(deflate),
      scratch_(HPDF_MemStream_New(doc->mmgr, 8192)),
      rows_(std::tmpfile()) {}

StreamingFile::~StreamingFile() {
  if (scratch_) HPDF_Stream_Free(scratch_);
  if (rows_) std::fclose(rows_);
}

bool StreamingFile::put(std::string_view bytes) {
  offset_ += bytes.size();
  return std::fwrite(bytes.data(), 1, bytes.size(), out_) == bytes.size();
}

// What exists now (the catalog, the page tree…) stays until the end.
bool StreamingFile::start() {
  from_ = doc_->xref->start_offset + doc_->xref->entries->count;
  return scratch_ && rows_ &&
         put(format_ == Format::Classic ? "%PDF-1.4\n%\xB7\xBE\xAD\xAA\n"
                                        : "%PDF-1.7\n%\xB7\xBE\xAD\xAA\n");
}

std::uint32_t StreamingFile::new_id() {
  HPDF_Xref xref = doc_->xref;
  return xref->start_offset++ + xref->entries->count;
}

void StreamingFile::replace(void* object, std::string value) {
  replaced_[object] = std::move(value);
}

void StreamingFile::add(std::uint32_t id, std::string value) {
  added_.emplace_back(id, std::move(value));
}

bool StreamingFile::value_of(void* object, std::string& value) {
  if (const auto it = replaced_.find(object); it != replaced_.end()) {
    value += it->second;
    return true;
  }
  return serialise(object, scratch_, value);
}

// Streams first, as they are: writing one sets its /Length object, which is written after.
bool StreamingFile::write(const std::vector<void*>& objects, std::vector<Row>& rows) {
  std::string bytes;
  for (void* object : objects) {
    if (!is_stream(object)) continue;
    const std::uint32_t id = id_of(object);
    rows.push_back({id, {1, offset_, 0}});
    bytes = std::to_string(id) + " 0 obj\n";
    if (!serialise(object, scratch_, bytes)) return false;
    bytes += "\nendobj\n";
    if (!put(bytes)) return false;
  }
  std::vector<std::pair<std::uint32_t, std::string>> small;
  for (void* object : objects) {
    if (is_stream(object)) continue;
    small.emplace_back(id_of(object), std::string());
    if (!value_of(object, small.back().second)) return false;
  }
  return write_small(small, rows);
}

bool StreamingFile::write_small(const std::vector<std::pair<std::uint32_t, std::string>>& values,
                                std::vector<Row>& rows) {
  if (format_ == Format::Classic) {
    for (const auto& [id, value] : values) {
      rows.push_back({id, {1, offset_, 0}});
      if (!put(std::to_string(id) + " 0 obj\n" + value + "\nendobj\n")) return false;
    }
    return true;
  }
  for (std::size_t first = 0; first < values.size(); first += kPerStream) {
    const std::size_t end = std::min(values.size(), first + kPerStream);
    const std::uint32_t stream_id = new_id();
    std::string offsets, data;
    for (std::size_t i = first; i < end; ++i) {
      offsets += std::to_string(values[i].first) + " " + std::to_string(data.size()) + " ";
      data += values[i].second;
      data += '\n';
      rows.push_back({values[i].first, {2, stream_id, static_cast<int>(i - first)}});
    }
    const std::string packed = deflate_(offsets + data);
    if (packed.empty()) return false;
    rows.push_back({stream_id, {1, offset_, 0}});
    if (!put(std::to_string(stream_id) + " 0 obj\n<< /Type /ObjStm /N " +
             std::to_string(end - first) + " /First " + std::to_string(offsets.size()) +
             " /Filter /FlateDecode /Length " + std::to_string(packed.size()) + " >>\nstream\n") ||
        !put(packed) || !put("\nendstream\nendobj\n"))
      return false;
  }
  return true;
}

// The objects of libharu's list numbered since the last flush that `keep` does not reach,
// taken out of the list (which then holds what is kept, numbering going on after).
std::vector<void*> StreamingFile::take_written(const std::vector<void*>& keep) {
  std::unordered_set<std::uint32_t> kept;
  for (void* object : keep) reach(object, from_, kept);
  HPDF_Xref xref = doc_->xref;
  HPDF_List entries = xref->entries;
  const std::uint32_t next = xref->start_offset + entries->count;
  std::vector<void*> written;
  HPDF_UINT left = 0;
  for (HPDF_UINT i = 0; i < entries->count; ++i) {
    auto* entry = static_cast<HPDF_XrefEntry>(entries->obj[i]);
    const std::uint32_t id = entry->obj ? id_of(entry->obj) : 0;
    if (entry->obj && id >= from_ && !kept.count(id)) {
      written.push_back(entry->obj);
      HPDF_FreeMem(xref->mmgr, entry);
    } else {
      entries->obj[left++] = entry;
    }
  }
  entries->count = left;
  xref->start_offset = next - left;
  from_ = next;
  return written;
}

// libharu's page tree and page list let go of the pages, which are listed here.
void StreamingFile::forget_pages() {
  HPDF_List pages = doc_->page_list;
  for (HPDF_UINT i = 0; i < pages->count; ++i) pages_.push_back(id_of(pages->obj[i]));
  HPDF_List_Clear(pages);
  auto kids =
      static_cast<HPDF_Array>(HPDF_Dict_GetItem(doc_->root_pages, "Kids", HPDF_OCLASS_ARRAY));
  if (kids) HPDF_Array_Clear(kids);
  doc_->cur_page = nullptr;
}

bool StreamingFile::flush(const std::vector<void*>& keep) {
  forget_pages();
  const std::vector<void*> objects = take_written(keep);
  std::vector<Row> rows;
  const bool ok = write(objects, rows) && spill(rows);
  for (void* object : objects) HPDF_Obj_ForceFree(doc_->mmgr, object);
  return ok;
}

// Rows go to the temporary file in order of number: each flush writes higher numbers than the
// one before (its object streams' included).
bool StreamingFile::spill(std::vector<Row>& rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  for (const Row& row : rows) {
    std::string record;
    append_be(record, row.id, 4);
    append_be(record, static_cast<std::uint64_t>(row.place.type), 1);
    append_be(record, row.place.where, 8);
    append_be(record, static_cast<std::uint64_t>(row.place.index), 2);
    if (std::fwrite(record.data(), 1, record.size(), rows_) != record.size()) return false;
  }
  return true;
}

bool StreamingFile::finish() {
  forget_pages();
  // One level of pages: the tree libharu would have made, with the pages written meanwhile.
  std::string kids;
  for (std::uint32_t id : pages_)
    kids += std::to_string(id) + (kids.size() % 100 > 90 ? " 0 R\n" : " 0 R ");
  replace(doc_->root_pages,
          "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>");
  std::vector<void*> objects;
  HPDF_List entries = doc_->xref->entries;
  for (HPDF_UINT i = 0; i < entries->count; ++i)
    if (void* object = static_cast<HPDF_XrefEntry>(entries->obj[i])->obj) objects.push_back(object);
  std::vector<Row> rows;
  if (!write(objects, rows) || !write_small(added_, rows)) return false;
  return cross_reference(std::move(rows));
}

bool StreamingFile::cross_reference(std::vector<Row> final_rows) {
  HPDF_Dict_Add(doc_->trailer, "Root", doc_->catalog);
  if (doc_->info) HPDF_Dict_Add(doc_->trailer, "Info", doc_->info);
  const std::uint64_t xref_at = offset_;
  if (format_ == Format::Classic) {
    const std::uint32_t size = new_id();  // no object has it: one past the last
    if (!put("xref\n0 " + std::to_string(size) + "\n0000000000 65535 f\r\n")) return false;
    const bool ok = each_row(rows_, final_rows, size, [&](const Place& place) {
      char line[24];
      std::snprintf(line, sizeof line, "%010llu %05d %c\r\n",
                    static_cast<unsigned long long>(place.where), place.type ? 0 : 65535,
                    place.type ? 'n' : 'f');
      return put(line);
    });
    return ok && trailer(size, xref_at);
  }
  // A cross-reference stream, which is also the trailer; its data is compressed into a
  // temporary file first, as its length comes before it.
  const std::uint32_t xref_id = new_id();
  final_rows.push_back({xref_id, {1, xref_at, 0}});
  const int width = offset_ >> 32 ? 5 : 4;
  std::FILE* packed = std::tmpfile();
  if (!packed) return false;
  z_stream z{};
  bool ok = deflateInit(&z, Z_DEFAULT_COMPRESSION) == Z_OK;
  std::string table;
  const auto drain = [&](int mode) {
    unsigned char buffer[16384];
    z.next_in = reinterpret_cast<Bytef*>(table.data());
    z.avail_in = static_cast<uInt>(table.size());
    do {
      z.next_out = buffer;
      z.avail_out = sizeof buffer;
      if (deflate(&z, mode) == Z_STREAM_ERROR) return false;
      const std::size_t made = sizeof buffer - z.avail_out;
      if (std::fwrite(buffer, 1, made, packed) != made) return false;
    } while (z.avail_out == 0);
    table.clear();
    return true;
  };
  append_be(table, 0, 1), append_be(table, 0, width), append_be(table, 0xFFFF, 2);
  ok = ok && each_row(rows_, final_rows, xref_id + 1, [&](const Place& place) {
         append_be(table, static_cast<std::uint64_t>(place.type), 1);
         append_be(table, place.where, width);
         append_be(table, static_cast<std::uint64_t>(place.index), 2);
         return table.size() < 65536 || drain(Z_NO_FLUSH);
       });
  ok = ok && drain(Z_FINISH);
  deflateEnd(&z);
  const long length = std::ftell(packed);
  std::string dict;
  if (ok && serialise(doc_->trailer, scratch_, dict)) {
    dict.erase(dict.rfind(">>"));
    ok = put(std::to_string(xref_id) + " 0 obj\n" + dict + "/Type /XRef /Size " +
             std::to_string(xref_id + 1) + " /W [1 " + std::to_string(width) +
             " 2] /Filter /FlateDecode /Length " + std::to_string(length) + " >>\nstream\n");
    std::rewind(packed);
    char buffer[16384];
    for (std::size_t got; ok && (got = std::fread(buffer, 1, sizeof buffer, packed)) > 0;)
      ok = put(std::string_view(buffer, got));
    ok = ok && put("\nendstream\nendobj\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n");
  } else {
    ok = false;
  }
  std::fclose(packed);
  return ok;
}

bool StreamingFile::trailer(std::uint32_t size, std::uint64_t xref_at) {
  std::string dict;
  if (!serialise(doc_->trailer, scratch_, dict)) return false;
  dict.erase(dict.rfind(">>"));
  return put("trailer\n" + dict + "/Size " + std::to_string(size) + " >>\nstartxref\n" +
             std::to_string(xref_at) + "\n%%EOF\n");
}

}  // namespace acquis::pdf::haru

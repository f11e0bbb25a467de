// A libharu document written to a file as it is made, so that memory holds what is being made
// and not what was: a merged batch of 100,000 certificates is not kept until the end.
//
// Each flush() writes the objects numbered since the last one, except those the `keep` objects
// reach (fonts and images, which later pages use and which are finished at the end), then
// frees them and takes them out of libharu's cross-reference list; the pages it wrote are
// taken out of libharu's page tree and listed here. finish() writes what is left and the
// cross-reference, whose rows wait in a temporary file meanwhile. Objects that would refer to
// every page (the page tree, the structure's parent tree) are given by the caller as text.
#pragma once

#include "pdf/haru_objects.hpp"

#include <hpdf.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace acquis::pdf::haru {

class StreamingFile {
 public:
  // Compact: object streams and a cross-reference stream (PDF 1.5). Classic: every object on
  // its own and a cross-reference table (PDF/A-1, which is PDF 1.4).
  enum class Format { Compact, Classic };

  StreamingFile(HPDF_Doc doc, std::FILE* out, Format format,
                std::string (*deflate)(std::string_view bytes));
  ~StreamingFile();
  StreamingFile(const StreamingFile&) = delete;
  StreamingFile& operator=(const StreamingFile&) = delete;

  // The file's header; false when it could not be written.
  bool start();
  bool flush(const std::vector<void*>& keep);
  // The numbers of the pages written so far, in order.
  const std::vector<std::uint32_t>& pages() const { return pages_; }
  // A number for an object the caller writes itself (add()); libharu's next objects come after.
  std::uint32_t new_id();
  // At finish(), `object` (one of libharu's) is written as `value` instead of its own.
  void replace(void* object, std::string value);
  void add(std::uint32_t id, std::string value);
  // The objects left, the cross-reference and the trailer; false on failure.
  bool finish();

 private:
  using Row = ObjectRow;
  bool write(const std::vector<void*>& objects, std::vector<Row>& rows);
  bool write_small(const std::vector<std::pair<std::uint32_t, std::string>>& values,
                   std::vector<Row>& rows);
  bool value_of(void* object, std::string& value);
  bool put(std::string_view bytes);
  bool spill(std::vector<Row>& rows);
  bool cross_reference(std::vector<Row> final_rows);
  bool trailer(std::uint32_t size, std::uint64_t xref_at);
  std::vector<void*> take_written(const std::vector<void*>& keep);
  void forget_pages();

  HPDF_Doc doc_;
  std::FILE* out_;
  Format format_;
  std::string (*deflate_)(std::string_view);
  HPDF_Stream scratch_;
  std::FILE* rows_ = nullptr;  // the rows written so far, in order of number
  std::uint64_t offset_ = 0;   // bytes written
  std::uint32_t from_ = 1;     // the first number not written yet
  std::vector<std::uint32_t> pages_;
  std::map<void*, std::string> replaced_;
  std::vector<std::pair<std::uint32_t, std::string>> added_;
};

}  // namespace acquis::pdf::haru

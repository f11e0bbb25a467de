// Frames → PDF through libharu: pages, vector drawing, images, links, outline and metadata from
// libharu's API; text as glyph runs written straight into the page content stream with fonts
// from CidFont (libharu's own TrueType path is never used for text).
// libharu errors are recorded by the handler and checked, never longjmp'd.
#pragma once

#include <acquis/document.hpp>

#include "core/diagnostics.hpp"
#include "frame/structure.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace acquis::pdf {

struct WriteOptions {
  bool deterministic = false;  // fixed dates and document id
  // The sRGB profile a PDF/A file declares as its output intent (Debian's icc-profiles-free).
  std::string color_profile = "/usr/share/color/icc/sRGB.icc";
};

// Pages painted as they come, fonts subset and the file written at the end: one PDF from many
// documents without keeping their frames (a batch's merged file). Streamed (stream_to()), each
// document's objects are written to the file once it is painted, and memory holds the fonts,
// the images and a few numbers a page, however many pages there are.
class PdfAssembler {
 public:
  PdfAssembler(Metadata metadata, WriteOptions options);
  ~PdfAssembler();
  PdfAssembler(const PdfAssembler&) = delete;
  PdfAssembler& operator=(const PdfAssembler&) = delete;

  // Before the first document: the file is written to `out` (left open) as documents come.
  bool stream_to(std::FILE* out);
  // `order`: see ResourceCache::order.
  void add_pages(const DocumentFrames& frames, Diagnostics& diags, long order = -1);
  // The end of a streamed file; false on failure.
  bool finish_streaming(Diagnostics& diags);
  // Empty result (and an error in `diags`) on failure.
  std::vector<std::uint8_t> finish(Diagnostics& diags);
  // Written straight to `path` (no copy of a large file in memory); false on failure, with
  // write_error() telling why when the file itself could not be written.
  bool finish_to_file(const std::string& path, Diagnostics& diags);
  int write_error() const;  // an errno, or 0
  std::size_t page_count() const { return pages_; }

 private:
  struct State;
  bool complete(Diagnostics& diags);  // metadata and fonts: what comes after the pages
  void flush(Diagnostics& diags);
  void write_failed();  // the file could not be written: errno kept for write_error()
  void check(Diagnostics& diags, bool written);
  std::unique_ptr<State> state_;
  Metadata metadata_;
  WriteOptions options_;
  std::size_t pages_ = 0;
};

// Empty result (and an error in `diags`) on failure.
std::vector<std::uint8_t> write_pdf(const DocumentFrames& frames, const Metadata& metadata,
                                    const WriteOptions& options, Diagnostics& diags);

}  // namespace acquis::pdf

#include "pdf/pdf_writer.hpp"

#include "pdf/cid_font.hpp"
#include "pdf/deflate.hpp"
#include "pdf/document_info.hpp"
#include "pdf/haru.hpp"
#include "pdf/page_painter.hpp"

#include <hpdf.h>

#include <cerrno>
#include <map>
#include <memory>
#include <type_traits>

namespace acquis::pdf {

namespace {

struct ErrorState {
  HPDF_STATUS error = HPDF_OK;
  HPDF_STATUS detail = 0;
  int error_number = 0;  // the system's reason when libharu could not write the file
};

bool is_file_error(HPDF_STATUS error) {
  return error == HPDF_FILE_IO_ERROR || error == HPDF_FILE_OPEN_ERROR;
}

// Called by libharu where it fails, errno still telling why a file could not be written.
void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* state = static_cast<ErrorState*>(user_data);
  if (state->error == HPDF_OK) *state = {error, detail, is_file_error(error) ? errno : 0};
}

struct DocDeleter {
  void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};
using DocPointer = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

// The file is taken from the memory stream's buffers as they are: HPDF_ReadFromStream copies
// it byte by byte. With object streams unless it is PDF/A-1, which is PDF 1.4.
std::vector<std::uint8_t> save(HPDF_Doc doc, bool archival) {
  if (!archival) {
    std::vector<std::uint8_t> bytes = haru::save_with_object_streams(
        doc, [](std::string_view data) { return deflate_bytes(data); });
    if (!bytes.empty()) return bytes;
  }
  if (HPDF_SaveToStream(doc) != HPDF_OK) return {};
  std::vector<std::uint8_t> bytes = haru::saved_bytes(doc);
  if (bytes.size() != HPDF_GetStreamSize(doc)) bytes.clear();
  return bytes;
}

}  // namespace

struct PdfAssembler::State {
  ErrorState errors;
  DocPointer doc;
  FontList fonts;
  std::unique_ptr<StructureWriter> structure;
  std::unique_ptr<FormWriter> forms;
  std::unique_ptr<ResourceCache> resources;
};

PdfAssembler::PdfAssembler(Metadata metadata, WriteOptions options)
    : state_(std::make_unique<State>()), metadata_(std::move(metadata)), options_(options) {
  state_->doc.reset(HPDF_New(record_error, &state_->errors));
  if (!state_->doc) return;
  // Page contents and fonts are compressed by pdf_stream; libharu keeps images and metadata.
  HPDF_SetCompressionMode(state_->doc.get(), HPDF_COMP_IMAGE | HPDF_COMP_METADATA);
  state_->structure = std::make_unique<StructureWriter>(state_->doc.get());
  state_->forms = std::make_unique<FormWriter>(state_->doc.get());
  state_->resources.reset(new ResourceCache{state_->doc.get(),
                                            state_->fonts,
                                            {},
                                            {},
                                            {},
                                            *state_->structure,
                                            *state_->forms,
                                            metadata_.tagged,
                                            metadata_.archival});
}

PdfAssembler::~PdfAssembler() = default;

void PdfAssembler::add_pages(const DocumentFrames& frames, Diagnostics& diags) {
  if (!state_->doc) return;
  // A new document's bookmarks start at the top level again.
  state_->resources->outline_parents.clear();
  if (metadata_.tagged) state_->structure->begin_document(frames.structure);
  for (const PageFrame& frame : frames.pages) paint_page(frame, *state_->resources, diags);
  if (metadata_.tagged) state_->structure->end_document();
  pages_ += frames.pages.size();
}

bool PdfAssembler::complete(Diagnostics& diags) {
  HPDF_Doc doc = state_->doc.get();
  if (!doc) {
    diags.error("pdf-create");
    return false;
  }
  if (metadata_.tagged) state_->structure->finish();
  write_document_info(doc, metadata_, options_, pages_, diags);
  for (auto& [face, font] : state_->fonts)
    if (!font->finish())
      diags.error("font-subset", {{"font", face->postscript_name()}}, face->path());
  if (!state_->forms->finish()) diags.error("font-subset", {{"font", "form fields"}});
  return !diags.has_errors() && state_->errors.error == HPDF_OK;
}

void PdfAssembler::check(Diagnostics& diags, bool written) {
  const ErrorState& errors = state_->errors;
  if (is_file_error(errors.error)) return;  // the caller says why, naming the file
  if (errors.error != HPDF_OK || (!written && !diags.has_errors()))
    diags.error("pdf-write",
                {{"code", std::to_string(errors.error) + "/" + std::to_string(errors.detail)}});
}

int PdfAssembler::write_error() const {
  const ErrorState& errors = state_->errors;
  return is_file_error(errors.error) ? (errors.error_number ? errors.error_number : EIO) : 0;
}

std::vector<std::uint8_t> PdfAssembler::finish(Diagnostics& diags) {
  std::vector<std::uint8_t> bytes;
  if (complete(diags)) bytes = save(state_->doc.get(), metadata_.archival);
  check(diags, !bytes.empty());
  return diags.has_errors() ? std::vector<std::uint8_t>() : bytes;
}

bool PdfAssembler::finish_to_file(const std::string& path, Diagnostics& diags) {
  const bool written =
      complete(diags) && HPDF_SaveToFile(state_->doc.get(), path.c_str()) == HPDF_OK;
  check(diags, written);
  return written && !diags.has_errors();
}

std::vector<std::uint8_t> write_pdf(const DocumentFrames& frames, const Metadata& metadata,
                                    const WriteOptions& options, Diagnostics& diags) {
  PdfAssembler assembler(metadata, options);
  assembler.add_pages(frames, diags);
  return assembler.finish(diags);
}

}  // namespace acquis::pdf

#include "pdf/pdf_writer.hpp"

#include "pdf/cid_font.hpp"
#include "pdf/document_info.hpp"
#include "pdf/page_painter.hpp"

#include <hpdf.h>

#include <map>
#include <memory>

namespace acquis::pdf {

namespace {

struct ErrorState {
  HPDF_STATUS error = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* state = static_cast<ErrorState*>(user_data);
  if (state->error == HPDF_OK) *state = {error, detail};
}

struct DocDeleter {
  void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};

std::vector<std::uint8_t> save(HPDF_Doc doc) {
  std::vector<std::uint8_t> bytes;
  if (HPDF_SaveToStream(doc) != HPDF_OK) return bytes;
  bytes.resize(HPDF_GetStreamSize(doc));
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  if (HPDF_ReadFromStream(doc, bytes.data(), &size) != HPDF_OK && size != bytes.size())
    bytes.clear();
  return bytes;
}

}  // namespace

std::vector<std::uint8_t> write_pdf(const std::vector<PageFrame>& pages, const Metadata& metadata,
                                    const WriteOptions& options, Diagnostics& diags) {
  ErrorState errors;
  std::unique_ptr<_HPDF_Doc_Rec, DocDeleter> doc(HPDF_New(record_error, &errors));
  if (!doc) return {};
  // Page contents and fonts are compressed by pdf_stream; libharu keeps images and metadata.
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_IMAGE | HPDF_COMP_METADATA);
  write_document_info(doc.get(), metadata, options.deterministic, pages.size());

  std::map<const FontFace*, std::unique_ptr<CidFont>> fonts;
  ResourceCache resources{doc.get(), fonts, {}, {}};
  for (const PageFrame& frame : pages) paint_page(frame, resources, diags);
  for (auto& [face, font] : fonts)
    if (!font->finish())
      diags.error("font-subset",
                  "impossible d'extraire un sous-ensemble de la police " + face->postscript_name(),
                  face->path());
  std::vector<std::uint8_t> bytes;
  if (!diags.has_errors() && errors.error == HPDF_OK) bytes = save(doc.get());
  if (errors.error != HPDF_OK || (bytes.empty() && !diags.has_errors()))
    diags.error("pdf-write", "échec de l'écriture du PDF (libharu, code " +
                                 std::to_string(errors.error) + "/" +
                                 std::to_string(errors.detail) + ")");
  return diags.has_errors() ? std::vector<std::uint8_t>() : bytes;
}

}  // namespace acquis::pdf

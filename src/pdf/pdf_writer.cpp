#include "pdf/pdf_writer.hpp"

#include "pdf/cid_font.hpp"
#include "pdf/deflate.hpp"
#include "pdf/document_info.hpp"
#include "pdf/haru.hpp"
#include "pdf/haru_objects.hpp"
#include "pdf/haru_stream.hpp"
#include "pdf/page_painter.hpp"
#include "pdf/pdf_format.hpp"

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

// The bookmarks of a streamed file, written as text under numbers of their own: each with its
// parent, neighbours, first and last child, closed as libharu's are.
void write_outline(const std::vector<OutlineRecord>& records, HPDF_Doc doc,
                   haru::StreamingFile& file) {
  if (records.empty()) return;
  struct Node {
    int parent = -1, first = -1, last = -1, prev = -1, next = -1, children = 0;
    std::uint32_t id = 0;
  };
  std::vector<Node> nodes(records.size());
  Node top;                  // the outline's root
  std::vector<int> parents;  // by level, as the painter nests them
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto level = static_cast<std::size_t>(std::max(records[i].level, 1));
    parents.resize(std::min(parents.size(), level - 1));
    const int parent = parents.empty() ? -1 : parents.back();
    Node& above = parent < 0 ? top : nodes[static_cast<std::size_t>(parent)];
    Node& node = nodes[i];
    node.parent = parent;
    node.id = file.new_id();
    node.prev = above.last;
    if (above.last >= 0)
      nodes[static_cast<std::size_t>(above.last)].next = static_cast<int>(i);
    else
      above.first = static_cast<int>(i);
    above.last = static_cast<int>(i);
    ++above.children;
    while (parents.size() < level - 1) parents.push_back(parent);
    parents.push_back(static_cast<int>(i));
  }
  HPDF_Dict root = haru::new_indirect_dict(doc);
  haru::add(haru::catalog(doc), "Outlines", root);
  const auto ref = [&](const char* key, int node) {
    return node < 0 ? std::string()
                    : std::string(" /") + key + " " +
                          std::to_string(nodes[static_cast<std::size_t>(node)].id) + " 0 R";
  };
  file.replace(root, "<< /Type /Outlines" + ref("First", top.first) + ref("Last", top.last) +
                         " /Count " + std::to_string(top.children) + " >>");
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& node = nodes[i];
    std::string item = "<< /Title <FEFF";
    append_utf16be_hex(item, records[i].title);
    item += "> /Parent " + (node.parent < 0 ? std::to_string(haru::id_of(root)) + " 0 R"
                                            : ref("", node.parent).substr(3));
    item += ref("Prev", node.prev) + ref("Next", node.next) + ref("First", node.first) +
            ref("Last", node.last);
    if (node.children) item += " /Count -" + std::to_string(node.children);
    item += " /Dest [" + std::to_string(records[i].page) + " 0 R /FitH ";
    append_number(item, records[i].y);
    file.add(node.id, item + "] >>");
  }
}

}  // namespace

struct PdfAssembler::State {
  ErrorState errors;
  DocPointer doc;
  FontList fonts;
  std::unique_ptr<StructureWriter> structure;
  std::unique_ptr<FormWriter> forms;
  std::unique_ptr<ResourceCache> resources;
  std::unique_ptr<haru::StreamingFile> streaming;
  std::vector<OutlineRecord> outline_records;
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

void PdfAssembler::add_pages(const DocumentFrames& frames, Diagnostics& diags, long order) {
  if (!state_->doc) return;
  state_->resources->order = order;
  // A new document's bookmarks start at the top level again.
  state_->resources->outline_parents.clear();
  if (metadata_.tagged) state_->structure->begin_document(frames.structure);
  for (const PageFrame& frame : frames.pages) paint_page(frame, *state_->resources, diags);
  if (metadata_.tagged) state_->structure->end_document();
  pages_ += frames.pages.size();
  if (state_->streaming) flush(diags);
}

bool PdfAssembler::stream_to(std::FILE* out) {
  if (!state_->doc) return false;
  state_->streaming = std::make_unique<haru::StreamingFile>(
      state_->doc.get(), out,
      metadata_.archival ? haru::StreamingFile::Format::Classic
                         : haru::StreamingFile::Format::Compact,
      [](std::string_view data) { return deflate_bytes(data); });
  state_->resources->outline_records = &state_->outline_records;
  if (metadata_.tagged) state_->structure->stream_documents();
  if (state_->streaming->start()) return true;
  write_failed();
  return false;
}

// What later pages use stays (fonts, images); the rest of the document goes to the file. A
// form's fields would stay listed in the catalog: a streamed file has none.
void PdfAssembler::flush(Diagnostics& diags) {
  if (state_->forms->has_fields()) {
    diags.error("pdf-write", {{"code", "form fields in a merged file"}});
    return;
  }
  std::vector<void*> keep;
  for (const auto& [face, font] : state_->fonts) keep.push_back(font->dict());
  // An image that could not be loaded is remembered as null, not to be tried again.
  for (const auto& [key, image] : state_->resources->images)
    if (image) keep.push_back(image);
  for (const auto& [key, image] : state_->resources->drawn)
    if (image) keep.push_back(image);
  if (!state_->streaming->flush(keep)) write_failed();
}

void PdfAssembler::write_failed() {
  if (state_->errors.error == HPDF_OK)
    state_->errors = {HPDF_FILE_IO_ERROR, 0, errno ? errno : EIO};
}

bool PdfAssembler::finish_streaming(Diagnostics& diags) {
  haru::StreamingFile& file = *state_->streaming;
  write_outline(state_->outline_records, state_->doc.get(), file);
  const bool written = complete(diags) && file.finish();
  if (!written) write_failed();
  check(diags, written);
  return written && !diags.has_errors();
}

bool PdfAssembler::complete(Diagnostics& diags) {
  HPDF_Doc doc = state_->doc.get();
  if (!doc) {
    diags.error("pdf-create");
    return false;
  }
  if (metadata_.tagged && state_->streaming)
    state_->structure->finish_streamed(*state_->streaming);
  else if (metadata_.tagged)
    state_->structure->finish();
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

// The facade: layout then export, with every problem gathered as diagnostics. Exceptions from
// the standard library (allocation, filesystem) stop at this boundary.
#include <acquis/acquis.hpp>

#include "core/atomic_file.hpp"
#include "fonts/font_library.hpp"
#include "layout/document_layout.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/hyphenator.hpp"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <utility>

namespace acquis {

struct Engine::Impl {
  EngineOptions options;
  std::unique_ptr<FontLibrary> fonts;
  std::unique_ptr<TextResources> text;  // the fonts and the hyphenation patterns' folder
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::create(const EngineOptions& options,
                                       std::vector<Diagnostic>& diagnostics) {
  Diagnostics diags;
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->fonts = FontLibrary::load(options.font_config, diags);
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  if (!impl->fonts) return nullptr;
  impl->text.reset(new TextResources{*impl->fonts, options.hyphenation_directory});
  // Without patterns paragraphs are still set, only never hyphenated: said, not silent.
  for (const char* locale : {"fr-CA", "en-CA"}) {
    const std::string path = Hyphenator::dictionary_path(locale, options.hyphenation_directory);
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
      diagnostics.push_back(
          {Severity::Warning, "hyphenation-missing", {{"path", path}}, {}, {}, {}});
  }
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

RenderResult Engine::render(const Document& document) const {
  RenderResult result;
  Diagnostics diags;
  try {
    const DocumentFrames frames = layout_document(document, *impl_->text, diags);
    if (!diags.has_errors()) {
      pdf::WriteOptions options;
      options.deterministic = impl_->options.deterministic;
      options.color_profile = impl_->options.color_profile;
      result.pdf = pdf::write_pdf(frames, document.metadata, options, diags);
      result.pages = static_cast<int>(frames.pages.size());
    }
  } catch (const std::exception& error) {
    diags.error("internal", {{"detail", std::string(error.what())}});
  }
  result.ok = !diags.has_errors() && !result.pdf.empty();
  if (!result.ok) result.pdf.clear();
  result.diagnostics = diags.take();
  return result;
}

namespace {

Diagnostic write_error(const std::string& path, int error_number) {
  return {
      Severity::Error, "write", {{"path", path}, {"reason", error_name(error_number)}}, {}, {}, {}};
}

void write_atomically(const std::string& path, RenderResult& result) {
  const int error =
      write_file(path, {reinterpret_cast<const char*>(result.pdf.data()), result.pdf.size()});
  result.ok = error == 0;
  if (!result.ok) result.diagnostics.push_back(write_error(path, error));
}

}  // namespace

RenderResult Engine::render_to_file(const Document& document, const std::string& path) const {
  RenderResult result = render(document);
  if (result.ok) write_atomically(path, result);
  return result;
}

struct LaidOutDocument {
  DocumentFrames frames;
};

std::shared_ptr<const LaidOutDocument> Engine::lay_out(const Document& document,
                                                       std::vector<Diagnostic>& diagnostics) const {
  Diagnostics diags;
  auto laid = std::make_shared<LaidOutDocument>();
  try {
    laid->frames = layout_document(document, *impl_->text, diags);
  } catch (const std::exception& error) {
    diags.error("internal", {{"detail", std::string(error.what())}});
  }
  const bool ok = !diags.has_errors();
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return ok ? laid : nullptr;
}

struct Assembly::Impl {
  Impl(const Metadata& metadata, const pdf::WriteOptions& options, const std::string& path)
      : pdf(metadata, options), out(path), final_path(path) {
    error = out.refused();
    if (!error) file = std::fopen(out.write_path().c_str(), "wb");
    if (!error && !file) error = errno;
    if (!error && !pdf.stream_to(file)) error = pdf.write_error();
  }
  ~Impl() {
    if (file) std::fclose(file);
  }
  pdf::PdfAssembler pdf;
  OutputFile out;
  std::string final_path;
  std::FILE* file = nullptr;
  int error = 0;  // the file could not be opened
  Diagnostics diags;
};

Assembly::Assembly(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Assembly::~Assembly() = default;

std::unique_ptr<Assembly> Engine::assemble(const Metadata& metadata,
                                           const std::string& path) const {
  pdf::WriteOptions options;
  options.deterministic = impl_->options.deterministic;
  options.color_profile = impl_->options.color_profile;
  return std::unique_ptr<Assembly>(
      new Assembly(std::make_unique<Assembly::Impl>(metadata, options, path)));
}

void Assembly::add(const LaidOutDocument& document, long order) {
  if (impl_->error) return;
  try {
    impl_->pdf.add_pages(document.frames, impl_->diags, order);
  } catch (const std::exception& failure) {
    impl_->diags.error("internal", {{"detail", std::string(failure.what())}});
  }
}

std::size_t Assembly::pages() const {
  return impl_->pdf.page_count();
}

RenderResult Assembly::finish() {
  RenderResult result;
  bool written = false;
  int error = impl_->error;
  try {
    if (!error && !impl_->diags.has_errors()) written = impl_->pdf.finish_streaming(impl_->diags);
  } catch (const std::exception& failure) {
    impl_->diags.error("internal", {{"detail", std::string(failure.what())}});
  }
  if (impl_->file && std::fclose(std::exchange(impl_->file, nullptr)) != 0 && written) {
    written = false;
    error = errno;
  }
  if (!error) error = written ? impl_->out.commit(true) : impl_->pdf.write_error();
  if (!written) impl_->out.commit(false);
  result.ok = written && error == 0;
  if (error) impl_->diags.add(write_error(impl_->final_path, error));
  result.pages = static_cast<int>(impl_->pdf.page_count());
  result.diagnostics = impl_->diags.take();
  return result;
}

std::string Engine::dump(const Document& document, std::vector<Diagnostic>& diagnostics) const {
  Diagnostics diags;
  const std::string text = dump_frames(layout_document(document, *impl_->text, diags).pages);
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return text;
}

}  // namespace acquis

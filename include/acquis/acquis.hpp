// Acquis facade: one engine per process renders any number of documents.
// The engine owns the font library (faces parsed once, shared by every render) and is safe to
// use from several threads at once: render() keeps no state between calls.
#pragma once

#include <acquis/diagnostic.hpp>
#include <acquis/document.hpp>
#include <acquis/templates.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace acquis {

struct EngineOptions {
  std::string font_config = "fonts/fonts.xml";  // font families and fallback chain
  // hyph_fr.dic and hyph_en_US.dic (libhyphen patterns); Debian's hyphen-fr and hyphen-en-us
  // put them here.
  std::string hyphenation_directory = "/usr/share/hyphen";
  bool deterministic = false;  // fixed dates and document id: same input, same bytes
  // The sRGB profile a PDF/A file declares (Debian's icc-profiles-free puts it here).
  std::string color_profile = "/usr/share/color/icc/sRGB.icc";
};

struct RenderResult {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::uint8_t> pdf;  // empty when !ok
  int pages = 0;
};

// A document laid out, ready to be added to an Assembly.
struct LaidOutDocument;

// One PDF made of many documents, each laid out on its own (its page numbers start at 1),
// written to its file as it is added: memory holds the fonts, the images and a few numbers a
// page, not the pages. Documents are laid out on any thread (Engine::lay_out) and added from
// one, in order.
class Assembly {
 public:
  ~Assembly();  // without finish(), nothing is left at the path
  // `order`: the document's place in a batch split in slices (Metadata::slice), written on its
  // pages for `acquis assembler`; -1: none.
  void add(const LaidOutDocument& document, long order = -1);
  std::size_t pages() const;
  // Subsets the fonts and ends the file (result.pdf stays empty), atomically: on failure
  // nothing is left at the path.
  RenderResult finish();

  struct Impl;

 private:
  friend class Engine;
  explicit Assembly(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class Engine {
 public:
  // Returns null and fills `diagnostics` when the font configuration cannot be used.
  static std::unique_ptr<Engine> create(const EngineOptions& options,
                                        std::vector<Diagnostic>& diagnostics);
  ~Engine();

  RenderResult render(const Document& document) const;
  // Writes atomically (temporary file, then rename): on failure nothing is left at `path`.
  RenderResult render_to_file(const Document& document, const std::string& path) const;
  // Layout only, for an Assembly; null (and `diagnostics`) when the document cannot be laid out.
  std::shared_ptr<const LaidOutDocument> lay_out(const Document& document,
                                                 std::vector<Diagnostic>& diagnostics) const;
  // An Assembly written to `path` (a temporary file beside it until finish()).
  std::unique_ptr<Assembly> assemble(const Metadata& metadata, const std::string& path) const;

  // A stable text description of the laid-out pages (positions rounded), for tests.
  std::string dump(const Document& document, std::vector<Diagnostic>& diagnostics) const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The whole way from a template to a file: build, lay out, write atomically. On any error
// (template, data, layout) nothing is written at `path`.
bool render_template_to_file(const Engine& engine, const std::string& template_path,
                             const TemplateData& data, const TemplateOptions& options,
                             const std::string& path, std::vector<Diagnostic>& diagnostics);

}  // namespace acquis

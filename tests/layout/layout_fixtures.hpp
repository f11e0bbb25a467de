// Building small documents through the C++ API and reading back the layout dump.
#pragma once

#include <acquis/acquis.hpp>

#include <string>
#include <vector>

namespace acquis::test {

block::Paragraph paragraph(std::string text, std::string source = {});
block::Heading heading(int level, std::string text, std::string source = {});
// A framed field of exactly `height` points with no space around it: a spacer the page breaker
// cannot drop.
block::Field filler(double height);
// Sentences of ordinary French, `words` words long.
std::string prose(int words, int seed = 0);

Document document_of(Section section);

struct DumpLine {
  int page = 0;
  std::string kind;     // text, rect, line, path, polygon, image, link, outline
  double x = 0, y = 0;  // for an outline entry, x is its level
  std::string text, source, rest;
};

struct Dump {
  int pages = 0;
  std::vector<DumpLine> lines;
  std::vector<Diagnostic> diagnostics;
  std::vector<DumpLine> of(const std::string& kind, int page = 0) const;
  std::vector<DumpLine> from(const std::string& source) const;
};

Dump dump(const Document& document);

RenderResult engine_render(const Document& document);

// Renders to a file in the test output folder; REQUIREs success.
std::string render_pdf(const std::string& name, const Document& document);

}  // namespace acquis::test

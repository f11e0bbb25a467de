#include "layout_fixtures.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

namespace acquis::test {

block::Paragraph paragraph(std::string text, std::string source) {
  block::Paragraph p;
  p.runs = {text_run(std::move(text), source)};
  p.source = std::move(source);
  return p;
}

block::Heading heading(int level, std::string text, std::string source) {
  block::Heading h;
  h.level = level;
  h.runs = {text_run(std::move(text), std::move(source))};
  return h;
}

block::Field filler(double height) {
  block::Field field;
  field.height = pt(height);
  field.style.space_before = pt(0);
  field.style.space_after = pt(0);
  return field;
}

std::string prose(int words, int seed) {
  static const char* const kWords[] = {
      "la",         "personne",  "candidate", "présente",       "son",          "dossier",
      "au",         "service",   "de",        "reconnaissance", "des",          "acquis",
      "et",         "démontre",  "les",       "compétences",    "acquises",     "en",
      "entreprise", "pendant",   "plusieurs", "années",         "d’expérience", "avec",
      "rigueur",    "autonomie", "sécurité",  "conformément",   "aux",          "normes"};
  std::string text;
  for (int i = 0; i < words; ++i) {
    if (i > 0) text += ' ';
    text += kWords[(i * 7 + seed * 13) % 30];
  }
  return text + ".";
}

Document document_of(Section section) {
  Document document;
  document.metadata.title = "Essai de mise en page";
  document.sections.emplace_back(std::move(section));
  return document;
}

std::vector<DumpLine> Dump::of(const std::string& kind, int page) const {
  std::vector<DumpLine> found;
  for (const DumpLine& line : lines)
    if (line.kind == kind && (page == 0 || line.page == page)) found.push_back(line);
  return found;
}

std::vector<DumpLine> Dump::from(const std::string& source) const {
  std::vector<DumpLine> found;
  for (const DumpLine& line : lines)
    if (line.source == source) found.push_back(line);
  return found;
}

Dump dump(const Document& document) {
  Dump result;
  const std::string text = engine().dump(document, result.diagnostics);
  std::istringstream in(text);
  std::string line;
  const std::regex text_line(R"re(^  text (\S+) (\S+) w=\S+ (\S+ \S+) "(.*)"(?: @(.*))?$)re");
  const std::regex other(R"(^  (\w+) (\S+?)[ ,](\S+)(.*)$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (line.rfind("page ", 0) == 0) {
      ++result.pages;
      continue;
    }
    DumpLine entry;
    entry.page = result.pages;
    if (std::regex_match(line, m, text_line)) {
      entry.kind = "text";
      entry.x = std::stod(m[1]);
      entry.y = std::stod(m[2]);
      entry.rest = m[3];  // font and size
      entry.text = m[4];
      entry.source = m[5];
    } else if (std::regex_match(line, m, other)) {
      entry.kind = m[1];
      entry.x = std::stod(m[2]);  // for an outline entry: its level
      entry.y = std::stod(m[3]);
      entry.rest = m[4];
    }
    result.lines.push_back(entry);
  }
  return result;
}

RenderResult engine_render(const Document& document) {
  return engine().render(document);
}

std::string render_pdf(const std::string& name, const Document& document) {
  const RenderResult result = engine().render(document);
  for (const auto& d : result.diagnostics) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(result.ok);
  const std::string path = output_dir() + "/" + name + ".pdf";
  write_file(path, result.pdf);
  return path;
}

}  // namespace acquis::test

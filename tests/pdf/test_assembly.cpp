// A merged file written as it is made (Engine::assemble): the pages, their bookmarks and, when
// tagged, one structure holding each document as a Part, as a whole file would have them.
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace acquis;

namespace {

Run run_of(const std::string& text) {
  Run run;
  run.text = text;
  return run;
}

block::Heading heading(int level, const std::string& text) {
  block::Heading h;
  h.level = level;
  h.runs = {run_of(text)};
  return h;
}

// Two pages: a title, a subheading on the second page, and a link.
Document person_document(const std::string& name) {
  Section section;
  section.blocks.push_back(heading(1, "Bilan de " + name));
  for (int i = 0; i < 40; ++i) {
    block::Paragraph paragraph;
    paragraph.runs = {run_of("Paragraphe " + std::to_string(i + 1) + " sur " + name +
                             " : la personne présente son dossier au service.")};
    section.blocks.push_back(paragraph);
    if (i == 30) section.blocks.push_back(heading(2, "Suite pour " + name));
  }
  block::Paragraph link;
  Run uri = run_of("Site du Ministère");
  uri.link = "https://www.quebec.ca";
  link.runs = {uri};
  section.blocks.push_back(link);
  Document document;
  document.metadata.title = "Bilans";
  document.sections.emplace_back(std::move(section));
  return document;
}

std::string json_of(const std::string& pdf) {
  return test::run("qpdf --json " + pdf).out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("assembly: a tagged merged file written as it goes keeps pages, bookmarks, structure",
          "[pdf][assembly]") {
  const std::string path = test::output_dir() + "/assemblage.pdf";
  Metadata metadata;
  metadata.title = "Bilans";
  auto assembly = test::engine().assemble(metadata, path);
  const std::vector<std::string> names = {"Éloïse Côté", "Samuel Morin", "Nguyen Thi Lan"};
  std::size_t pages = 0;
  for (const std::string& name : names) {
    std::vector<Diagnostic> diagnostics;
    const auto laid = test::engine().lay_out(person_document(name), diagnostics);
    REQUIRE(laid);
    assembly->add(*laid);
    pages = assembly->pages();
  }
  // Nothing at the path until the end.
  CHECK_FALSE(std::filesystem::exists(path));
  const RenderResult result = assembly->finish();
  INFO(result.diagnostics.size() << " diagnostics");
  REQUIRE(result.ok);
  REQUIRE(test::run("qpdf --check " + path).exit_code == 0);
  CHECK(test::page_count(path) == static_cast<int>(pages));
  CHECK(pages == 6);
  CHECK(test::run("pdfinfo " + path).out.find("Tagged:          yes") != std::string::npos);
  for (std::size_t i = 0; i < names.size(); ++i)
    CHECK(test::normalize_text(test::page_text(path, static_cast<int>(2 * i + 1)))
              .find("Bilan de " + names[i]) != std::string::npos);

  // Two bookmarks a document (its title, its subheading nested under it), each on its page.
  const std::string outline = test::run("qpdf --json --json-key=outlines " + path).out;
  CHECK(count(outline, "\"title\": \"Bilan de ") == 3);
  CHECK(count(outline, "\"title\": \"Suite pour ") == 3);
  CHECK(outline.find("\"destpageposfrom1\": 5") != std::string::npos);

  // One Document, a Part for each person, each page's content found in the parent tree.
  const std::string json = json_of(path);
  CHECK(count(json, "\"/S\": \"/Document\"") == 1);
  CHECK(count(json, "\"/S\": \"/Part\"") == 3);
  CHECK(count(json, "\"/StructParents\"") == 6);
  CHECK(count(json, "\"/StructParent\"") == 3);  // the links
  CHECK(json.find("\"/ParentTreeNextKey\": 9") != std::string::npos);
}

TEST_CASE("assembly: abandoned or failing, nothing is left at the path", "[pdf][assembly]") {
  const std::string path = test::output_dir() + "/abandon.pdf";
  {
    auto assembly = test::engine().assemble(Metadata{}, path);
    std::vector<Diagnostic> diagnostics;
    assembly->add(*test::engine().lay_out(person_document("Éloïse Côté"), diagnostics));
  }  // destroyed without finish()
  CHECK_FALSE(std::filesystem::exists(path));
  auto folder = test::engine().assemble(Metadata{}, test::output_dir());  // a folder
  std::vector<Diagnostic> diagnostics;
  folder->add(*test::engine().lay_out(person_document("Samuel Morin"), diagnostics));
  const RenderResult result = folder->finish();
  CHECK_FALSE(result.ok);
  CHECK_FALSE(result.diagnostics.empty());
}

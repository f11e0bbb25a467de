// Pagination through the C++ API: tables across pages, headings kept with what follows, no
// widows or orphans, page numbers, and nothing outside the text area.
#include "layout_fixtures.hpp"
#include "pdf_checks.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace acquis;
using namespace acquis::test;

namespace {

constexpr double kTop = 72, kBottom = 792 - 72, kLeft = 72, kRight = 612 - 72;

block::Table long_table(int rows) {
  block::Table table;
  table.source = "tableau";
  table.columns = {block::Column::proportional(3), block::Column::fixed(pt(90))};
  table.header_rows = 1;
  table.continued = "(suite)";
  block::Row header;
  header.cells.resize(2);
  header.cells[0].content = {paragraph("En-tête de la tâche", "en-tête")};
  header.cells[1].content = {paragraph("Résultat", "en-tête")};
  table.rows.push_back(header);
  for (int r = 1; r <= rows; ++r) {
    block::Row row;
    row.cells.resize(2);
    const std::string source = "rangée " + std::to_string(r);
    row.cells[0].content = {
        paragraph("Rangée " + std::to_string(r) + " : " + prose(10 + r % 17, r), source)};
    row.cells[1].content = {block::Checkbox{}};
    table.rows.push_back(row);
  }
  return table;
}

// Every text item inside the text area of its page.
void check_inside_margins(const Dump& d) {
  for (const DumpLine& line : d.of("text")) {
    INFO(line.text << " page " << line.page << " at " << line.x << "," << line.y);
    CHECK(line.x >= kLeft - 0.05);
    CHECK(line.y <= kBottom);
    CHECK(line.y >= kTop);
  }
}

// The body words of a PDF (not headers and footers) inside the margins, every word on the page.
void check_words_inside(const std::string& pdf, double header_band, double footer_band) {
  for (const Word& w : words(pdf)) {
    INFO(w.text << " page " << w.page << " " << w.x_min << "," << w.y_min << " " << w.x_max << ","
                << w.y_max);
    CHECK(w.x_min >= kLeft - 0.05);
    CHECK(w.x_max <= kRight + 0.05);
    const bool in_header = w.y_max <= kTop && w.y_min >= header_band - 0.05;
    const bool in_footer = w.y_min >= kBottom && w.y_max <= 792 - footer_band + 0.05;
    CHECK((in_header || in_footer || (w.y_min >= kTop - 0.05 && w.y_max <= kBottom + 0.05)));
  }
}

}  // namespace

TEST_CASE("a table over three pages repeats its header on pages 2 and 3 and cuts no row",
          "[layout][pagination][table]") {
  Section section;
  section.blocks = {long_table(42)};
  const Dump d = dump(document_of(section));
  REQUIRE(d.diagnostics.empty());
  REQUIRE(d.pages == 3);
  for (int page = 1; page <= 3; ++page) {
    const auto texts = d.of("text", page);
    REQUIRE(texts.size() > 1);
    INFO("page " << page);
    // The header row opens the page; on a page the table goes on to, under « (suite) ».
    const auto& header = page == 1 ? texts.front() : texts[1];
    CHECK(header.source == "en-tête");
    if (page > 1) CHECK(texts.front().text == "(suite)");
    CHECK(texts.front().y < texts.back().y);
  }
  CHECK(d.from("en-tête").size() == 6);  // two cells, three pages
  for (int r = 1; r <= 42; ++r) {
    std::set<int> pages;
    for (const DumpLine& line : d.from("rangée " + std::to_string(r))) pages.insert(line.page);
    INFO("rangée " << r);
    CHECK(pages.size() == 1);
  }
  check_inside_margins(d);
  const std::string pdf = render_pdf("table-trois-pages", document_of(section));
  check_valid(pdf);
  for (int page = 1; page <= 3; ++page)
    CHECK(page_text(pdf, page).find("En-tête de la tâche") != std::string::npos);
  check_words_inside(pdf, 0, 0);
}

TEST_CASE("a heading at the bottom of a page moves to the next page with its paragraph",
          "[layout][pagination]") {
  for (double room : {24.0, 30.0, 38.0}) {  // room left: the heading fits, not with two lines
    Section section;
    section.blocks = {filler(648 - room), heading(2, "Compétence 07 — Souder", "titre"),
                      paragraph(prose(120), "texte")};
    const Dump d = dump(document_of(section));
    REQUIRE(d.diagnostics.empty());
    INFO("room " << room);
    REQUIRE(d.from("titre").size() == 1);
    CHECK(d.from("titre")[0].page == 2);
    CHECK(d.from("texte").front().page == 2);
    CHECK(d.of("outline", 2).size() == 1);
  }
  Section enough;
  enough.blocks = {filler(648 - 70), heading(2, "Compétence 07 — Souder", "titre"),
                   paragraph(prose(120), "texte")};
  const Dump d = dump(document_of(enough));
  CHECK(d.from("titre")[0].page == 1);  // with room for two lines it stays
  std::set<double> first_page_lines;
  for (const DumpLine& line : d.from("texte"))
    if (line.page == 1) first_page_lines.insert(line.y);
  CHECK(first_page_lines.size() >= 2);
}

TEST_CASE("no page starts or ends with a lone line of a paragraph", "[layout][pagination]") {
  int splits = 0;
  for (double offset = 0; offset < 60; offset += 4.5) {
    Section section;
    section.blocks.push_back(filler(500 + offset));
    for (int k = 0; k < 12; ++k)
      section.blocks.push_back(paragraph(prose(18 + (k * 37) % 90, k), "§" + std::to_string(k)));
    const Dump d = dump(document_of(section));
    REQUIRE(d.diagnostics.empty());
    for (int k = 0; k < 12; ++k) {
      std::map<int, std::set<double>> lines_per_page;
      for (const DumpLine& line : d.from("§" + std::to_string(k)))
        lines_per_page[line.page].insert(line.y);
      if (lines_per_page.size() < 2) continue;
      ++splits;
      for (const auto& [page, lines] : lines_per_page) {
        INFO("offset " << offset << ", paragraph " << k << ", page " << page);
        CHECK(lines.size() >= 2);
      }
    }
    check_inside_margins(d);
  }
  CHECK(splits >= 10);  // the sweep did make paragraphs cross pages
}

TEST_CASE("\"Page X de Y\" is right on every page, headers and footers stay in their bands",
          "[layout][pagination][pdf]") {
  Section section;
  section.page.header = {paragraph("Soudage-montage (DEP 5195)", "en-tête de page")};
  section.page.footer = {block::Paragraph{}};
  auto& footer = std::get<block::Paragraph>(section.page.footer[0].node);
  footer.runs = {text_run("Page "), page_number_run(), text_run(" de "), page_count_run()};
  section.first_page = PageTemplate{};  // a cover without header or footer
  section.blocks.push_back(heading(1, "Couverture"));
  section.blocks.push_back(block::PageBreak{});
  for (int k = 0; k < 30; ++k) section.blocks.push_back(paragraph(prose(80, k)));
  const std::string pdf = render_pdf("pages-x-de-y", document_of(section));
  check_valid(pdf);
  const int pages = page_count(pdf);
  REQUIRE(pages >= 4);
  CHECK(page_text(pdf, 1).find("Page") == std::string::npos);
  CHECK(page_text(pdf, 1).find("Soudage-montage") == std::string::npos);
  for (int page = 2; page <= pages; ++page) {
    INFO("page " << page);
    const std::string text = page_text(pdf, page);
    CHECK(text.find("Page " + std::to_string(page) + " de " + std::to_string(pages)) !=
          std::string::npos);
    CHECK(text.find("Soudage-montage (DEP 5195)") != std::string::npos);
  }
  check_words_inside(pdf, 36, 36);
}

TEST_CASE("an explicit page break starts a new page, a kept-together box moves whole",
          "[layout][pagination]") {
  Section section;
  section.blocks = {paragraph("Avant", "avant"), block::PageBreak{}, paragraph("Après", "après"),
                    filler(560)};
  block::Box box;
  box.style.keep_together = true;
  for (int k = 0; k < 4; ++k) box.content.push_back(paragraph(prose(30, k), "cadre"));
  section.blocks.push_back(box);
  const Dump d = dump(document_of(section));
  REQUIRE(d.diagnostics.empty());
  CHECK(d.from("avant")[0].page == 1);
  CHECK(d.from("après")[0].page == 2);
  std::set<int> box_pages;
  for (const DumpLine& line : d.from("cadre")) box_pages.insert(line.page);
  CHECK(box_pages == std::set<int>{3});
}

TEST_CASE("a row taller than a page is split, reported, and stays on the pages",
          "[layout][pagination][table]") {
  block::Table table;
  table.source = "tableau géant";
  block::Row row;
  row.cells.resize(1);
  for (int k = 0; k < 14; ++k) row.cells[0].content.push_back(paragraph(prose(90, k), "cellule"));
  table.rows.push_back(row);
  Section section;
  section.blocks = {table};
  const Dump d = dump(document_of(section));
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].severity == Severity::Warning);
  CHECK(d.diagnostics[0].code == "row-split");
  CHECK(d.diagnostics[0].source == "tableau géant");
  CHECK(d.pages >= 2);
  check_inside_margins(d);
}

TEST_CASE("headings feed the outline with their level and position", "[layout][outline]") {
  Section section;
  section.blocks = {heading(1, "Introduction"), paragraph(prose(40)), heading(2, "Compétence 01"),
                    paragraph(prose(40))};
  const Dump d = dump(document_of(section));
  const auto outline = d.of("outline");
  REQUIRE(outline.size() == 2);
  CHECK(outline[0].x == 1);
  CHECK(outline[1].x == 2);
  CHECK(outline[0].rest == " Introduction");
  CHECK(outline[1].rest == " Compétence 01");
  CHECK(outline[0].y == Approx(72).margin(0.05));
  CHECK(outline[1].y > outline[0].y);
}

TEST_CASE("a form that leaves most of its page empty or spills a few lines is reported",
          "[layout][pagination][form]") {
  // Fillers of a given height on a 648 pt text area: what the form's pages hold.
  const auto diagnostics_for = [](std::vector<double> heights, bool form) {
    Section section;
    section.form = form;
    for (double h : heights) section.blocks.push_back(filler(h));
    return dump(document_of(section));
  };
  SECTION("one page, less than half of it used") {
    const Dump d = diagnostics_for({200}, true);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].severity == Severity::Warning);
    CHECK(d.diagnostics[0].code == "form-page-empty");
    CHECK(d.pages == 1);
  }
  SECTION("a few lines spilled onto a second page") {
    const Dump d = diagnostics_for({600, 60}, true);
    REQUIRE(d.pages == 2);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].code == "form-page-spill");
  }
  SECTION("well-filled forms, and documents that are not forms, say nothing") {
    CHECK(diagnostics_for({400}, true).diagnostics.empty());
    CHECK(diagnostics_for({600, 300}, true).diagnostics.empty());
    CHECK(diagnostics_for({200}, false).diagnostics.empty());
    CHECK(diagnostics_for({600, 60}, false).diagnostics.empty());
  }
}

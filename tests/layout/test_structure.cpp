// The structure layout gives a tagged PDF, read from the frames: heading levels without gaps,
// table headers read once, lists with their labels first, figures with their alternative,
// decorations and page furniture left as artifacts.
#include "fonts/font_library.hpp"
#include "layout/document_layout.hpp"
#include "layout_fixtures.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace acquis;
using namespace acquis::test;

namespace {

DocumentFrames lay_out(const Document& document) {
  static std::unique_ptr<FontLibrary> fonts = [] {
    Diagnostics diags;
    return FontLibrary::load(test::fonts_config(), diags);
  }();
  REQUIRE(fonts);
  static const TextResources text{*fonts, "/usr/share/hyphen"};
  Diagnostics diags;
  DocumentFrames frames = layout_document(document, text, diags);
  REQUIRE_FALSE(diags.has_errors());
  return frames;
}

int tag_of(const FrameItem& item) {
  return std::visit([](const auto& shape) { return shape.tag; }, item);
}

// Roles of the elements that hold the text runs of `pages`, in page order.
std::vector<std::string> roles_of_text(const DocumentFrames& frames) {
  std::vector<std::string> roles;
  for (const PageFrame& page : frames.pages)
    for (const FrameItem& item : page.items)
      if (std::holds_alternative<GlyphRun>(item) && tag_of(item) >= 0)
        roles.push_back(frames.structure[tag_of(item)].role);
  return roles;
}

}  // namespace

TEST_CASE("structure: heading levels count from the first and never skip one", "[structure]") {
  Section section;
  for (int level : {2, 3, 3, 2, 5, 4}) section.blocks.push_back(heading(level, "Titre"));
  const DocumentFrames frames = lay_out(document_of(std::move(section)));
  std::vector<std::string> roles = roles_of_text(frames);
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  CHECK(roles == std::vector<std::string>{"H1", "H2", "H1", "H2", "H3"});
}

TEST_CASE("structure: a table's header is read once, where the table starts", "[structure]") {
  block::Table table;
  table.columns = {block::Column::proportional(1), block::Column::proportional(1)};
  table.header_rows = 1;
  table.continued = "(suite)";
  for (int r = 0; r < 60; ++r) {
    block::Row row;
    row.cells.resize(2);
    row.cells[0].content = {paragraph(r == 0 ? "Tâche" : "Ligne " + std::to_string(r))};
    row.cells[1].content = {paragraph(r == 0 ? "Résultat" : "Réussie")};
    table.rows.push_back(row);
  }
  Section section;
  section.blocks.push_back(table);
  const DocumentFrames frames = lay_out(document_of(std::move(section)));
  REQUIRE(frames.pages.size() >= 2);
  int headers = 0;
  for (const PageFrame& page : frames.pages)
    for (const FrameItem& item : page.items)
      if (const auto* run = std::get_if<GlyphRun>(&item); run && run->text.starts_with("Tâche")) {
        if (run->tag >= 0) {
          ++headers;
          // A cell of one paragraph holds its text itself.
          const StructElement& cell = frames.structure[run->tag];
          CHECK(cell.role == "TH");
          CHECK(cell.column_header);
          CHECK(frames.structure[cell.parent].role == "TR");
        } else {
          CHECK(run->tag == kArtifact);  // the copy drawn on the next page
        }
      }
  CHECK(headers == 1);
}

TEST_CASE("structure: a list item's label comes first, then its body", "[structure]") {
  block::List list;
  list.items = {{paragraph("Premier point")}, {paragraph("Second point")}};
  Section section;
  section.blocks.push_back(list);
  const DocumentFrames frames = lay_out(document_of(std::move(section)));
  const std::vector<std::string> roles = roles_of_text(frames);
  // An item of one paragraph: its body holds the text itself.
  CHECK(roles == std::vector<std::string>{"Lbl", "LBody", "Lbl", "LBody"});
  const auto& items = frames.pages[0].items;
  const auto* first = std::get_if<GlyphRun>(&items[0]);
  REQUIRE(first);
  CHECK(first->text == "\u2022 ");  // painted (and read) before its item, a space after it
}

TEST_CASE("structure: an image is a figure with its alternative, or a decoration", "[structure]") {
  block::Image logo;
  logo.path = "samples/logo-navigateurs.png";
  logo.width = pt(100);
  logo.alt = "Centre de services scolaire des Navigateurs-du-Fleuve";
  block::Image ornament = logo;
  ornament.alt.clear();
  Section section;
  section.blocks = {logo, ornament};
  const DocumentFrames frames = lay_out(document_of(std::move(section)));
  std::vector<int> tags;
  for (const FrameItem& item : frames.pages[0].items)
    if (std::holds_alternative<FrameImage>(item)) tags.push_back(tag_of(item));
  REQUIRE(tags.size() == 2);
  REQUIRE(tags[0] >= 0);
  CHECK(frames.structure[tags[0]].role == "Figure");
  CHECK(frames.structure[tags[0]].alt == logo.alt);
  CHECK(tags[1] == kArtifact);
}

TEST_CASE("structure: headers, footers and rules are artifacts; checkboxes say their state",
          "[structure]") {
  Section section;
  section.page.header = {paragraph("En-tête de page")};
  section.page.footer = {paragraph("Pied de page")};
  block::Checkbox yes;
  yes.checked = true;
  yes.label = {text_run("Oui")};
  block::Checkbox no;
  no.label = {text_run("Non")};
  section.blocks = {paragraph("Texte"), block::Rule{}, yes, no};
  const DocumentFrames frames = lay_out(document_of(std::move(section)));
  std::set<std::string> states;
  for (const FrameItem& item : frames.pages[0].items) {
    const int tag = tag_of(item);
    if (const auto* run = std::get_if<GlyphRun>(&item)) {
      const bool furniture = run->text.starts_with("En-tête") || run->text.starts_with("Pied");
      CHECK((tag < 0) == furniture);
    } else if (std::holds_alternative<FrameLine>(item)) {
      CHECK(tag < 0);  // the rule
    } else if (tag >= 0) {
      CHECK(frames.structure[tag].role == "Span");
      states.insert(frames.structure[tag].actual_text);
    }
  }
  CHECK(states == std::set<std::string>{"\u2612", "\u2610"});
}

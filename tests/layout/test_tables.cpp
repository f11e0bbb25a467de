// Table column widths, spans, alignment and overflow, read from the layout dump.
#include "layout_fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace acquis;
using namespace acquis::test;

namespace {

block::Cell cell_of(block::Paragraph p, int colspan = 1) {
  block::Cell cell;
  cell.content = {std::move(p)};
  cell.colspan = colspan;
  return cell;
}

block::Table two_by(std::vector<block::Column> columns, const std::vector<std::string>& texts) {
  block::Table table;
  table.source = "tableau";
  table.columns = std::move(columns);
  block::Row row;
  for (std::size_t i = 0; i < texts.size(); ++i)
    row.cells.push_back(cell_of(paragraph(texts[i], "col" + std::to_string(i + 1))));
  table.rows.push_back(row);
  return table;
}

// The x positions of the vertical borders of the first row.
std::vector<double> vertical_borders(const Dump& d) {
  std::set<double> xs;
  for (const DumpLine& line : d.of("line")) {
    double x2 = 0, y2 = 0;
    std::sscanf(line.rest.c_str(), " %lf %lf", &x2, &y2);
    if (x2 == line.x && y2 != line.y) xs.insert(line.x);
  }
  return {xs.begin(), xs.end()};
}

Dump dump_table(block::Table table) {
  Section section;
  section.blocks = {std::move(table)};
  return dump(document_of(section));
}

}  // namespace

TEST_CASE("fixed and proportional columns fill the text width", "[layout][table]") {
  const Dump d = dump_table(two_by(
      {block::Column::fixed(cm(3)), block::Column::proportional(1), block::Column::proportional(3)},
      {"a", "b", "c"}));
  REQUIRE(d.diagnostics.empty());
  const auto xs = vertical_borders(d);
  REQUIRE(xs.size() == 4);
  const double fixed = 3 * 72 / 2.54, rest = 468 - fixed;
  CHECK(xs[0] == Approx(72).margin(0.05));
  CHECK(xs[1] == Approx(72 + fixed).margin(0.06));
  CHECK(xs[2] == Approx(72 + fixed + rest / 4).margin(0.06));
  CHECK(xs[3] == Approx(540).margin(0.05));
}

TEST_CASE("automatic columns follow their content", "[layout][table]") {
  const Dump d = dump_table(
      two_by({block::Column::automatic(), block::Column::automatic()}, {"Code", prose(60)}));
  REQUIRE(d.diagnostics.empty());
  const auto xs = vertical_borders(d);
  REQUIRE(xs.size() == 3);
  CHECK(xs[1] - xs[0] < 60);  // "Code" gets a narrow column, the long text the rest
  CHECK(xs[2] == Approx(540).margin(0.05));
  CHECK(d.from("col1").size() == 1);
  CHECK(d.from("col2").size() > 2);
}

TEST_CASE("a cell spans columns, vertical alignment centres short content", "[layout][table]") {
  block::Table table;
  table.columns = {block::Column::proportional(1), block::Column::proportional(1)};
  block::Row first;
  first.cells = {cell_of(paragraph(prose(40), "large"), 2)};
  block::Row second;
  block::Cell tall = cell_of(paragraph(prose(40), "haute"));
  block::Cell middle = cell_of(paragraph("Milieu", "milieu"));
  middle.style.valign = VAlign::Middle;
  second.cells = {tall, middle};
  table.rows = {first, second};
  const Dump d = dump_table(table);
  REQUIRE(d.diagnostics.empty());
  const auto spanned = d.from("large");
  CHECK(spanned.size() >= 1);
  CHECK(spanned.size() < d.from("haute").size());  // twice as wide: fewer lines
  const auto lines = d.from("haute");
  const double centre = (lines.front().y + lines.back().y) / 2;
  CHECK(d.from("milieu")[0].y == Approx(centre).margin(4));
}

TEST_CASE("a table wider than the page is an error naming the table", "[layout][table]") {
  block::Table table =
      two_by({block::Column::fixed(pt(300)), block::Column::fixed(pt(300))}, {"a", "b"});
  Section section;
  section.blocks = {table};
  const RenderResult result = engine_render(document_of(section));
  CHECK(!result.ok);
  CHECK(result.pdf.empty());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "table-overflow");
  CHECK(result.diagnostics[0].source == "tableau");
  CHECK(acquis::diagnostic_text(result.diagnostics[0]).find("600 pt") != std::string::npos);
}

// The other blocks: lists, form elements, signatures, images, links and diagrams.
#include "layout_fixtures.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

using namespace acquis;
using namespace acquis::test;

namespace {

Dump dump_blocks(Blocks blocks) {
  Section section;
  section.blocks = std::move(blocks);
  return dump(document_of(section));
}

}  // namespace

TEST_CASE("list markers hang in the indent on the baseline of each item's first line",
          "[layout][blocks]") {
  block::List bullets;
  bullets.items = {{paragraph(prose(40), "premier")}, {paragraph("Court", "second")}};
  block::List numbers;
  numbers.numbered = true;
  numbers.items = {{paragraph("Un", "un")}, {paragraph("Deux", "deux")}};
  const Dump d = dump_blocks({bullets, numbers});
  REQUIRE(d.diagnostics.empty());
  std::vector<DumpLine> markers;
  for (const DumpLine& line : d.of("text"))
    if (line.text == "•" || line.text == "1." || line.text == "2.") markers.push_back(line);
  REQUIRE(markers.size() == 4);
  CHECK(markers[0].y == d.from("premier").front().y);
  CHECK(markers[1].y == d.from("second").front().y);
  CHECK(markers[0].x == Approx(72));
  CHECK(d.from("premier").front().x == Approx(90));  // 18 pt indent
  CHECK(markers[2].y == d.from("un").front().y);
  CHECK(markers[3].text == "2.");
}

TEST_CASE("checkboxes: a square, a tick only when checked, the label beside",
          "[layout][blocks][forms]") {
  block::Checkbox empty;
  empty.label = {text_run("Je maîtrise", "vide")};
  block::Checkbox ticked;
  ticked.checked = true;
  ticked.label = {text_run("Partiellement", "coché")};
  const Dump d = dump_blocks({empty, ticked});
  REQUIRE(d.diagnostics.empty());
  const auto boxes = d.of("rect");
  REQUIRE(boxes.size() == 2);
  CHECK(d.of("path").size() == 1);  // one tick
  CHECK(d.from("vide")[0].x > boxes[0].x + 8);
  CHECK(boxes[0].y < d.from("vide")[0].y);  // the box sits on the text line
  CHECK(boxes[0].y > d.from("vide")[0].y - 10.5);
}

TEST_CASE("a rating scale is a row of labelled boxes, one ticked", "[layout][blocks][forms]") {
  block::RatingScale scale;
  scale.labels = {"Je maîtrise", "Partiellement", "Je ne maîtrise pas"};
  scale.selected = 2;
  const Dump d = dump_blocks({scale});
  REQUIRE(d.diagnostics.empty());
  const auto boxes = d.of("rect");
  REQUIRE(boxes.size() == 3);
  CHECK(boxes[0].y == boxes[2].y);
  CHECK(boxes[1].x - boxes[0].x == Approx(156).margin(0.1));  // 468 / 3
  REQUIRE(d.of("path").size() == 1);
  CHECK(d.of("path")[0].x > boxes[2].x);
}

TEST_CASE("write-in lines, fields and signatures", "[layout][blocks][forms]") {
  block::WriteIn lines;
  lines.label = {text_run("Exemples tirés de votre expérience")};
  lines.lines = 4;
  block::Field field;
  field.label = {text_run("Code permanent")};
  field.height = mm(15);
  block::Signatures signatures;
  signatures.signatories = {{"Éloïse Côté-Bérubé", "Personne candidate"},
                            {"Marie-Ève Tremblay", "Conseillère en RAC"}};
  const Dump d = dump_blocks({lines, field, signatures});
  REQUIRE(d.diagnostics.empty());
  int full_width_lines = 0;
  for (const DumpLine& line : d.of("line")) full_width_lines += line.rest.rfind(" 540.0 ", 0) == 0;
  CHECK(full_width_lines >= 4);
  REQUIRE(d.of("rect").size() == 1);
  double width = 0, height = 0;
  std::sscanf(d.of("rect")[0].rest.c_str(), " %lfx%lf", &width, &height);
  CHECK(height + 0.75 == Approx(15 * 72 / 25.4).margin(0.06));  // 15 mm, outer edge of the border
  std::string all;
  for (const DumpLine& line : d.of("text")) all += line.text + "|";
  CHECK(all.find("Éloïse Côté-Bérubé|Personne candidate|Date\u00A0:") != std::string::npos);
  CHECK(all.find("Marie-Ève Tremblay|Conseillère en RAC|Date\u00A0:") != std::string::npos);
}

TEST_CASE("links become clickable areas and URI annotations", "[layout][blocks][pdf]") {
  block::Paragraph p;
  Run link = text_run("le site du Ministère", "lien");
  link.link = "https://www.quebec.ca/education";
  p.runs = {text_run("Consultez "), link, text_run(".")};
  Section section;
  section.blocks = {p};
  const Dump d = dump(document_of(section));
  REQUIRE(d.of("link").size() == 1);
  CHECK(d.of("link")[0].x == Approx(d.from("lien")[0].x));
  const std::string pdf = render_pdf("lien", document_of(section));
  REQUIRE(run("qpdf --qdf " + pdf + " " + pdf + ".qdf").exit_code == 0);
  CHECK(read_file(pdf + ".qdf").find("(https://www.quebec.ca/education)") != std::string::npos);
}

TEST_CASE("images: sized by proportion, too large is an error with its source",
          "[layout][blocks]") {
  block::Image logo;
  logo.path = "samples/logo-navigateurs.png";  // 1092 × 300 px: 524 pt wide at 150 dpi
  logo.source = "organisation/logo";
  const Dump natural = dump_blocks({logo});
  REQUIRE(natural.diagnostics.size() == 1);
  CHECK(natural.diagnostics[0].code == "image-overflow");
  CHECK(natural.diagnostics[0].source == "organisation/logo");
  CHECK(acquis::diagnostic_text(natural.diagnostics[0]).find("524 × 144 pt") != std::string::npos);
  CHECK(natural.of("image").empty());
  logo.height = pt(72);
  logo.style.align = Align::Center;
  const Dump scaled = dump_blocks({logo});
  REQUIRE(scaled.diagnostics.empty());
  REQUIRE(scaled.of("image").size() == 1);
  CHECK(scaled.of("image")[0].rest.find("262.1x72.0") != std::string::npos);
  CHECK(scaled.of("image")[0].x == Approx(72 + (468 - 262.08) / 2).margin(0.05));
  logo.path = "samples/absent.png";
  CHECK(dump_blocks({logo}).diagnostics.at(0).code == "image-missing");
}

TEST_CASE("the 14-step process chart: boxes in snake order, 13 arrows, all inside",
          "[layout][blocks][diagram]") {
  std::vector<Runs> steps;
  for (int i = 1; i <= 14; ++i) steps.push_back({text_run("Étape " + std::to_string(i))});
  const block::Diagram chart = process_chart(steps, 468, 4);
  CHECK(chart.nodes.size() == 14);
  CHECK(chart.connectors.size() == 13);
  CHECK(chart.nodes[4].box.x == chart.nodes[3].box.x);  // row 2 starts under the end of row 1
  CHECK(chart.nodes[5].box.x < chart.nodes[4].box.x);
  const Dump d = dump_blocks({chart});
  REQUIRE(d.diagnostics.empty());
  CHECK(d.of("rect").size() == 14);
  CHECK(d.of("polygon").size() == 13);
  CHECK(d.of("path").size() == 13);
  for (const DumpLine& text : d.of("text")) {
    CHECK(text.x >= 72);
    CHECK(text.x < 540);
  }
}

TEST_CASE("diagram errors: unknown box, text taller than its box", "[layout][blocks][diagram]") {
  block::Diagram diagram;
  diagram.width = 200;
  diagram.height = 40;
  diagram.source = "schéma";
  block::DiagramNode node;
  node.id = "a";
  node.box = {0, 0, 60, 20};
  std::string many_lines;
  for (int i = 0; i < 40; ++i) many_lines += "ab ";
  node.text = {text_run(many_lines)};
  diagram.nodes = {node};
  diagram.connectors = {{"a", "b"}};
  const Dump d = dump_blocks({diagram});
  REQUIRE(d.diagnostics.size() == 2);
  CHECK(d.diagnostics[0].code == "diagram-box-overflow");
  CHECK(acquis::diagnostic_text(d.diagnostics[1]).find("« b »") != std::string::npos);
  CHECK(d.diagnostics[1].source == "schéma");
}

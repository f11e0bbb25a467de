// Lengths and the style cascade (theme → document → element).
#include "layout/cascade.hpp"
#include "layout_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

TEST_CASE("lengths in pt, mm, cm, in and %, with a decimal comma", "[style]") {
  CHECK(parse_length("12pt")->to_pt() == Approx(12));
  CHECK(parse_length("12")->to_pt() == Approx(12));
  CHECK(parse_length("25,4 mm")->to_pt() == Approx(72));
  CHECK(parse_length("2.54cm")->to_pt() == Approx(72));
  CHECK(parse_length("1in")->to_pt() == Approx(72));
  CHECK(parse_length("50%")->to_pt(468) == Approx(234));
  CHECK(!parse_length("douze"));
  CHECK(!parse_length("12 km"));
  CHECK(!parse_length(""));
}

TEST_CASE("the cascade: theme role, document role, theme class, document class, element",
          "[style]") {
  StyleSheet theme, document;
  theme["paragraph"].size = 10;
  theme["paragraph"].color = Color{1, 0, 0};
  theme["paragraph"].space_after = pt(5);
  document["paragraph"].size = 11;
  theme["note"].size = 12;
  theme["note"].italic = true;
  document["note"].size = 13;
  const Cascade cascade(theme, document);
  const ComputedStyle root = cascade.root();
  Style own;
  CHECK(cascade.resolve(root, "paragraph", "", own, 400).size == 11);
  CHECK(cascade.resolve(root, "paragraph", "note", own, 400).size == 13);
  CHECK(cascade.resolve(root, "paragraph", "note", own, 400).italic);
  CHECK(cascade.resolve(root, "paragraph", "note", own, 400).color == Color{1, 0, 0});
  own.size = 14;
  own.indent_left = percent(10);
  const ComputedStyle element = cascade.resolve(root, "paragraph", "note", own, 400);
  CHECK(element.size == 14);
  CHECK(element.indent_left == Approx(40));
  // Text properties are inherited, block properties are not.
  const ComputedStyle child = cascade.resolve(element, "table-cell", "", {}, 100);
  CHECK(child.size == 14);
  CHECK(child.italic);
  CHECK(child.space_after == 0);
  CHECK(child.indent_left == 0);
}

TEST_CASE("a document style overrides the theme in the laid-out text", "[style][layout]") {
  Section section;
  section.blocks = {acquis::test::paragraph("Texte", "texte")};
  Document document = acquis::test::document_of(section);
  CHECK(acquis::test::dump(document).from("texte").at(0).rest == "Lato-Regular 10.5");
  document.styles["paragraph"].family = "serif";
  document.styles["paragraph"].size = 14;
  document.styles["paragraph"].bold = true;
  CHECK(acquis::test::dump(document).from("texte").at(0).rest.find("Bold 14.0") !=
        std::string::npos);
}

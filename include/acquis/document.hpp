// Acquis public content model: what a caller builds to describe a document.
// Units are PDF points (1/72 in); the origin is the top-left corner of the page, y grows downward.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace acquis {

struct Color {
  float r = 0, g = 0, b = 0;
};

enum class Align { Left, Center, Right, Justify };

struct TextStyle {
  std::string family = "sans";  // a family of fonts/fonts.xml or of a user font
  bool bold = false;
  bool italic = false;
  double size = 11;
  Color color{};
};

// A piece of text with one style. `source` says where the text came from (a template, a data
// field) so that errors can point at it; `hyphenate = false` suits proper names and codes.
struct Span {
  std::string text;
  TextStyle style{};
  bool hyphenate = true;
  std::string source;
};

struct Paragraph {
  std::vector<Span> spans;
  Align align = Align::Justify;
  double leading = 0;  // baseline-to-baseline distance; 0 means 1.25 × the largest size
  double first_line_indent = 0;
  std::string locale = "fr-CA";  // drives typography, line breaking and hyphenation
  bool hyphenate = true;
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
};

struct PageSize {
  double width = 612, height = 792;
  static PageSize letter() { return {612, 792}; }
  static PageSize a4() { return {595.276, 841.89}; }
  PageSize landscape() const { return {height, width}; }
};

// Items placed at fixed positions on a page.
struct TextBox {
  Rect box;
  Paragraph paragraph;
};
struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color{};
};
struct BoxItem {
  Rect rect;
  double stroke_width = 0;  // 0: no border
  Color stroke{};
  bool filled = false;
  Color fill{1, 1, 1};
};
struct ImageItem {
  Rect rect;
  std::string path;  // PNG or JPEG
};
struct LinkItem {
  Rect rect;
  std::string uri;
};
using PageItem = std::variant<TextBox, LineItem, BoxItem, ImageItem, LinkItem>;

struct FixedPage {
  PageSize size{};
  std::vector<PageItem> items;
};

// Blocks that flow from page to page within margins.
struct Heading {
  int level = 1;  // feeds the PDF outline
  Paragraph paragraph;
  double space_before = 12, space_after = 6;
};
struct FlowParagraph {
  Paragraph paragraph;
  double space_after = 6;
};
using FlowBlock = std::variant<Heading, FlowParagraph>;

struct Margins {
  double top = 72, right = 72, bottom = 72, left = 72;
};

struct Flow {
  PageSize size{};
  Margins margins{};
  std::vector<FlowBlock> blocks;
};

struct Metadata {
  std::string title, author, subject, keywords;
  std::string language = "fr-CA";
};

struct Document {
  Metadata metadata;
  std::vector<std::variant<FixedPage, Flow>> sections;
};

}  // namespace acquis

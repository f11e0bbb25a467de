// The flowing content model: blocks of a section that the layout engine breaks into pages.
// Every block carries a named style (`style_class`), its own style declarations (see style.hpp
// for the cascade) and `source`, which says where it came from (a template element, a data
// field) so that a problem found while laying it out can point there.
#pragma once

#include <acquis/style.hpp>

#include <string>
#include <variant>
#include <vector>

namespace acquis {

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
};

// Replaced at render time in headers and footers, once the number of pages is known.
enum class PageField { None, PageNumber, PageCount };

// A piece of inline text. Only the text properties of its style apply.
struct Run {
  std::string text;
  Style style{};
  std::string style_class;
  std::string link;  // a URI: the text becomes a link
  PageField field = PageField::None;
  std::string lang;  // a passage in another language than the document's ("fr-CA"), or empty
  std::string source;
  // The data the text holds ("candidat.nom"…): an error about it names these rather than
  // quote the text, which may be a person's.
  std::vector<std::string> data_fields;
};

Run text_run(std::string text, std::string source = {});
Run bold_run(std::string text, std::string source = {});
Run italic_run(std::string text, std::string source = {});
Run page_number_run();
Run page_count_run();

struct BlockBase {
  std::string style_class;
  Style style{};
  std::string source;
};

struct Block;
using Blocks = std::vector<Block>;
using Runs = std::vector<Run>;

namespace block {

struct Paragraph : BlockBase {
  Runs runs;
};

// Levels 1–3 have theme styles; every level feeds the PDF outline.
struct Heading : BlockBase {
  int level = 1;
  Runs runs;
};

struct List : BlockBase {
  bool numbered = false;
  int start = 1;
  std::vector<Blocks> items;
};

// Auto: between the widest word and the whole text of its cells, as room allows.
// Fixed: a length (% of the table's width). Proportional: a share of what is left.
struct Column {
  enum class Kind { Auto, Fixed, Proportional } kind = Kind::Auto;
  Length width{};
  double weight = 1;
  static Column automatic() { return {}; }
  static Column fixed(Length w) { return {Kind::Fixed, w, 1}; }
  static Column proportional(double weight) { return {Kind::Proportional, {}, weight}; }
};

struct Cell : BlockBase {
  Blocks content;
  int colspan = 1;
  bool row_header = false;  // a label for its row ("Nom", "Date"): read before the row's cells
};

struct Row : BlockBase {
  std::vector<Cell> cells;
};

// The first `header_rows` rows are repeated at the top of every page the table crosses.
// A row is never split across pages, unless it is taller than a page (then it is, and a warning
// says so).
struct Table : BlockBase {
  std::vector<Column> columns;
  int header_rows = 0;
  // Only places things side by side (a letterhead, options in columns): not read as a table.
  bool layout_only = false;
  std::string continued;  // said above the header rows repeated on a new page ("(suite)")
  std::vector<Row> rows;
};

// PNG or JPEG. Without a width, the image is drawn at 150 dpi; with only one of width and height,
// the other follows the image's proportions.
struct Image : BlockBase {
  std::string path;
  std::string alt;  // what a screen reader says instead; empty: a decoration, never read
  std::optional<Length> width, height;
};

// A frame around blocks: border, background and padding from its style.
struct Box : BlockBase {
  Blocks content;
};

struct Rule : BlockBase {
  Length thickness = pt(0.75);
};

struct Spacer : BlockBase {
  Length height{};
};

struct PageBreak : BlockBase {};

// Form-like elements. In a fillable document (TemplateOptions::fillable) each may also be a
// field of the PDF's form: `field.name` set, the drawing then printed as it is and what is typed
// or ticked shown by the field.
struct FormField {
  std::string name;         // fully qualified, stable ("5195/991-034/3"); empty: not a field
  std::string description;  // what a screen reader says of it (/TU)
  std::string option;       // a radio button: its value in the group named `name`
  std::string label;        // what that value says ("Je maîtrise"), read with the description
  bool date = false;        // a text field holding a date (YYYY-MM-DD)
  std::string value;        // the text it opens with
};

struct Checkbox : BlockBase {
  bool checked = false;
  Runs label;  // may be empty (a lone box, e.g. in a table cell)
  FormField field;
};

// A row of labelled boxes, one of which may be ticked.
struct RatingScale : BlockBase {
  std::vector<std::string> labels;
  int selected = -1;
};

// Ruled lines to write on.
struct WriteIn : BlockBase {
  Runs label;
  int lines = 3;
  Length spacing = pt(22);
  FormField field;
};

// A framed area of a given height with its label in the top corner.
struct Field : BlockBase {
  Runs label;
  Length height = pt(60);
  bool framed = true;  // false: blank room (<saisie>) inside something framed already
  FormField field;
};

struct Signatory {
  std::string name, role;
};

// One column per signatory: room to sign, a line, the name, the role and a dated line.
struct Signatures : BlockBase {
  std::vector<Signatory> signatories;
  std::string date_label = "Date";  // empty: no date line (a letter dated at its head)
  Length room = pt(34);
};

// Diagrams: boxes with text placed by the caller (points, from the diagram's top-left corner)
// and connectors drawn between them.
struct DiagramNode {
  std::string id;
  Rect box;
  Runs text;
  std::string style_class = "diagram-node";
  Style style{};
  double corner_radius = 4;
};

enum class Side { Auto, Top, Right, Bottom, Left };

struct Connector {
  std::string from, to;
  Side from_side = Side::Auto, to_side = Side::Auto;
  bool arrow = true;
  Color color{0.35f, 0.35f, 0.35f};
  double width = 1;
};

struct Diagram : BlockBase {
  double width = 0, height = 0;
  std::string alt;  // said before the boxes' text, which a screen reader gets in order
  std::vector<DiagramNode> nodes;
  std::vector<Connector> connectors;
};

}  // namespace block

struct Block {
  using Node = std::variant<block::Paragraph, block::Heading, block::List, block::Table,
                            block::Image, block::Box, block::Rule, block::Spacer, block::PageBreak,
                            block::Checkbox, block::RatingScale, block::WriteIn, block::Field,
                            block::Signatures, block::Diagram>;
  Node node;
  template <class T>
  Block(T value) : node(std::move(value)) {}  // NOLINT: implicit on purpose
};

// A flow chart of numbered steps in rows of `columns` boxes that read left to right, then right to
// left on the next row (arrows show the way), filling `width` points.
block::Diagram process_chart(const std::vector<Runs>& steps, double width, int columns,
                             double box_height = 54);

}  // namespace acquis

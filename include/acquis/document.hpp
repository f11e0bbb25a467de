// Acquis public content model: what a caller builds to describe a document.
// Units are PDF points (1/72 in); the origin is the top-left corner of the page, y grows downward.
#pragma once

#include <acquis/blocks.hpp>
#include <acquis/style.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace acquis {

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
  std::string link;                      // a URI: the text becomes a link
  std::vector<std::string> data_fields;  // see Run::data_fields
  std::string lang = {};                 // see Run::lang
};

struct Paragraph {
  std::vector<Span> spans;
  Align align = Align::Justify;
  double leading = 0;  // baseline-to-baseline distance; 0 means 1.25 × the largest size
  double first_line_indent = 0;
  std::string locale = "fr-CA";  // drives typography, line breaking and hyphenation
  bool hyphenate = true;
  // Words are cut only when one is wider than the line (a narrow table cell): set ragged, a
  // narrow column reads better with whole words.
  bool hyphenate_only_to_fit = false;
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
  std::string path;      // PNG or JPEG
  std::string alt = {};  // see block::Image
};
struct LinkItem {
  Rect rect;
  std::string uri;
};
// Blocks laid out in a box of the page, as in a one-page section (a certificate's wording);
// the blocks inherit its style, whose valign places them in the box; `source` names it in an
// overflow message.
struct BlockItem : BlockBase {
  Rect box;
  Blocks blocks;
};
using PageItem = std::variant<TextBox, LineItem, BoxItem, ImageItem, LinkItem, BlockItem>;

struct FixedPage {
  PageSize size{};
  std::vector<PageItem> items;
};

// A page layout: its size, the margins of the text area, and the header and footer drawn in
// the top and bottom margins of every page (their runs may hold the page number and count).
struct Margins {
  Length top = pt(72), right = pt(72), bottom = pt(72), left = pt(72);
};

struct PageTemplate {
  PageSize size{};
  Margins margins{};
  Blocks header, footer;
  Length header_top = pt(36);     // from the top edge of the page to the top of the header
  Length footer_bottom = pt(36);  // from the bottom edge to the bottom of the footer
};

// Blocks flowing from page to page. `first_page`, when given, lays out the section's first page
// (a cover without header, say).
struct Section {
  PageTemplate page{};
  std::optional<PageTemplate> first_page;
  Blocks blocks;
  // A form is meant to fill its pages: layout warns when its last page is mostly empty (one
  // page) or holds only a few lines spilled from the page before.
  bool form = false;
  std::string source;  // where it came from (a template's <section>), for messages
};

struct Metadata {
  std::string title, author, subject, keywords;
  std::string language = "fr-CA";
  // PDF/A-1b, for files that are kept (a certificate): an sRGB output intent, no transparency.
  bool archival = false;
  // A tagged PDF (PDF/UA-1): its structure for screen readers. A merged print batch is not:
  // nobody reads a print job aloud, and its structure would cost a third of its time; the
  // separate files are tagged.
  bool tagged = true;
  // "3/16": the file is one slice of a batch split over several machines (`acquis lot
  // --tranche`), written in its catalog for `acquis assembler`. Empty: a whole file.
  std::string slice;
  // A fillable form: what `acquis lire` needs to take it back, kept in the file as a read-only
  // hidden field. Empty `document`: not a form.
  struct Form {
    std::string document;     // the template ("cahier-autoevaluation")
    std::string program;      // its code, when the form is for one program
    std::string person;       // code permanent, when made for one person
    std::string description;  // what a screen reader says of it, in the document's language
  } form;
};

struct Document {
  Metadata metadata;
  StyleSheet theme = default_theme();  // an organization's look
  StyleSheet styles;                   // this document's own overrides and named styles
  std::vector<std::variant<FixedPage, Section>> sections;
  std::string watermark;  // printed large across every page (a specimen), empty: none
};

}  // namespace acquis

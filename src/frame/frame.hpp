// Frames: the laid-out result of a page — items at fixed positions, nothing left to decide.
// Coordinates are points from the top-left corner of the page, y downward. Every glyph run keeps
// its plain text (for the PDF's ToUnicode map and for dumps) and where it came from.
#pragma once

#include <acquis/document.hpp>

#include "fonts/font_face.hpp"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace acquis {

// An item's place in the document's structure (structure.hpp): an element's index, or one of
// these.
constexpr int kUnclaimed = -1;  // no element took it yet: an artifact if none does
constexpr int kArtifact = -2;   // never read aloud, whatever encloses it

struct PlacedGlyph {
  std::uint32_t glyph;
  float x;  // from the run's origin, points
  // The characters this glyph stands for: run.text[text_begin, text_end). Empty for the extra
  // glyphs of a multi-glyph cluster.
  std::uint32_t text_begin, text_end;
};

struct GlyphRun {
  const FontFace* face = nullptr;
  float size = 0;
  Color color{};
  double x = 0, y = 0;  // baseline origin
  double angle = 0;     // of the baseline, radians, counterclockwise (a watermark); 0: level
  double width = 0;
  std::string text;
  std::vector<PlacedGlyph> glyphs;
  std::string source;
  std::string link;
  std::string lang;  // a passage in another language (Span::lang)
  int tag = kUnclaimed;
};

struct FrameLine {
  double x1, y1, x2, y2, width;
  Color color;
  int tag = kUnclaimed;
};
struct FrameRect {
  Rect rect;
  double stroke_width;
  Color stroke;
  bool filled;
  Color fill;
  double radius = 0;  // rounded corners
  int tag = kUnclaimed;
};
struct Point {
  double x, y;
};
// A polyline (connectors) or a filled polygon (arrowheads).
struct FramePath {
  std::vector<Point> points;
  bool closed = false;
  double stroke_width = 0;
  Color stroke{};
  bool filled = false;
  Color fill{};
  int tag = kUnclaimed;
};
struct FrameImage {
  Rect rect;
  std::string path;
  int tag = kUnclaimed;
};
struct FrameLink {
  Rect rect;
  std::string uri;
  int tag = kUnclaimed;
};
// A field of a fillable form: what is typed or ticked, over the printed box or frame it fills.
// Its appearance is made by the PDF writer; `tag` is its Form element.
struct FrameWidget {
  enum class Kind { Text, Checkbox, Radio };
  Kind kind = Kind::Text;
  Rect rect;
  std::string name;          // fully qualified; the radio buttons of a group share it
  std::string description;   // /TU
  std::string option;        // a checkbox's or radio button's value when ticked
  std::string option_label;  // what a radio button's value says, read after the description
  bool checked = false;
  std::string value;  // a text field's opening text
  bool multiline = false;
  bool date = false;
  bool read_only = false;
  bool hidden = false;             // neither shown nor printed (the form's identity)
  const FontFace* face = nullptr;  // of the text typed in (its regular face)
  float size = 10;
  Color color{};
  int tag = kUnclaimed;
};
using FrameItem =
    std::variant<GlyphRun, FrameLine, FrameRect, FramePath, FrameImage, FrameLink, FrameWidget>;

// Moves an item by (dx, dy): layout builds pieces at the origin and places them afterwards.
void translate(FrameItem& item, double dx, double dy);

struct OutlineEntry {
  int level;
  std::string title;
  double y;
};

struct PageFrame {
  double width = 0, height = 0;
  std::vector<FrameItem> items;
  std::vector<OutlineEntry> outline;
};

// One line per item, positions rounded to 0.1 pt: stable across runs, readable in test failures.
std::string dump_frames(const std::vector<PageFrame>& pages);

}  // namespace acquis

// Styles: lengths with units, sparse style declarations and the style sheets they live in.
// A block's final style is resolved through a cascade, each step overriding only what it sets:
//   inherited text properties of the parent → theme[role] → document[role]
//   → theme[class] → document[class] → the element's own style
// `role` is fixed by the kind of element ("paragraph", "heading-1", "table-cell", …, see
// default_theme()); `class` is the named style the element asks for.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace acquis {

struct Color {
  float r = 0, g = 0, b = 0;
  bool operator==(const Color&) const = default;
};

enum class Align { Left, Center, Right, Justify };
enum class VAlign { Top, Middle, Bottom };

enum class Unit { Pt, Mm, Cm, In, Percent };

// A length as written by the user. Percentages are of a reference that depends on the property:
// the available width for indents, widths and padding, the font size for leading.
struct Length {
  double value = 0;
  Unit unit = Unit::Pt;
  double to_pt(double reference = 0) const;
  bool operator==(const Length&) const = default;
};

inline Length pt(double v) {
  return {v, Unit::Pt};
}
inline Length mm(double v) {
  return {v, Unit::Mm};
}
inline Length cm(double v) {
  return {v, Unit::Cm};
}
inline Length in(double v) {
  return {v, Unit::In};
}
inline Length percent(double v) {
  return {v, Unit::Percent};
}

// "12pt", "2.5 cm", "1in", "50%", "0" (a bare number is in points). Empty when malformed.
std::optional<Length> parse_length(std::string_view text);

struct Border {
  Length width = pt(0.5);
  Color color{};
  bool operator==(const Border&) const = default;
};

struct Style {
  // Text properties: inherited by the content of a block.
  std::optional<std::string> family;  // a family of fonts/fonts.xml
  std::optional<bool> bold, italic;
  std::optional<double> size;     // points
  std::optional<Length> leading;  // baseline to baseline; % of the font size
  std::optional<Color> color;
  std::optional<Align> align;
  std::optional<bool> hyphenate;
  // Block properties: apply to the block itself only.
  std::optional<Length> space_before, space_after;
  std::optional<Length> indent_left, indent_right, first_line_indent;
  std::optional<Border> border;
  std::optional<Color> background;
  std::optional<Length> padding;
  std::optional<VAlign> valign;
  std::optional<bool> keep_with_next, keep_together;

  // Every property `over` sets replaces this one's.
  void merge(const Style& over);
};

using StyleSheet = std::map<std::string, Style, std::less<>>;

// The built-in look: a sober sans-serif body, navy headings, light-grey table headers. Its keys
// are the roles every element kind uses, so it also documents them.
const StyleSheet& default_theme();

}  // namespace acquis

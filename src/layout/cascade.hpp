// The cascade: sparse declarations → a computed style with every property known, in points.
// Text properties are inherited from the parent; block properties start from their defaults.
#pragma once

#include <acquis/blocks.hpp>
#include <acquis/document.hpp>
#include <acquis/style.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace acquis {

struct ComputedStyle {
  // Inherited.
  std::string family = "sans";
  bool bold = false, italic = false;
  double size = 10.5;
  Length leading = percent(135);
  Color color{};
  Align align = Align::Left;
  bool hyphenate = true;
  bool hyphenate_only_to_fit = false;  // set for the content of narrow table cells
  // Not inherited; lengths already in points.
  double space_before = 0, space_after = 0;
  double indent_left = 0, indent_right = 0, first_line_indent = 0;
  double border_width = 0;
  Color border_color{};
  std::optional<Color> background;
  double padding = 0;
  VAlign valign = VAlign::Top;
  bool keep_with_next = false, keep_together = false;

  TextStyle text() const { return {family, bold, italic, size, color}; }
  double leading_pt() const { return leading.to_pt(size); }
};

class Cascade {
 public:
  Cascade(const StyleSheet& theme, const StyleSheet& document) : theme_(theme), doc_(document) {}

  // The root style: the "document" role of both sheets.
  ComputedStyle root() const;
  // `width` is the reference for percentages (the width the element is laid out in).
  ComputedStyle resolve(const ComputedStyle& parent, std::string_view role,
                        std::string_view style_class, const Style& own, double width) const;
  ComputedStyle resolve(const ComputedStyle& parent, std::string_view role, const BlockBase& block,
                        double width) const {
    return resolve(parent, role, block.style_class, block.style, width);
  }

 private:
  void apply(Style& into, std::string_view key) const;
  const StyleSheet& theme_;
  const StyleSheet& doc_;
};

}  // namespace acquis

// The built-in theme. Its keys are the roles of the element kinds (see style.hpp).
#include <acquis/style.hpp>

namespace acquis {

namespace {

constexpr Color kInk{0.11f, 0.11f, 0.12f};
constexpr Color kNavy{0.09f, 0.20f, 0.40f};
constexpr Color kGrey{0.40f, 0.40f, 0.42f};
constexpr Color kRuleGrey{0.62f, 0.64f, 0.68f};
constexpr Color kHeaderFill{0.89f, 0.92f, 0.96f};
constexpr Color kNodeFill{0.93f, 0.95f, 0.98f};

Style text(double size, bool bold = false, Color color = kInk) {
  Style s;
  s.size = size;
  s.bold = bold;
  s.color = color;
  return s;
}

Style spaced(Style s, double before, double after) {
  s.space_before = pt(before);
  s.space_after = pt(after);
  return s;
}

Style heading(double size, double before, double after) {
  Style s = spaced(text(size, true, kNavy), before, after);
  s.align = Align::Left;
  s.hyphenate = false;
  s.keep_with_next = true;
  s.leading = percent(120);
  return s;
}

Style cell(bool header) {
  Style s = header ? text(9, true) : Style{};
  s.padding = pt(4.5);
  s.valign = VAlign::Middle;
  s.align = Align::Left;
  if (header) s.background = kHeaderFill;
  if (header) s.hyphenate = false;
  return s;
}

Style bordered(Style s, double width, Color color) {
  s.border = Border{pt(width), color};
  return s;
}

StyleSheet build() {
  StyleSheet sheet;
  Style document = text(10.5);
  document.family = "sans";
  document.italic = false;
  document.leading = percent(135);
  document.align = Align::Justify;
  document.hyphenate = true;
  sheet["document"] = document;
  sheet["paragraph"] = spaced({}, 0, 7);  // aligned as its container says (justified by default)
  sheet["heading-1"] = heading(18, 20, 9);
  sheet["heading-2"] = heading(13.5, 16, 7);
  sheet["heading-3"] = heading(11.5, 12, 5);
  Style list = spaced({}, 0, 7);
  list.indent_left = pt(18);
  sheet["list"] = list;
  sheet["list-item"] = spaced({}, 0, 3);
  sheet["table"] = bordered(spaced({}, 4, 12), 0.5, kRuleGrey);
  sheet["table-header-cell"] = cell(true);
  sheet["table-cell"] = cell(false);
  sheet["image"] = spaced({}, 0, 8);
  sheet["box"] = bordered(spaced({}, 4, 10), 0.75, kRuleGrey);
  sheet["box"].padding = pt(9);
  Style rule = spaced(text(10.5, false, kRuleGrey), 6, 6);
  rule.bold.reset();
  rule.size.reset();
  sheet["rule"] = rule;
  sheet["checkbox"] = spaced({}, 0, 4);
  sheet["rating-scale"] = spaced({}, 2, 8);
  sheet["write-in"] = bordered(spaced({}, 2, 10), 0.5, kRuleGrey);
  sheet["field"] = bordered(spaced({}, 2, 10), 0.75, kRuleGrey);
  sheet["field-label"] = text(8, false, kGrey);
  sheet["signatures"] = bordered(spaced({}, 20, 10), 0.75, kInk);
  sheet["signature-role"] = text(9, false, kGrey);
  sheet["diagram"] = spaced({}, 6, 12);
  Style node = bordered(text(9), 0.75, kNavy);
  node.background = kNodeFill;
  node.align = Align::Center;
  node.hyphenate = false;
  node.leading = percent(125);
  sheet["diagram-node"] = node;
  sheet["diagram-number"] = text(9, true, kNavy);
  Style header = text(8.5, false, kGrey);
  header.align = Align::Left;
  header.hyphenate = false;
  sheet["page-header"] = header;
  Style footer = header;
  footer.align = Align::Center;
  sheet["page-footer"] = footer;
  return sheet;
}

}  // namespace

const StyleSheet& default_theme() {
  static const StyleSheet theme = build();
  return theme;
}

}  // namespace acquis

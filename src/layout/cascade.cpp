#include "layout/cascade.hpp"

namespace acquis {

namespace {

template <class T>
void set(T& into, const std::optional<T>& from) {
  if (from) into = *from;
}

void set_length(double& into, const std::optional<Length>& from, double reference) {
  if (from) into = from->to_pt(reference);
}

ComputedStyle compute(const ComputedStyle& parent, const Style& s, double width) {
  ComputedStyle c;
  c.family = s.family.value_or(parent.family);
  c.bold = s.bold.value_or(parent.bold);
  c.italic = s.italic.value_or(parent.italic);
  c.size = s.size.value_or(parent.size);
  c.leading = s.leading.value_or(parent.leading);
  c.color = s.color.value_or(parent.color);
  c.align = s.align.value_or(parent.align);
  c.hyphenate = s.hyphenate.value_or(parent.hyphenate);
  c.hyphenate_only_to_fit = parent.hyphenate_only_to_fit;
  set_length(c.space_before, s.space_before, width);
  set_length(c.space_after, s.space_after, width);
  set_length(c.indent_left, s.indent_left, width);
  set_length(c.indent_right, s.indent_right, width);
  set_length(c.first_line_indent, s.first_line_indent, width);
  set_length(c.padding, s.padding, width);
  if (s.border) {
    c.border_width = s.border->width.to_pt(width);
    c.border_color = s.border->color;
  }
  c.background = s.background;
  set(c.valign, s.valign);
  set(c.keep_with_next, s.keep_with_next);
  set(c.keep_together, s.keep_together);
  return c;
}

}  // namespace

void Cascade::apply(Style& into, std::string_view key) const {
  if (key.empty()) return;
  if (auto it = theme_.find(key); it != theme_.end()) into.merge(it->second);
  if (auto it = doc_.find(key); it != doc_.end()) into.merge(it->second);
}

ComputedStyle Cascade::root() const {
  Style declared;
  apply(declared, "document");
  return compute(ComputedStyle{}, declared, 0);
}

ComputedStyle Cascade::resolve(const ComputedStyle& parent, std::string_view role,
                               std::string_view style_class, const Style& own, double width) const {
  Style declared;
  apply(declared, role);
  apply(declared, style_class);
  declared.merge(own);
  return compute(parent, declared, width);
}

}  // namespace acquis

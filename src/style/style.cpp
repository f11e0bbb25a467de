// Merging sparse style declarations, one step of the cascade.
#include <acquis/style.hpp>

namespace acquis {

namespace {

template <class T>
void take(std::optional<T>& into, const std::optional<T>& from) {
  if (from) into = from;
}

}  // namespace

void Style::merge(const Style& over) {
  take(family, over.family);
  take(bold, over.bold);
  take(italic, over.italic);
  take(size, over.size);
  take(leading, over.leading);
  take(color, over.color);
  take(align, over.align);
  take(hyphenate, over.hyphenate);
  take(space_before, over.space_before);
  take(space_after, over.space_after);
  take(indent_left, over.indent_left);
  take(indent_right, over.indent_right);
  take(first_line_indent, over.first_line_indent);
  take(border, over.border);
  take(background, over.background);
  take(padding, over.padding);
  take(valign, over.valign);
  take(keep_with_next, over.keep_with_next);
  take(keep_together, over.keep_together);
}

}  // namespace acquis

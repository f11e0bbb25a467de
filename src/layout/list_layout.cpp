// Bulleted and numbered lists: the marker hangs in the list's left indent, on the baseline of
// the item's first line.
#include "layout/block_layout.hpp"
#include "layout/text_slices.hpp"

namespace acquis {

namespace {

constexpr double kMarkerGap = 5;

Slice marker_slice(const block::List& list, std::size_t index, const ComputedStyle& style,
                   double indent, LayoutContext& ctx) {
  ComputedStyle marker = style;
  marker.align = list.numbered ? Align::Right : Align::Left;
  const std::string text = list.numbered
                               ? std::to_string(list.start + static_cast<int>(index)) + "."
                               : std::string("\u2022");
  const double width = std::max(1.0, indent - kMarkerGap);
  return text_slice({text_run(text)}, marker, width, ctx, list.source);
}

}  // namespace

VList layout_list(const block::List& list, const ComputedStyle& style, double width,
                  LayoutContext& ctx) {
  // The indent was taken by the dispatcher: the items get the width; markers go to its left.
  const double indent = style.indent_left > 0 ? style.indent_left : 18;
  const double marker_x = -indent;
  VList out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const ComputedStyle item_style = ctx.cascade.resolve(style, "list-item", "", {}, width);
    StructScope item_element(ctx, "LI");
    const int label = StructScope(ctx, "Lbl").id();
    VList item;
    {
      StructScope body(ctx, "LBody");
      item = layout_blocks(list.items[i], item_style, width, ctx);
      body.claim(item);
    }
    if (item.empty()) continue;
    Slice marker = marker_slice(list, i, item_style, indent, ctx);
    if (label >= 0) claim(marker.items, *ctx.structure, label);
    Slice& first = item.slices.front();
    const double dy = (first.baseline > 0 ? first.baseline : marker.baseline) - marker.baseline;
    shift_items(marker.items, marker_x, dy);
    // The marker first: it is read before the item.
    first.items.insert(first.items.begin(), std::make_move_iterator(marker.items.begin()),
                       std::make_move_iterator(marker.items.end()));
    if (i > 0) first.space_before = std::max(first.space_before, item_style.space_after);
    out.append(std::move(item));
  }
  return out;
}

}  // namespace acquis

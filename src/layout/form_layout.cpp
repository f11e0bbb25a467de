// Form-like elements: checkboxes, rating scales, ruled lines to write on, framed fields.
#include "layout/block_layout.hpp"
#include "layout/form_parts.hpp"
#include "layout/text_slices.hpp"

#include <algorithm>

namespace acquis {

namespace {

VList single(Slice slice) {
  VList out;
  out.slices.push_back(std::move(slice));
  return out;
}

}  // namespace

// What a screen reader says for a box, in the document's language (words, not the ☒ and ☐
// symbols readers name inconsistently).
std::string state_words(const std::string& locale, bool checked) {
  if (locale.starts_with("en")) return checked ? "checked " : "not checked ";
  return checked ? "coché " : "non coché ";
}

// The box comes first in the slice, so that it is read before its label; its state is read as
// words, never left to the drawing alone.
void draw_checkbox(Slice& slice, double x, double top, double size, bool checked,
                   const ComputedStyle& style, LayoutContext& ctx) {
  StructScope state(ctx, "Span");
  if (StructElement* element = state.element()) {
    element->actual_text = state_words(ctx.locale, checked);
    element->marked_only = true;
  }
  const double stroke = std::max(0.6, size / 14);
  std::vector<FrameItem> box;
  box.emplace_back(FrameRect{{x, top, size, size}, stroke, style.color, true, {1, 1, 1}});
  if (checked) {
    FramePath tick;
    tick.points = {{x + size * 0.2, top + size * 0.55},
                   {x + size * 0.42, top + size * 0.78},
                   {x + size * 0.82, top + size * 0.22}};
    tick.stroke_width = stroke * 1.8;
    tick.stroke = style.color;
    box.emplace_back(std::move(tick));
  }
  for (FrameItem& item : box)
    std::visit([&](auto& shape) { shape.tag = state.open() ? state.id() : kUnclaimed; }, item);
  slice.items.insert(slice.items.begin(), std::make_move_iterator(box.begin()),
                     std::make_move_iterator(box.end()));
}

Slice checkbox_slice(const Runs& label, bool checked, const ComputedStyle& style, double width,
                     LayoutContext& ctx, const std::string& source) {
  const double box = style.size * 0.8;
  if (label.empty()) {
    Slice slice;
    slice.height = box;
    const double x = style.align == Align::Center  ? (width - box) / 2
                     : style.align == Align::Right ? width - box
                                                   : 0;
    draw_checkbox(slice, x, 0, box, checked, style, ctx);
    return slice;
  }
  const double gap = style.size * 0.6;
  ComputedStyle label_style = style;
  if (label_style.align == Align::Center || label_style.align == Align::Right)
    label_style.align = Align::Left;
  Slice slice = text_slice(label, label_style, std::max(1.0, width - box - gap), ctx, source);
  shift_items(slice.items, box + gap, 0);
  const double top = std::max(0.0, slice.baseline - style.size * 0.36 - box / 2);
  draw_checkbox(slice, 0, top, box, checked, style, ctx);
  slice.height = std::max(slice.height, top + box);
  return slice;
}

VList layout_checkbox(const block::Checkbox& box, const ComputedStyle& style, double width,
                      LayoutContext& ctx) {
  return single(checkbox_slice(box.label, box.checked, style, width, ctx, box.source));
}

// Equal columns, one labelled box in each.
VList layout_rating_scale(const block::RatingScale& scale, const ComputedStyle& style, double width,
                          LayoutContext& ctx) {
  Slice row;
  if (scale.labels.empty()) return {};
  const double column = width / static_cast<double>(scale.labels.size());
  for (std::size_t i = 0; i < scale.labels.size(); ++i) {
    Slice option =
        checkbox_slice({text_run(scale.labels[i])}, static_cast<int>(i) == scale.selected, style,
                       column - 6, ctx, scale.source);
    shift_items(option.items, column * static_cast<double>(i), 0);
    for (FrameItem& item : option.items) row.items.push_back(std::move(item));
    row.height = std::max(row.height, option.height);
    if (row.baseline == 0) row.baseline = option.baseline;
  }
  return single(std::move(row));
}

// The label, then one ruled line per `spacing`; the lines stay with each other.
VList layout_write_in(const block::WriteIn& write_in, const ComputedStyle& style, double width,
                      LayoutContext& ctx) {
  VList out;
  if (!write_in.label.empty())
    out.slices.push_back(text_slice(write_in.label, style, width, ctx, write_in.source));
  const double spacing = write_in.spacing.to_pt(style.size);
  const double stroke = style.border_width > 0 ? style.border_width : 0.5;
  for (int i = 0; i < write_in.lines; ++i) {
    Slice line;
    line.height = spacing;
    line.break_before = i == 0 && out.empty();
    line.items.emplace_back(FrameLine{0, spacing, width, spacing, stroke, style.border_color});
    out.slices.push_back(std::move(line));
  }
  return out;
}

VList layout_field(const block::Field& field, const ComputedStyle& style, double width,
                   LayoutContext& ctx) {
  const double height = field.height.to_pt(ctx.page_room);
  if (height > ctx.page_room) {
    ctx.diags.error("field-overflow", {}, field.source);
    return {};
  }
  Slice slice;
  slice.height = height;
  const double stroke = std::max(style.border_width, 0.25);
  slice.items.emplace_back(FrameRect{{stroke / 2, stroke / 2, width - stroke, height - stroke},
                                     stroke,
                                     style.border_color,
                                     style.background.has_value(),
                                     style.background.value_or(Color{1, 1, 1})});
  if (!field.label.empty()) {
    const ComputedStyle label = ctx.cascade.resolve(style, "field-label", "", {}, width);
    Slice text = text_slice(field.label, label, width - 8, ctx, field.source);
    if (text.height + 4 > height) ctx.diags.error("field-label-overflow", {}, field.source);
    shift_items(text.items, 4, 3);
    for (FrameItem& item : text.items) slice.items.push_back(std::move(item));
  }
  return single(std::move(slice));
}

}  // namespace acquis

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

// A field of a fillable form over `rect`, in its own Form element (read with its
// description, the field's /TU).
FrameWidget form_widget(const block::FormField& field, FrameWidget::Kind kind, const Rect& rect,
                        const ComputedStyle& style, LayoutContext& ctx) {
  FrameWidget widget;
  widget.kind = kind;
  widget.rect = rect;
  widget.name = field.name;
  widget.description = field.description;
  widget.option = field.option.empty() ? "Oui" : field.option;
  widget.option_label = field.label;
  widget.value = field.value;
  widget.date = field.date;
  widget.face = ctx.text.fonts.face({style.family, false, false});
  widget.size = static_cast<float>(std::min(style.size, 10.0));
  widget.color = style.color;
  StructScope form(ctx, "Form");
  widget.tag = form.open() ? form.id() : kUnclaimed;
  return widget;
}

// The box comes first in the slice, so that it is read before its label; its state is read as
// words, never left to the drawing alone. In a fillable form the box is printed empty and the
// field over it shows the tick, read as the field's state.
void draw_checkbox(Slice& slice, double x, double top, double size, bool checked,
                   const ComputedStyle& style, LayoutContext& ctx, const block::FormField& field) {
  const bool fillable = !field.name.empty();
  StructScope state(ctx, fillable ? "" : "Span");
  if (StructElement* element = state.element()) {
    element->actual_text = state_words(ctx.locale, checked);
    element->marked_only = true;
  }
  const double stroke = std::max(0.6, size / 14);
  std::vector<FrameItem> box;
  box.emplace_back(FrameRect{{x, top, size, size}, stroke, style.color, true, {1, 1, 1}});
  if (checked && !fillable) {
    FramePath tick;
    tick.points = {{x + size * 0.2, top + size * 0.55},
                   {x + size * 0.42, top + size * 0.78},
                   {x + size * 0.82, top + size * 0.22}};
    tick.stroke_width = stroke * 1.8;
    tick.stroke = style.color;
    box.emplace_back(std::move(tick));
  }
  const int tag = fillable ? kArtifact : state.open() ? state.id() : kUnclaimed;
  for (FrameItem& item : box) std::visit([&](auto& shape) { shape.tag = tag; }, item);
  if (fillable) {
    const auto kind = field.option.empty() ? FrameWidget::Kind::Checkbox : FrameWidget::Kind::Radio;
    box.emplace_back(form_widget(field, kind, {x, top, size, size}, style, ctx));
    std::get<FrameWidget>(box.back()).checked = checked;
  }
  slice.items.insert(slice.items.begin(), std::make_move_iterator(box.begin()),
                     std::make_move_iterator(box.end()));
}

Slice checkbox_slice(const Runs& label, bool checked, const ComputedStyle& style, double width,
                     LayoutContext& ctx, const std::string& source, const block::FormField& field) {
  const double box = style.size * 0.8;
  if (label.empty()) {
    Slice slice;
    slice.height = box;
    const double x = style.align == Align::Center  ? (width - box) / 2
                     : style.align == Align::Right ? width - box
                                                   : 0;
    draw_checkbox(slice, x, 0, box, checked, style, ctx, field);
    return slice;
  }
  const double gap = style.size * 0.6;
  ComputedStyle label_style = style;
  if (label_style.align == Align::Center || label_style.align == Align::Right)
    label_style.align = Align::Left;
  Slice slice = text_slice(label, label_style, std::max(1.0, width - box - gap), ctx, source);
  shift_items(slice.items, box + gap, 0);
  const double top = std::max(0.0, slice.baseline - style.size * 0.36 - box / 2);
  draw_checkbox(slice, 0, top, box, checked, style, ctx, field);
  slice.height = std::max(slice.height, top + box);
  return slice;
}

VList layout_checkbox(const block::Checkbox& box, const ComputedStyle& style, double width,
                      LayoutContext& ctx) {
  return single(checkbox_slice(box.label, box.checked, style, width, ctx, box.source, box.field));
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
  const bool fillable = !write_in.field.name.empty();
  for (int i = 0; i < write_in.lines; ++i) {
    Slice line;
    line.height = spacing;
    line.break_before = i == 0 && out.empty();
    if (!fillable)
      line.items.emplace_back(FrameLine{0, spacing, width, spacing, stroke, style.border_color});
    out.slices.push_back(std::move(line));
  }
  // One field over all the lines, which then stay on one page, in a frame: typed lines cannot
  // follow ruled ones.
  if (fillable && write_in.lines > 0) {
    Slice& first = out.slices[out.slices.size() - static_cast<std::size_t>(write_in.lines)];
    const double height = spacing * write_in.lines;
    first.items.emplace_back(FrameRect{{stroke / 2, stroke / 2, width - stroke, height - stroke},
                                       stroke,
                                       style.border_color,
                                       false,
                                       {}});
    first.items.push_back(
        form_widget(write_in.field, FrameWidget::Kind::Text, {0, 0, width, height}, style, ctx));
    std::get<FrameWidget>(first.items.back()).multiline = write_in.lines > 1;
    for (std::size_t i = out.slices.size() - static_cast<std::size_t>(write_in.lines) + 1;
         i < out.slices.size(); ++i)
      out.slices[i].break_before = false;
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
  if (field.framed)
    slice.items.emplace_back(FrameRect{{stroke / 2, stroke / 2, width - stroke, height - stroke},
                                       stroke,
                                       style.border_color,
                                       style.background.has_value(),
                                       style.background.value_or(Color{1, 1, 1})});
  double label_bottom = 0;
  if (!field.label.empty()) {
    const ComputedStyle label = ctx.cascade.resolve(style, "field-label", "", {}, width);
    Slice text = text_slice(field.label, label, width - 8, ctx, field.source);
    if (text.height + 4 > height) ctx.diags.error("field-label-overflow", {}, field.source);
    shift_items(text.items, 4, 3);
    label_bottom = text.height + 3;
    for (FrameItem& item : text.items) slice.items.push_back(std::move(item));
  }
  // The text typed goes under the label, inside the frame.
  if (!field.field.name.empty()) {
    const double inset = field.framed ? 2 : 0;
    const Rect area{inset, label_bottom + inset, width - 2 * inset,
                    height - label_bottom - 2 * inset};
    if (area.height > 4) {
      slice.items.push_back(form_widget(field.field, FrameWidget::Kind::Text, area, style, ctx));
      std::get<FrameWidget>(slice.items.back()).multiline = area.height > 2.6 * style.size;
    }
  }
  return single(std::move(slice));
}

}  // namespace acquis

// Boxes (border, background, padding around blocks), rules and images.
#include "layout/block_layout.hpp"
#include "layout/image_size.hpp"

#include <algorithm>
#include <cmath>

namespace acquis {

namespace {

double whole_points(double value) {
  return std::round(value);
}

// A piece of a box: its part of the content inside the frame. A box taller than a page is cut
// into pieces, each drawn with its own frame.
Slice framed(VList&& content, const ComputedStyle& style, double width) {
  const double inset = style.padding + style.border_width;
  Slice inner = flatten(std::move(content));
  Slice slice;
  slice.height = inner.height + 2 * inset;
  slice.baseline = inner.baseline > 0 ? inner.baseline + inset : 0;
  if (style.background || style.border_width > 0) {
    const double half = style.border_width / 2;
    slice.items.emplace_back(FrameRect{{half, half, width - 2 * half, slice.height - 2 * half},
                                       style.border_width,
                                       style.border_color,
                                       style.background.has_value(),
                                       style.background.value_or(Color{1, 1, 1})});
  }
  shift_items(inner.items, inset, inset);
  for (FrameItem& item : inner.items) slice.items.push_back(std::move(item));
  for (OutlineEntry entry : inner.outline) {
    entry.y += inset;
    slice.outline.push_back(std::move(entry));
  }
  return slice;
}

}  // namespace

VList layout_box(const block::Box& box, const ComputedStyle& style, double width,
                 LayoutContext& ctx) {
  const double inset = style.padding + style.border_width;
  VList content = layout_blocks(box.content, style, std::max(0.0, width - 2 * inset), ctx);
  VList out;
  if (content.empty()) return out;
  const double limit = ctx.page_room - 2 * inset;
  if (content.natural_height() > limit) ctx.diags.warning("box-split", {}, box.source);
  for (VList& piece : split_to_height(std::move(content), limit))
    out.slices.push_back(framed(std::move(piece), style, width));
  return out;
}

VList layout_rule(const block::Rule& rule, const ComputedStyle& style, double width,
                  LayoutContext&) {
  Slice slice;
  const double thickness = rule.thickness.to_pt(0);
  slice.height = thickness;
  slice.items.emplace_back(
      FrameLine{0, thickness / 2, width, thickness / 2, thickness, style.color});
  VList out;
  out.slices.push_back(std::move(slice));
  return out;
}

VList layout_image(const block::Image& image, const ComputedStyle& style, double width,
                   LayoutContext& ctx) {
  VList out;
  const std::optional<PixelSize> pixels = usable_image(image.path, image.source, ctx.diags);
  if (!pixels) return out;
  const double ratio = static_cast<double>(pixels->height) / pixels->width;
  double w = image.width ? image.width->to_pt(width) : pixels->width * 72.0 / 150.0;
  double h = image.height ? image.height->to_pt(ctx.page_room) : w * ratio;
  if (image.height && !image.width) w = h / ratio;
  if (w > width + 0.01 || h > ctx.page_room + 0.01) {
    ctx.diags.error("image-overflow",
                    {{"path", image.path},
                     {"width", whole_points(w)},
                     {"height", whole_points(h)},
                     {"room_width", whole_points(width)},
                     {"room_height", whole_points(ctx.page_room)}},
                    image.source);
    return out;
  }
  const double x = style.align == Align::Center  ? (width - w) / 2
                   : style.align == Align::Right ? width - w
                                                 : 0;
  Slice slice;
  slice.height = h;
  // Without an alternative the image is a decoration: no reader announces it.
  slice.items.emplace_back(
      FrameImage{{x, 0, w, h}, image.path, image.alt.empty() ? kArtifact : kUnclaimed});
  out.slices.push_back(std::move(slice));
  return out;
}

}  // namespace acquis

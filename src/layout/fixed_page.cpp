// Fixed pages: every item at the position the caller gave.
#include "layout/fixed_page.hpp"

#include "core/utf8.hpp"

#include "layout/image_size.hpp"

#include "layout/block_layout.hpp"
#include "layout/place.hpp"
#include "layout/slices.hpp"

#include <cmath>

namespace acquis {

namespace {

struct ItemPlacer {
  LayoutContext& ctx;
  PageFrame& page;

  void operator()(const TextBox& box) const {
    const LaidParagraph laid = layout_paragraph(box.paragraph, box.box.width, ctx.text, ctx.diags);
    if (laid.lines.empty()) return;
    if (laid.height() > box.box.height + 0.01) {
      const std::string source = box.paragraph.spans.empty() ? "" : box.paragraph.spans[0].source;
      const std::string fields = data_field_list(box.paragraph);
      if (!fields.empty())  // text from the data (a name): not quoted
        ctx.diags.error("text-box-overflow-data",
                        {{"fields", fields},
                         {"needed", std::floor(laid.height())},
                         {"height", std::floor(box.box.height)}},
                        source);
      else
        ctx.diags.error("text-box-overflow",
                        {{"text", utf8::shortened(plain_text(box.paragraph), 60)},
                         {"needed", std::floor(laid.height())},
                         {"height", std::floor(box.box.height)}},
                        source);
      return;
    }
    PageFrame lines;
    place_lines(laid, 0, laid.lines.size(), box.box.x, box.box.y + laid.ascent, lines);
    StructScope paragraph(ctx, "P");
    paragraph.claim(lines.items);
    append(lines.items);
  }
  void operator()(const LineItem& line) const {
    page.items.emplace_back(FrameLine{line.x1, line.y1, line.x2, line.y2, line.width, line.color});
  }
  void operator()(const BoxItem& box) const {
    page.items.emplace_back(
        FrameRect{box.rect, box.stroke_width, box.stroke, box.filled, box.fill});
  }
  void operator()(const ImageItem& image) const {
    if (!usable_image(image.path, image.path, ctx.diags)) return;
    StructScope figure(ctx, image.alt.empty() ? "" : "Figure");
    if (StructElement* element = figure.element()) element->alt = image.alt;
    page.items.emplace_back(
        FrameImage{image.rect, image.path, figure.open() ? figure.id() : kArtifact});
  }
  void operator()(const LinkItem& link) const {
    std::vector<FrameItem> area{FrameLink{link.rect, link.uri}};
    StructScope paragraph(ctx, "P");
    paragraph.claim(area);
    append(area);
  }
  void operator()(const BlockItem& item) const {
    ctx.page_room = item.box.height;
    const ComputedStyle style = ctx.cascade.resolve(ctx.cascade.root(), "", item, item.box.width);
    Slice slice = flatten(layout_blocks(item.blocks, style, item.box.width, ctx));
    if (slice.height > item.box.height + 0.01) {
      ctx.diags.error(
          "box-overflow",
          {{"needed", std::floor(slice.height)}, {"height", std::floor(item.box.height)}},
          item.source);
      return;
    }
    const double room = item.box.height - slice.height;
    const double top = item.box.y + (style.valign == VAlign::Middle   ? room / 2
                                     : style.valign == VAlign::Bottom ? room
                                                                      : 0);
    shift_items(slice.items, item.box.x, top);
    append(slice.items);
  }

  void append(std::vector<FrameItem>& items) const {
    page.items.insert(page.items.end(), std::make_move_iterator(items.begin()),
                      std::make_move_iterator(items.end()));
  }
};

bool inside_page(const Rect& r, const PageSize& size) {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width + 0.01 &&
         r.y + r.height <= size.height + 0.01;
}

Rect bounds(const PageItem& item) {
  if (const auto* t = std::get_if<TextBox>(&item)) return t->box;
  if (const auto* l = std::get_if<LineItem>(&item))
    return {std::min(l->x1, l->x2), std::min(l->y1, l->y2), std::abs(l->x2 - l->x1),
            std::abs(l->y2 - l->y1)};
  if (const auto* b = std::get_if<BoxItem>(&item)) return b->rect;
  if (const auto* i = std::get_if<ImageItem>(&item)) return i->rect;
  if (const auto* b = std::get_if<BlockItem>(&item)) return b->box;
  return std::get<LinkItem>(item).rect;
}

}  // namespace

PageFrame layout_fixed_page(const FixedPage& fixed, LayoutContext& ctx) {
  PageFrame page{fixed.size.width, fixed.size.height, {}, {}};
  for (std::size_t i = 0; i < fixed.items.size(); ++i) {
    if (!inside_page(bounds(fixed.items[i]), fixed.size)) {
      ctx.diags.error("item-off-page", {{"item", static_cast<double>(i + 1)}});
      continue;
    }
    std::visit(ItemPlacer{ctx, page}, fixed.items[i]);
  }
  return page;
}

}  // namespace acquis

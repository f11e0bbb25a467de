#include "layout/section_layout.hpp"

#include "layout/block_layout.hpp"
#include "layout/paginate.hpp"

#include <algorithm>
#include <cmath>

namespace acquis {

namespace {

constexpr double kOnePageFormFill = 0.5;
constexpr double kSpilledFill = 0.25;

struct Body {
  double left, top, width, bottom;
};

Body body_of(const PageTemplate& t) {
  const double left = t.margins.left.to_pt(t.size.width);
  const double right = t.margins.right.to_pt(t.size.width);
  return {left, t.margins.top.to_pt(t.size.height), t.size.width - left - right,
          t.size.height - t.margins.bottom.to_pt(t.size.height)};
}

bool same_width(const Body& a, const Body& b) {
  return std::abs(a.left - b.left) < 0.01 && std::abs(a.width - b.width) < 0.01;
}

void place(const PagePlan& plan, const Body& body, PageFrame& page) {
  for (const PlacedSlice& placed : plan.placed) {
    for (FrameItem item : placed.slice->items) {
      translate(item, body.left, placed.y);
      page.items.push_back(std::move(item));
    }
    if (placed.index == SIZE_MAX) continue;  // a repeated header is not a new outline entry
    for (OutlineEntry entry : placed.slice->outline) {
      entry.y += placed.y;
      page.outline.push_back(std::move(entry));
    }
  }
}

// Share of the text area a page's content takes, from the top of the area.
double filled_share(const PagePlan& plan, const PageArea& area) {
  double bottom = area.top;
  for (const PlacedSlice& placed : plan.placed)
    bottom = std::max(bottom, placed.y + placed.slice->height + placed.slice->depth);
  return (bottom - area.top) / (area.bottom - area.top);
}

// A one-page form using less than half its page, or a longer one whose last page holds less
// than a quarter of a page: a hint for whoever writes the template (space, rows, what to keep
// together), given as a percentage of the page.
void check_page_fill(const std::vector<PagePlan>& plans,
                     const std::function<PageArea(std::size_t)>& area, Diagnostics& diags,
                     const std::string& source) {
  if (plans.empty()) return;
  const double share = filled_share(plans.back(), area(plans.size() - 1));
  const MessageArgs args{{"percent", std::round(share * 100)},
                         {"page", static_cast<double>(plans.size())}};
  if (plans.size() == 1 && share < kOnePageFormFill)
    diags.warning("form-page-empty", args, source);
  else if (plans.size() > 1 && share < kSpilledFill)
    diags.warning("form-page-spill", args, source);
}

}  // namespace

void layout_section(const Section& section, LayoutContext& ctx, std::vector<PageFrame>& pages,
                    std::vector<const PageTemplate*>& templates) {
  const PageTemplate& main = section.page;
  const PageTemplate& first = section.first_page ? *section.first_page : main;
  const Body body = body_of(main), first_body = body_of(first);
  if (!same_width(body, first_body) || body.width <= 0) {
    ctx.diags.error("page-template");
    return;
  }
  ctx.page_room = std::min(body.bottom - body.top, first_body.bottom - first_body.top);
  const VList list = layout_blocks(section.blocks, ctx.cascade.root(), body.width, ctx);
  if (ctx.diags.has_errors()) return;
  const auto area = [&](std::size_t page) {
    const Body& b = page == 0 ? first_body : body;
    return PageArea{b.top, b.bottom};
  };
  const std::vector<PagePlan> plans = paginate(list, area, ctx.diags);
  if (section.form) check_page_fill(plans, area, ctx.diags, section.source);
  for (std::size_t k = 0; k < plans.size(); ++k) {
    const PageTemplate& t = k == 0 ? first : main;
    pages.push_back({t.size.width, t.size.height, {}, {}});
    place(plans[k], body, pages.back());
    templates.push_back(&t);
  }
}

void add_page_regions(PageFrame& page, const PageTemplate& t, LayoutContext& ctx) {
  const Body body = body_of(t);
  const ComputedStyle root = ctx.cascade.root();
  const auto region = [&](const Blocks& blocks, const char* role) {
    return flatten(layout_blocks(blocks, ctx.cascade.resolve(root, role, "", {}, body.width),
                                 body.width, ctx));
  };
  const auto draw = [&](Slice&& slice, double top) {
    for (FrameItem& item : slice.items) {
      translate(item, body.left, top);
      page.items.push_back(std::move(item));
    }
  };
  if (!t.header.empty()) {
    Slice header = region(t.header, "page-header");
    const double top = t.header_top.to_pt(t.size.height);
    if (top + header.height > body.top + 0.01)
      ctx.diags.error("header-overflow");
    else
      draw(std::move(header), top);
  }
  if (!t.footer.empty()) {
    Slice footer = region(t.footer, "page-footer");
    const double top = t.size.height - t.footer_bottom.to_pt(t.size.height) - footer.height;
    if (top < body.bottom - 0.01)
      ctx.diags.error("footer-overflow");
    else
      draw(std::move(footer), top);
  }
}

}  // namespace acquis

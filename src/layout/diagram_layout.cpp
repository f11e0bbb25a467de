// Diagrams: boxes with centred text, and orthogonal connectors ending in arrowheads.
#include "layout/block_layout.hpp"
#include "layout/text_slices.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace acquis {

namespace {

using block::Side;
constexpr double kArrowLength = 6, kArrowHalfWidth = 3;

bool horizontal(Side side) {
  return side == Side::Left || side == Side::Right;
}

Point anchor(const Rect& r, Side side) {
  switch (side) {
    case Side::Left:
      return {r.x, r.y + r.height / 2};
    case Side::Right:
      return {r.x + r.width, r.y + r.height / 2};
    case Side::Top:
      return {r.x + r.width / 2, r.y};
    default:
      return {r.x + r.width / 2, r.y + r.height};
  }
}

// Sides facing each other along the axis where the boxes are furthest apart.
std::pair<Side, Side> auto_sides(const Rect& a, const Rect& b) {
  const double dx = (b.x + b.width / 2) - (a.x + a.width / 2);
  const double dy = (b.y + b.height / 2) - (a.y + a.height / 2);
  if (std::abs(dx) > std::abs(dy))
    return dx > 0 ? std::pair{Side::Right, Side::Left} : std::pair{Side::Left, Side::Right};
  return dy > 0 ? std::pair{Side::Bottom, Side::Top} : std::pair{Side::Top, Side::Bottom};
}

std::vector<Point> route(Point from, Side from_side, Point to, Side to_side) {
  if (from.x == to.x || from.y == to.y) return {from, to};
  if (horizontal(from_side) && horizontal(to_side)) {
    const double mid = (from.x + to.x) / 2;
    return {from, {mid, from.y}, {mid, to.y}, to};
  }
  if (!horizontal(from_side) && !horizontal(to_side)) {
    const double mid = (from.y + to.y) / 2;
    return {from, {from.x, mid}, {to.x, mid}, to};
  }
  if (horizontal(from_side)) return {from, {to.x, from.y}, to};
  return {from, {from.x, to.y}, to};
}

void add_connector(const block::Connector& c, const Rect& a, const Rect& b, Slice& slice) {
  auto [from_side, to_side] = auto_sides(a, b);
  if (c.from_side != Side::Auto) from_side = c.from_side;
  if (c.to_side != Side::Auto) to_side = c.to_side;
  std::vector<Point> points = route(anchor(a, from_side), from_side, anchor(b, to_side), to_side);
  const Point tip = points.back();
  const Point before = points[points.size() - 2];
  const double length = std::hypot(tip.x - before.x, tip.y - before.y);
  const double ux = length > 0 ? (tip.x - before.x) / length : 0;
  const double uy = length > 0 ? (tip.y - before.y) / length : 0;
  if (c.arrow) points.back() = {tip.x - ux * kArrowLength, tip.y - uy * kArrowLength};
  slice.items.emplace_back(FramePath{points, false, c.width, c.color, false, {}});
  if (!c.arrow) return;
  const Point base{tip.x - ux * kArrowLength, tip.y - uy * kArrowLength};
  FramePath head{{tip,
                  {base.x - uy * kArrowHalfWidth, base.y + ux * kArrowHalfWidth},
                  {base.x + uy * kArrowHalfWidth, base.y - ux * kArrowHalfWidth}},
                 true,
                 0,
                 {},
                 true,
                 c.color};
  slice.items.emplace_back(std::move(head));
}

bool draw_node(const block::DiagramNode& node, const ComputedStyle& parent, Slice& slice,
               LayoutContext& ctx, const std::string& source) {
  const ComputedStyle style =
      ctx.cascade.resolve(parent, "diagram-node", node.style_class, node.style, node.box.width);
  slice.items.emplace_back(
      FrameRect{node.box, style.border_width, style.border_color, style.background.has_value(),
                style.background.value_or(Color{1, 1, 1}), node.corner_radius});
  if (node.text.empty()) return true;
  // Text keeps clear of the frame on every side, or the box reads as crowded.
  const double padding = std::max(style.padding, 6.0);
  Slice text = text_slice(node.text, style, node.box.width - 2 * padding, ctx, source);
  if (text.height > node.box.height - 2 * padding) {
    ctx.diags.error("diagram-box-overflow", {{"box", node.id}}, source);
    return false;
  }
  shift_items(text.items, node.box.x + padding, node.box.y + (node.box.height - text.height) / 2);
  for (FrameItem& item : text.items) slice.items.push_back(std::move(item));
  return true;
}

}  // namespace

namespace {

// A box's text as one phrase: its lines joined by commas, a leading step number followed by a
// period ("1. Preparation, Service manager").
std::string box_phrase(const Runs& text) {
  std::string all;
  for (const Run& run : text) all += run.text;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= all.size()) {
    std::size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    std::string line = all.substr(start, end - start);
    line.erase(0, line.find_first_not_of(' '));
    line.erase(line.find_last_not_of(' ') + 1);
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  std::string phrase;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool number = i == 0 && lines[0].find_first_not_of("0123456789") == std::string::npos;
    phrase += lines[i];
    if (i + 1 < lines.size()) phrase += number ? ". " : ", ";
  }
  return phrase;
}

}  // namespace

std::string diagram_alternative(const block::Diagram& diagram) {
  std::string alt = diagram.alt;
  for (const block::DiagramNode& node : diagram.nodes) {
    const std::string phrase = box_phrase(node.text);
    if (phrase.empty()) continue;
    if (!alt.empty()) alt += alt.back() == ':' ? " " : "; ";
    alt += phrase;
  }
  return alt;
}

VList layout_diagram(const block::Diagram& diagram, const ComputedStyle& style, double width,
                     LayoutContext& ctx) {
  if (diagram.width > width + 0.01 || diagram.height > ctx.page_room + 0.01) {
    ctx.diags.error("diagram-overflow",
                    {{"width", std::floor(diagram.width)}, {"height", std::floor(diagram.height)}},
                    diagram.source);
    return {};
  }
  Slice slice;
  slice.height = diagram.height;
  std::map<std::string, Rect, std::less<>> boxes;
  for (const block::DiagramNode& node : diagram.nodes) {
    boxes[node.id] = node.box;
    draw_node(node, style, slice, ctx, diagram.source);
  }
  for (const block::Connector& c : diagram.connectors) {
    const auto from = boxes.find(c.from), to = boxes.find(c.to);
    if (from == boxes.end() || to == boxes.end()) {
      ctx.diags.error("diagram-connector", {{"box", from == boxes.end() ? c.from : c.to}},
                      diagram.source);
      continue;
    }
    add_connector(c, from->second, to->second, slice);
  }
  const double x = style.align == Align::Center ? (width - diagram.width) / 2 : 0;
  shift_items(slice.items, x, 0);
  VList out;
  out.slices.push_back(std::move(slice));
  return out;
}

}  // namespace acquis

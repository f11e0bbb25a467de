#include "layout/block_layout.hpp"

#include <algorithm>
#include <string>

namespace acquis {

namespace {

std::string role_of(const Block& block) {
  struct Role {
    std::string operator()(const block::Paragraph&) const { return "paragraph"; }
    std::string operator()(const block::Heading& h) const {
      return "heading-" + std::to_string(std::clamp(h.level, 1, 6));
    }
    std::string operator()(const block::List&) const { return "list"; }
    std::string operator()(const block::Table&) const { return "table"; }
    std::string operator()(const block::Image&) const { return "image"; }
    std::string operator()(const block::Box&) const { return "box"; }
    std::string operator()(const block::Rule&) const { return "rule"; }
    std::string operator()(const block::Spacer&) const { return "spacer"; }
    std::string operator()(const block::PageBreak&) const { return "page-break"; }
    std::string operator()(const block::Checkbox&) const { return "checkbox"; }
    std::string operator()(const block::RatingScale&) const { return "rating-scale"; }
    std::string operator()(const block::WriteIn&) const { return "write-in"; }
    std::string operator()(const block::Field&) const { return "field"; }
    std::string operator()(const block::Signatures&) const { return "signatures"; }
    std::string operator()(const block::Diagram&) const { return "diagram"; }
  };
  return std::visit(Role{}, block.node);
}

// The structure element a block opens; none for a frame, a rule or a decorative image, whose
// content (if any) belongs to the enclosing element.
struct StructureRole {
  LayoutContext& ctx;
  std::string operator()(const block::Paragraph&) const { return "P"; }
  std::string operator()(const block::Heading& h) const {
    return "H" + std::to_string(heading_level(h.level));
  }
  std::string operator()(const block::List&) const { return "L"; }
  std::string operator()(const block::Table& table) const {
    return table.layout_only ? "" : "Table";
  }
  std::string operator()(const block::Image& image) const {
    return image.alt.empty() ? "" : "Figure";
  }
  std::string operator()(const block::Diagram&) const { return "Figure"; }
  std::string operator()(const block::Box&) const { return ""; }
  std::string operator()(const block::Rule&) const { return ""; }
  std::string operator()(const block::Spacer&) const { return ""; }
  std::string operator()(const block::PageBreak&) const { return ""; }
  template <class Form>
  std::string operator()(const Form&) const {  // checkbox, scale, lines, field, signatures
    return "P";
  }

  // Headings read as a ladder without missing rungs (H1, then H2 under it…): levels are
  // counted from the first heading, and a level deeper than the one before plus one is
  // brought up to it.
  int heading_level(int level) const {
    if (ctx.heading_shift < 0) ctx.heading_shift = std::max(0, level - 1);
    const int shifted = std::clamp(level - ctx.heading_shift, 1, 6);
    ctx.heading_level = std::min(shifted, ctx.heading_level + 1);
    return ctx.heading_level;
  }
};

// A cell or a list item holding a single paragraph holds its text itself: one element less per
// cell (a booklet has hundreds), and a reader says the same.
std::string structure_role(const Block& block, bool alone, LayoutContext& ctx) {
  if (!ctx.structure) return "";
  std::string role = std::visit(StructureRole{ctx}, block.node);
  if (role == "P" && alone) {
    const std::string& container = (*ctx.structure)[ctx.element].role;
    if (container == "TD" || container == "TH" || container == "LBody") role.clear();
  }
  return role;
}

void describe(StructElement& element, const Block& block) {
  if (const auto* image = std::get_if<block::Image>(&block.node))
    element.alt = image->alt;
  else if (const auto* diagram = std::get_if<block::Diagram>(&block.node))
    element.alt = diagram_alternative(*diagram);
}

const BlockBase& base_of(const Block& block) {
  return std::visit([](const auto& b) -> const BlockBase& { return b; }, block.node);
}

struct KindLayout {
  const ComputedStyle& style;
  double width;
  LayoutContext& ctx;
  VList operator()(const block::Paragraph& b) const {
    return layout_paragraph_block(b, style, width, ctx);
  }
  VList operator()(const block::Heading& b) const { return layout_heading(b, style, width, ctx); }
  VList operator()(const block::List& b) const { return layout_list(b, style, width, ctx); }
  VList operator()(const block::Table& b) const { return layout_table(b, style, width, ctx); }
  VList operator()(const block::Image& b) const { return layout_image(b, style, width, ctx); }
  VList operator()(const block::Box& b) const { return layout_box(b, style, width, ctx); }
  VList operator()(const block::Rule& b) const { return layout_rule(b, style, width, ctx); }
  VList operator()(const block::Spacer&) const { return {}; }
  VList operator()(const block::PageBreak&) const { return {}; }
  VList operator()(const block::Checkbox& b) const { return layout_checkbox(b, style, width, ctx); }
  VList operator()(const block::RatingScale& b) const {
    return layout_rating_scale(b, style, width, ctx);
  }
  VList operator()(const block::WriteIn& b) const { return layout_write_in(b, style, width, ctx); }
  VList operator()(const block::Field& b) const { return layout_field(b, style, width, ctx); }
  VList operator()(const block::Signatures& b) const {
    return layout_signatures(b, style, width, ctx);
  }
  VList operator()(const block::Diagram& b) const { return layout_diagram(b, style, width, ctx); }
};

// What a block asks of the block that follows it.
struct Carry {
  double extra_space = 0;  // spacers add up
  bool force_break = false;
  bool keep_with_previous = false;
};

void join(VList& out, VList&& piece, const ComputedStyle& style, Carry& carry) {
  if (piece.empty()) return;
  if (style.keep_together) piece.keep_together();
  Slice& first = piece.slices.front();
  first.space_before = std::max(first.space_before, style.space_before) + carry.extra_space;
  first.force_break_before = first.force_break_before || carry.force_break;
  if (carry.keep_with_previous) first.break_before = false;
  piece.pending_space = std::max(piece.pending_space, style.space_after);
  out.append(std::move(piece), style.indent_left);
  carry = {0, false, style.keep_with_next};
}

}  // namespace

VList layout_blocks(const Blocks& blocks, const ComputedStyle& parent, double width,
                    LayoutContext& ctx) {
  VList out;
  // Content built in C++ may nest without end: stopped before the stack is.
  constexpr int kMaxDepth = 100;
  if (ctx.depth >= kMaxDepth) {
    if (!blocks.empty())
      ctx.diags.error("layout-too-deep", {{"max", double{kMaxDepth}}},
                      base_of(blocks.front()).source);
    return out;
  }
  const struct Deeper {
    LayoutContext& ctx;
    explicit Deeper(LayoutContext& c) : ctx(c) { ++ctx.depth; }
    ~Deeper() { --ctx.depth; }
  } deeper(ctx);
  Carry carry;
  for (const Block& block : blocks) {
    if (std::holds_alternative<block::PageBreak>(block.node)) {
      carry.force_break = true;
      continue;
    }
    const ComputedStyle style = ctx.cascade.resolve(parent, role_of(block), base_of(block), width);
    if (const auto* spacer = std::get_if<block::Spacer>(&block.node)) {
      carry.extra_space += spacer->height.to_pt(ctx.page_room);
      continue;
    }
    const double inner = std::max(0.0, width - style.indent_left - style.indent_right);
    StructScope scope(ctx, structure_role(block, blocks.size() == 1, ctx));
    if (scope.open()) describe(*scope.element(), block);
    VList piece = std::visit(KindLayout{style, inner, ctx}, block.node);
    scope.claim(piece);
    join(out, std::move(piece), style, carry);
  }
  if (carry.extra_space > 0) {  // a trailing spacer keeps its room (a blank table cell)
    Slice strut;
    strut.height = carry.extra_space;
    VList tail;
    tail.slices.push_back(std::move(strut));
    out.append(std::move(tail));
  }
  return out;
}

}  // namespace acquis

// Flows: blocks stacked within the margins, from page to page.
#include "flow/flow.hpp"

#include "flow/place.hpp"

#include <algorithm>

namespace acquis {

namespace {

constexpr std::size_t kMinLinesAtBreak = 2;  // no orphan, no widow

struct LaidBlock {
  LaidParagraph laid;
  const Heading* heading = nullptr;
  double space_before = 0, space_after = 0;
};

class FlowLayouter {
 public:
  FlowLayouter(const Flow& flow, std::vector<PageFrame>& pages)
      : flow_(flow), pages_(pages), bottom_(flow.size.height - flow.margins.bottom) {}

  void run(const std::vector<LaidBlock>& blocks) {
    new_page();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const LaidBlock& block = blocks[i];
      if (!at_top_) cursor_ += block.space_before;
      if (block.heading && !at_top_ && !fits(heading_with_next(blocks, i))) new_page();
      place(block);
      if (block.heading) add_outline(*block.heading, block.laid);
      cursor_ += block.space_after;
    }
  }

 private:
  void new_page() {
    pages_.push_back({flow_.size.width, flow_.size.height, {}, {}});
    cursor_ = flow_.margins.top;
    at_top_ = true;
  }

  bool fits(double height) const { return cursor_ + height <= bottom_ + 0.01; }

  // A heading needs room for itself and the first lines of what follows it.
  double heading_with_next(const std::vector<LaidBlock>& blocks, std::size_t i) const {
    double height = blocks[i].laid.height() + blocks[i].space_after;
    if (i + 1 < blocks.size())
      height += lines_height(blocks[i + 1].laid,
                             std::min(kMinLinesAtBreak, blocks[i + 1].laid.lines.size()));
    return height;
  }

  static double lines_height(const LaidParagraph& p, std::size_t lines) {
    return lines == 0 ? 0 : p.ascent + p.leading * static_cast<double>(lines - 1) + p.descent;
  }

  std::size_t lines_that_fit(const LaidParagraph& p, std::size_t remaining) const {
    std::size_t count = 0;
    while (count < remaining && fits(lines_height(p, count + 1))) ++count;
    return count;
  }

  void place(const LaidBlock& block) {
    const LaidParagraph& p = block.laid;
    std::size_t start = 0;
    while (start < p.lines.size()) {
      const std::size_t remaining = p.lines.size() - start;
      std::size_t take = lines_for_this_page(p, remaining, start == 0);
      if (take == 0) {
        new_page();  // a fresh page always takes at least one line
        take = std::max<std::size_t>(1, lines_for_this_page(p, remaining, true));
      }
      place_lines(p, start, start + take, flow_.margins.left, cursor_ + p.ascent, pages_.back());
      cursor_ += lines_height(p, take);
      at_top_ = false;
      start += take;
      if (start < p.lines.size()) new_page();
    }
  }

  // How many of the remaining lines go on this page: as many as fit, less what it takes for
  // neither side of the break to keep a lone line (0: move the paragraph on).
  std::size_t lines_for_this_page(const LaidParagraph& p, std::size_t remaining,
                                  bool first_part) const {
    std::size_t take = lines_that_fit(p, remaining);
    if (take == remaining) return take;
    if (remaining - take < kMinLinesAtBreak)
      take = remaining > kMinLinesAtBreak ? remaining - kMinLinesAtBreak : 0;
    if (first_part && take < kMinLinesAtBreak) take = 0;
    return take;
  }

  void add_outline(const Heading& heading, const LaidParagraph& laid) {
    const double top = cursor_ - laid.height();
    pages_.back().outline.push_back({heading.level, plain_text(heading.paragraph), top});
  }

  const Flow& flow_;
  std::vector<PageFrame>& pages_;
  double bottom_;
  double cursor_ = 0;
  bool at_top_ = true;
};

}  // namespace

void layout_flow(const Flow& flow, const FontLibrary& fonts, std::vector<PageFrame>& pages,
                 Diagnostics& diags) {
  const double width = flow.size.width - flow.margins.left - flow.margins.right;
  std::vector<LaidBlock> blocks;
  for (const FlowBlock& block : flow.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block))
      blocks.push_back({layout_paragraph(heading->paragraph, width, fonts, diags), heading,
                        heading->space_before, heading->space_after});
    else {
      const auto& paragraph = std::get<FlowParagraph>(block);
      blocks.push_back({layout_paragraph(paragraph.paragraph, width, fonts, diags), nullptr, 0,
                        paragraph.space_after});
    }
  }
  if (diags.has_errors()) return;
  FlowLayouter(flow, pages).run(blocks);
}

}  // namespace acquis

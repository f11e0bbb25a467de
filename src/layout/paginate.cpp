#include "layout/paginate.hpp"

#include <cmath>
#include <cstdint>

namespace acquis {

namespace {

constexpr double kEpsilon = 0.01;

class PageBreaker {
 public:
  PageBreaker(const VList& list, const std::function<PageArea(std::size_t)>& area,
              Diagnostics& diags)
      : list_(list), area_(area), diags_(diags) {}

  std::vector<PagePlan> run() {
    start_page(0);
    std::size_t i = 0;
    while (i < list_.slices.size()) i = step(i);
    return std::move(pages_);
  }

 private:
  // Places slice `i` or breaks the page; returns the next slice to consider.
  std::size_t step(std::size_t i) {
    const Slice& slice = list_.slices[i];
    if (slice.force_break_before && !at_top_) return start_page(i);
    const Slice* header = at_top_ && slice.repeat_header >= 0
                              ? &list_.headers[static_cast<std::size_t>(slice.repeat_header)]
                              : nullptr;
    const double gap = at_top_ ? 0 : slice.space_before;
    const double top = cursor_ + gap + (header ? header->height : 0);
    if (top + slice.height + slice.depth <= bottom_ + kEpsilon) {
      if (header) pages_.back().placed.push_back({header, cursor_, SIZE_MAX});
      pages_.back().placed.push_back({&slice, top, i});
      cursor_ = top + slice.height;
      at_top_ = false;
      return i + 1;
    }
    if (at_top_) {  // taller than a page: layout cuts what it can, so this is content too tall
      diags_.error("page-overflow", {{"height", std::floor(slice.height)}});
      return i + 1;
    }
    return start_page(break_point(i));
  }

  // The last slice of this page before which a page may end; `i` itself when the whole page is
  // held together (the rule cannot be kept, the page ends where it is full).
  std::size_t break_point(std::size_t i) const {
    std::size_t j = i;
    while (j > page_first_ && !list_.slices[j].break_before) --j;
    return j == page_first_ ? i : j;
  }

  std::size_t start_page(std::size_t first) {
    if (!pages_.empty()) {
      auto& placed = pages_.back().placed;
      while (!placed.empty() && placed.back().index != SIZE_MAX && placed.back().index >= first)
        placed.pop_back();
    }
    pages_.emplace_back();
    const PageArea area = area_(pages_.size() - 1);
    cursor_ = area.top;
    bottom_ = area.bottom;
    page_first_ = first;
    at_top_ = true;
    return first;
  }

  const VList& list_;
  const std::function<PageArea(std::size_t)>& area_;
  Diagnostics& diags_;
  std::vector<PagePlan> pages_;
  std::size_t page_first_ = 0;
  double cursor_ = 0, bottom_ = 0;
  bool at_top_ = true;
};

}  // namespace

std::vector<PagePlan> paginate(const VList& list, const std::function<PageArea(std::size_t)>& area,
                               Diagnostics& diags) {
  return PageBreaker(list, area, diags).run();
}

}  // namespace acquis

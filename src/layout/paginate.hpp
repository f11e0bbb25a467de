// The page breaker: slices → pages. Greedy, with backtracking to the last place a page may end
// (TeX's page builder without its cost function): a slice that does not fit sends itself and the
// slices it must stay with to the next page. Table headers are drawn again above a slice that
// opens a page within their table. Internal to layout/.
#pragma once

#include "core/diagnostics.hpp"
#include "layout/slices.hpp"

#include <functional>
#include <string>
#include <vector>

namespace acquis {

struct PageArea {
  double top, bottom;  // of the text area, from the top of the page
};

struct PlacedSlice {
  const Slice* slice;
  double y;           // top of the slice on the page
  std::size_t index;  // in the list; SIZE_MAX for a repeated header
};

struct PagePlan {
  std::vector<PlacedSlice> placed;
};

std::vector<PagePlan> paginate(const VList& list,
                               const std::function<PageArea(std::size_t page)>& area,
                               Diagnostics& diags);

}  // namespace acquis

#include "layout/slices.hpp"

#include <algorithm>

namespace acquis {

double VList::natural_height() const {
  double height = 0;
  for (std::size_t i = 0; i < slices.size(); ++i)
    height += (i > 0 ? slices[i].space_before : 0) + slices[i].height;
  return slices.empty() ? 0 : height + slices.back().depth;
}

void VList::append(VList&& other, double dx) {
  if (other.slices.empty()) {
    pending_space = std::max(pending_space, other.pending_space);
    return;
  }
  const int header_offset = static_cast<int>(headers.size());
  for (Slice& header : other.headers) {
    shift_items(header.items, dx, 0);
    headers.push_back(std::move(header));
  }
  Slice& first = other.slices.front();
  first.space_before = std::max(first.space_before, pending_space);
  for (Slice& slice : other.slices) {
    shift_items(slice.items, dx, 0);
    if (slice.repeat_header >= 0) slice.repeat_header += header_offset;
    slices.push_back(std::move(slice));
  }
  pending_space = other.pending_space;
}

void VList::keep_together() {
  for (std::size_t i = 1; i < slices.size(); ++i) slices[i].break_before = false;
}

Slice flatten(VList&& list) {
  Slice out;
  double y = 0;
  for (std::size_t i = 0; i < list.slices.size(); ++i) {
    Slice& slice = list.slices[i];
    if (i > 0) y += slice.space_before;
    if (out.baseline == 0 && slice.baseline > 0) out.baseline = y + slice.baseline;
    shift_items(slice.items, 0, y);
    for (FrameItem& item : slice.items) out.items.push_back(std::move(item));
    for (OutlineEntry entry : slice.outline) {
      entry.y += y;
      out.outline.push_back(std::move(entry));
    }
    y += slice.height;
  }
  out.height = y + (list.slices.empty() ? 0 : list.slices.back().depth);
  return out;
}

}  // namespace acquis

namespace acquis {

std::vector<VList> split_to_height(VList&& list, double limit) {
  std::vector<VList> pieces(1);
  double used = 0;
  for (Slice& slice : list.slices) {
    const double gap = pieces.back().empty() ? 0 : slice.space_before;
    if (!pieces.back().empty() && used + gap + slice.height + slice.depth > limit) {
      pieces.emplace_back();
      used = 0;
    }
    used += (pieces.back().empty() ? 0 : slice.space_before) + slice.height;
    pieces.back().slices.push_back(std::move(slice));
  }
  return pieces;
}

}  // namespace acquis

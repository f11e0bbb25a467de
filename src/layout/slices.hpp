// Slices: the vertical list a flow of blocks becomes before it is cut into pages (TeX's
// vertical list, simplified). A slice is the smallest piece the page breaker moves as a whole —
// a line of a paragraph, a table row, a checkbox — with the rules that say where a page may end.
#pragma once

#include "frame/frame.hpp"

#include <vector>

namespace acquis {

struct Slice {
  double height = 0;  // what it adds to the stack
  double depth = 0;   // below `height`, must fit only when the slice ends a page (descenders)
  std::vector<FrameItem> items;       // x from the content box's left edge, y from the slice top
  std::vector<OutlineEntry> outline;  // y from the slice top
  double space_before = 0;            // dropped at the top of a page
  bool break_before = true;           // may a page end just before this slice
  bool force_break_before = false;    // an explicit page break
  int repeat_header = -1;  // index in VList::headers: drawn first if the slice opens a page
  double baseline = 0;     // first baseline, from the slice top (0: no text)
};

struct VList {
  std::vector<Slice> slices;
  std::vector<Slice> headers;  // table headers to repeat
  double pending_space = 0;    // space after the last block, for whatever comes next

  bool empty() const { return slices.empty(); }
  // Height of the stack if nothing breaks (space_before of the first slice excluded).
  double natural_height() const;
  // Appends `other` moved right by `dx`, joined with the space between them.
  void append(VList&& other, double dx = 0);
  // Forbids page breaks inside (keep-together).
  void keep_together();
};

// Merges every slice of `list` into one slice (the content of a cell, a box), y from its top.
Slice flatten(VList&& list);

// Cuts `list` into pieces no taller than `limit`, between slices (the content of a row or a box
// taller than a page). A slice taller than `limit` makes a piece of its own.
std::vector<VList> split_to_height(VList&& list, double limit);

inline void shift_items(std::vector<FrameItem>& items, double dx, double dy) {
  if (dx == 0 && dy == 0) return;
  for (FrameItem& item : items) translate(item, dx, dy);
}

}  // namespace acquis

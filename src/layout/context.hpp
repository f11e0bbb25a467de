// What every block layout function needs: fonts and patterns, the diagnostics sink, the style
// cascade, the document's language, and how tall a page's text area is (the most a slice may take).
#pragma once

#include "core/diagnostics.hpp"
#include "frame/structure.hpp"
#include "layout/cascade.hpp"
#include "layout/slices.hpp"
#include "text/text_resources.hpp"

#include <string>

namespace acquis {

struct LayoutContext {
  const TextResources& text;
  Diagnostics& diags;
  const Cascade& cascade;
  std::string locale = "fr-CA";
  double page_room = 648;  // height of the text area of the section's pages
  int page_number = 0;     // while laying out a header or footer
  int page_count = 0;
  int depth = 0;  // blocks inside blocks (boxes, cells, items) being laid out
  // The structure being built and the element new ones go under; none for page furniture and
  // watermarks, which stay artifacts.
  StructureTree* structure = nullptr;
  int element = StructureTree::kRoot;
  int heading_shift = -1;  // first heading's level - 1, once one is seen
  int heading_level = 0;   // of the last heading
};

// An element of the structure open while a block is laid out: the elements made meanwhile go
// under it, and claim() gives it the content they did not take. Without a structure (or a role),
// nothing is made and the content goes to the enclosing element.
class StructScope {
 public:
  StructScope(LayoutContext& ctx, std::string role);
  ~StructScope() { ctx_.element = outer_; }
  StructScope(const StructScope&) = delete;
  StructScope& operator=(const StructScope&) = delete;

  bool open() const { return id_ >= 0; }
  int id() const { return id_; }
  StructElement* element() { return open() ? &(*ctx_.structure)[id_] : nullptr; }
  void claim(std::vector<FrameItem>& items);
  void claim(VList& list) {
    for (Slice& slice : list.slices) claim(slice.items);
  }

 private:
  LayoutContext& ctx_;
  int outer_;
  int id_ = -1;
};

}  // namespace acquis

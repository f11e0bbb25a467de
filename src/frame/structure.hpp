// The document's logical structure, for a tagged PDF: elements in reading order, made by layout
// as it lays blocks out. A frame item names the element it belongs to by its index (its tag);
// an item that belongs to none is an artifact (page furniture, rules, borders, a header
// repeated on a new page), which assistive technology skips.
#pragma once

#include "frame/frame.hpp"

#include <string>
#include <vector>

namespace acquis {

// A standard structure type (ISO 32000-1 §14.8.4) and what a reader needs beyond the text.
struct StructElement {
  std::string role;  // Document, P, H1…H6, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, Link, Span
  int parent = -1;
  std::string alt = {};          // a figure's alternative text
  std::string actual_text = {};  // what to read instead of the content (a checkbox's state)
  std::string lang = {};         // when it differs from the document's
  int colspan = 1;
  bool column_header = false;  // a TH whose scope is its column
  bool row_header = false;     // a TH whose scope is its row
  // Written as marked content of its parent, not as an element of its own: a checkbox's state
  // (its actual_text), which would otherwise cost an object per box.
  bool marked_only = false;
  bool keep_empty = false;  // a table cell: kept in its row even with nothing in it
};

class StructureTree {
 public:
  static constexpr int kRoot = 0;  // the Document element

  StructureTree() : elements_(1) { elements_[0].role = "Document"; }
  int add(int parent, std::string role);
  StructElement& operator[](int id) { return elements_[static_cast<std::size_t>(id)]; }
  const StructElement& operator[](int id) const { return elements_[static_cast<std::size_t>(id)]; }
  std::size_t size() const { return elements_.size(); }

  std::string language = "fr-CA";  // the document's: a passage in another one is marked

 private:
  std::vector<StructElement> elements_;
};

// Gives `element` every text run, image and link area of `items` that no deeper element took;
// a linked run and its clickable area go to a Link element under it, one per address, and a
// run in another language to a Span that says which. Shapes stay artifacts unless layout tags
// them itself (a checkbox).
void claim(std::vector<FrameItem>& items, StructureTree& tree, int element);

// Makes every item of `items` an artifact (a table header drawn again on a new page).
void make_artifacts(std::vector<FrameItem>& items);

}  // namespace acquis

namespace acquis {

// What layout gives the PDF writer: the pages and the structure their items are tagged with.
struct DocumentFrames {
  std::vector<PageFrame> pages;
  StructureTree structure;
};

}  // namespace acquis

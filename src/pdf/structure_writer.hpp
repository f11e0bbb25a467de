// Tagged PDF (ISO 32000-1 §14.7–14.8): the marked content the painter writes, one MCID for
// each piece of an element's content on a page, and the structure tree made from it once a
// document's pages are painted. An element's kids are its content and its children in the order
// they appear on the pages (layout puts content in reading order); an element that received no
// content is left out. A merged batch gets one Part per document under a Document.
#pragma once

#include "frame/structure.hpp"
#include "pdf/haru_stream.hpp"

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace acquis::pdf {

class StructureWriter {
 public:
  explicit StructureWriter(HPDF_Doc doc);

  void begin_document(const StructureTree& tree);
  void begin_page(HPDF_Page page);
  // The MCID of the next piece of `element`'s content on the current page (content of an
  // element written as marked content only counts as its parent's).
  int mark(int element);
  const StructElement& element(int id) const { return (*tree_)[id]; }
  // A link annotation belongs to `element`: gives it its /StructParent.
  void annotation(int element, HPDF_Dict annotation);
  void end_page();
  void end_document();
  // The catalog's StructTreeRoot (with its parent tree) and MarkInfo.
  void finish();

  // For a merged file written as it is made (haru::StreamingFile), before the first document:
  // each document becomes a Part of one Document, and only numbers are kept of a document once
  // it is done. finish_streamed() then gives the root and the Document to `file` as text.
  void stream_documents();
  void finish_streamed(haru::StreamingFile& file);

 private:
  struct Kid {
    int mcid = -1;
    std::size_t page = 0;
    int child = -1;
    HPDF_Dict annotation = nullptr;
  };
  void announce(int element);
  void keep_empty_cells();
  void fill_element(int element, const std::vector<HPDF_Dict>& dicts);
  void* kid_object(const Kid& kid, HPDF_Page element_page, const std::vector<HPDF_Dict>& dicts);
  void add_attributes(HPDF_Dict dict, const StructElement& element);
  void add_parent_entries(const std::vector<HPDF_Dict>& dicts);
  void mark_catalog();

  HPDF_Doc doc_;
  HPDF_Dict root_;                              // the StructTreeRoot
  std::vector<std::pair<int, void*>> parents_;  // the parent tree's entries, by key
  int next_key_ = 0;
  std::vector<HPDF_Dict> documents_;  // each document's top element
  // Streamed: the Document made at the start, the Parts' numbers and the parent tree's
  // entries by number.
  HPDF_Dict streamed_document_ = nullptr;
  std::vector<std::uint32_t> part_ids_;
  std::vector<std::pair<int, std::uint32_t>> streamed_parents_;

  // The document being painted.
  const StructureTree* tree_ = nullptr;
  std::vector<std::vector<Kid>> kids_;
  std::vector<char> announced_;
  std::vector<HPDF_Page> pages_;
  std::vector<std::vector<int>> marks_;           // by page: the element of each MCID
  std::vector<int> page_keys_;                    // by page: its key in the parent tree, or -1
  std::vector<std::pair<int, int>> annotations_;  // key, element
};

}  // namespace acquis::pdf

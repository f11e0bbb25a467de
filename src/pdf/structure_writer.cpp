#include "pdf/structure_writer.hpp"

#include "pdf/document_info.hpp"
#include "pdf/haru.hpp"
#include "pdf/haru_objects.hpp"

#include <algorithm>

namespace acquis::pdf {

StructureWriter::StructureWriter(HPDF_Doc doc) : doc_(doc), root_(haru::new_indirect_dict(doc)) {}

void StructureWriter::begin_document(const StructureTree& tree) {
  tree_ = &tree;
  kids_.assign(tree.size(), {});
  announced_.assign(tree.size(), 0);
  announced_[StructureTree::kRoot] = 1;
  pages_.clear();
  marks_.clear();
  page_keys_.clear();
  annotations_.clear();
}

void StructureWriter::begin_page(HPDF_Page page) {
  pages_.push_back(page);
  marks_.emplace_back();
}

int StructureWriter::mark(int element) {
  while ((*tree_)[element].marked_only) element = (*tree_)[element].parent;
  std::vector<int>& marks = marks_.back();
  const int mcid = static_cast<int>(marks.size());
  marks.push_back(element);
  kids_[static_cast<std::size_t>(element)].push_back({mcid, pages_.size() - 1, -1, nullptr});
  announce(element);
  return mcid;
}

void StructureWriter::annotation(int element, HPDF_Dict annotation) {
  const int key = next_key_++;
  haru::add_number(annotation, "StructParent", key);
  annotations_.emplace_back(key, element);
  kids_[static_cast<std::size_t>(element)].push_back({-1, pages_.size() - 1, -1, annotation});
  announce(element);
}

// An element is added to its parent's kids when its first content appears.
void StructureWriter::announce(int element) {
  while (!announced_[static_cast<std::size_t>(element)]) {
    announced_[static_cast<std::size_t>(element)] = 1;
    const int parent = (*tree_)[element].parent;
    kids_[static_cast<std::size_t>(parent)].push_back({-1, 0, element, nullptr});
    element = parent;
  }
}

void StructureWriter::end_page() {
  if (marks_.back().empty()) {
    page_keys_.push_back(-1);
    return;
  }
  page_keys_.push_back(next_key_);
  haru::add_number(pages_.back(), "StructParents", next_key_++);
}

// An empty table cell still takes its place in its row, or the columns a reader announces
// would shift: it is added to its row, whose cells are then put back in column order.
void StructureWriter::keep_empty_cells() {
  std::vector<char> rows(tree_->size(), 0);
  for (std::size_t e = 0; e < announced_.size(); ++e) {
    const StructElement& element = (*tree_)[static_cast<int>(e)];
    if (announced_[e] || !element.keep_empty ||
        !announced_[static_cast<std::size_t>(element.parent)])
      continue;
    announced_[e] = 1;
    kids_[static_cast<std::size_t>(element.parent)].push_back(
        {-1, 0, static_cast<int>(e), nullptr});
    rows[static_cast<std::size_t>(element.parent)] = 1;
  }
  for (std::size_t row = 0; row < rows.size(); ++row)
    if (rows[row])
      std::stable_sort(kids_[row].begin(), kids_[row].end(),
                       [](const Kid& a, const Kid& b) { return a.child < b.child; });
}

void StructureWriter::end_document() {
  keep_empty_cells();
  std::vector<HPDF_Dict> dicts(tree_->size(), nullptr);
  for (std::size_t e = 0; e < dicts.size(); ++e)
    if (announced_[e] && !(*tree_)[static_cast<int>(e)].marked_only)
      dicts[e] = haru::new_indirect_dict(doc_);
  for (std::size_t e = 0; e < dicts.size(); ++e)
    if (dicts[e]) fill_element(static_cast<int>(e), dicts);
  if (streamed_document_)
    part_ids_.push_back(haru::id_of(dicts[StructureTree::kRoot]));
  else
    documents_.push_back(dicts[StructureTree::kRoot]);
  add_parent_entries(dicts);
  tree_ = nullptr;
}

// The parent tree: each page's elements by MCID, each annotation's element, by key. Streamed,
// a page's array is an object of its own, written with the document.
void StructureWriter::add_parent_entries(const std::vector<HPDF_Dict>& dicts) {
  std::vector<std::pair<int, void*>> entries;
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    if (page_keys_[p] < 0) continue;
    HPDF_Array array = haru::new_array(doc_);
    for (int element : marks_[p]) haru::append(array, dicts[static_cast<std::size_t>(element)]);
    if (streamed_document_) haru::make_indirect(doc_, array);
    entries.emplace_back(page_keys_[p], array);
  }
  for (const auto& [key, element] : annotations_)
    entries.emplace_back(key, dicts[static_cast<std::size_t>(element)]);
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  if (!streamed_document_) {
    parents_.insert(parents_.end(), entries.begin(), entries.end());
    return;
  }
  for (const auto& [key, object] : entries)
    streamed_parents_.emplace_back(key, haru::id_of(object));
}

void StructureWriter::fill_element(int id, const std::vector<HPDF_Dict>& dicts) {
  const StructElement& element = (*tree_)[id];
  HPDF_Dict dict = dicts[static_cast<std::size_t>(id)];
  const bool part = id == StructureTree::kRoot && streamed_document_;
  // /Type /StructElem is optional: left out.
  haru::add_name(dict, "S", part ? "Part" : element.role.c_str());
  haru::add(dict, "P",
            id == StructureTree::kRoot ? (part ? streamed_document_ : root_)
                                       : dicts[static_cast<std::size_t>(element.parent)]);
  // Content on one page names it once (/Pg) and its MCIDs as numbers.
  const std::vector<Kid>& kids = kids_[static_cast<std::size_t>(id)];
  HPDF_Page page = nullptr;
  for (const Kid& kid : kids)
    if (kid.mcid >= 0) {
      page = pages_[kid.page];
      break;
    }
  if (page) haru::add(dict, "Pg", page);
  HPDF_Array array = haru::new_array(doc_);
  for (const Kid& kid : kids) haru::append(array, kid_object(kid, page, dicts));
  haru::add(dict, "K", array);
  if (!element.alt.empty()) haru::add(dict, "Alt", text_string(doc_, element.alt));
  if (!element.actual_text.empty())
    haru::add(dict, "ActualText", text_string(doc_, element.actual_text));
  if (!element.lang.empty()) haru::add(dict, "Lang", text_string(doc_, element.lang));
  add_attributes(dict, element);
}

void* StructureWriter::kid_object(const Kid& kid, HPDF_Page element_page,
                                  const std::vector<HPDF_Dict>& dicts) {
  if (kid.child >= 0) return dicts[static_cast<std::size_t>(kid.child)];
  if (kid.annotation) {
    HPDF_Dict reference = haru::new_dict(doc_);
    haru::add_name(reference, "Type", "OBJR");
    haru::add(reference, "Obj", kid.annotation);
    haru::add(reference, "Pg", pages_[kid.page]);
    return reference;
  }
  if (pages_[kid.page] == element_page) return haru::new_number(doc_, kid.mcid);
  HPDF_Dict reference = haru::new_dict(doc_);
  haru::add_name(reference, "Type", "MCR");
  haru::add(reference, "Pg", pages_[kid.page]);
  haru::add_number(reference, "MCID", kid.mcid);
  return reference;
}

// Table cells: a header's scope, and how many columns a cell spans.
void StructureWriter::add_attributes(HPDF_Dict dict, const StructElement& element) {
  if (!element.column_header && !element.row_header && element.colspan <= 1) return;
  HPDF_Dict attributes = haru::new_dict(doc_);
  haru::add_name(attributes, "O", "Table");
  if (element.column_header)
    haru::add_name(attributes, "Scope", "Column");
  else if (element.row_header)
    haru::add_name(attributes, "Scope", "Row");
  if (element.colspan > 1) haru::add_number(attributes, "ColSpan", element.colspan);
  haru::add(dict, "A", attributes);
}

void StructureWriter::finish() {
  if (documents_.empty()) return;
  HPDF_Dict top = documents_.front();
  if (documents_.size() > 1) {  // a merged batch: each document a Part of one Document
    top = haru::new_indirect_dict(doc_);
    haru::add_name(top, "Type", "StructElem");
    haru::add_name(top, "S", "Document");
    haru::add(top, "P", root_);
    HPDF_Array parts = haru::new_array(doc_);
    for (HPDF_Dict part : documents_) {
      haru::add_name(part, "S", "Part");
      haru::add(part, "P", top);
      haru::append(parts, part);
    }
    haru::add(top, "K", parts);
  }
  haru::add_name(root_, "Type", "StructTreeRoot");
  haru::add(root_, "K", top);
  HPDF_Dict parent_tree = haru::new_dict(doc_);
  HPDF_Array nums = haru::new_array(doc_);
  for (const auto& [key, value] : parents_) {
    haru::append_number(nums, key);
    haru::append(nums, value);
  }
  haru::add(parent_tree, "Nums", nums);
  haru::add(root_, "ParentTree", parent_tree);
  haru::add_number(root_, "ParentTreeNextKey", next_key_);
  mark_catalog();
}

void StructureWriter::mark_catalog() {
  haru::add(haru::catalog(doc_), "StructTreeRoot", root_);
  HPDF_Dict mark_info = haru::new_dict(doc_);
  haru::add(mark_info, "Marked", haru::new_boolean(doc_, true));
  haru::add(haru::catalog(doc_), "MarkInfo", mark_info);
}

void StructureWriter::stream_documents() {
  streamed_document_ = haru::new_indirect_dict(doc_);
}

void StructureWriter::finish_streamed(haru::StreamingFile& file) {
  if (part_ids_.empty()) return;
  const auto reference = [](std::uint32_t id) { return std::to_string(id) + " 0 R"; };
  std::string parts;
  for (std::uint32_t id : part_ids_)
    parts += reference(id) + (parts.size() % 100 > 90 ? "\n" : " ");
  file.replace(streamed_document_, "<< /Type /StructElem /S /Document /P " +
                                       reference(haru::id_of(root_)) + " /K [" + parts + "] >>");
  std::string nums;
  for (const auto& [key, id] : streamed_parents_)
    nums += std::to_string(key) + " " + reference(id) + "\n";
  file.replace(root_, "<< /Type /StructTreeRoot /K " + reference(haru::id_of(streamed_document_)) +
                          " /ParentTree << /Nums [" + nums + "] >> /ParentTreeNextKey " +
                          std::to_string(next_key_) + " >>");
  mark_catalog();
}

}  // namespace acquis::pdf

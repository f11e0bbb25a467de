#include "frame/structure.hpp"

#include <map>

namespace acquis {

int StructureTree::add(int parent, std::string role) {
  StructElement element;
  element.role = std::move(role);
  element.parent = parent;
  elements_.push_back(std::move(element));
  return static_cast<int>(elements_.size() - 1);
}

namespace {

int& tag_of(FrameItem& item) {
  return std::visit([](auto& shape) -> int& { return shape.tag; }, item);
}

// A run in another language than the document's: the language, or null.
const std::string* other_language(const FrameItem& item, const StructureTree& tree) {
  const auto* run = std::get_if<GlyphRun>(&item);
  return run && !run->lang.empty() && run->lang != tree.language ? &run->lang : nullptr;
}

const std::string* link_of(const FrameItem& item) {
  if (const auto* run = std::get_if<GlyphRun>(&item))
    return run->link.empty() ? nullptr : &run->link;
  if (const auto* link = std::get_if<FrameLink>(&item)) return &link->uri;
  return nullptr;
}

bool is_content(const FrameItem& item) {
  return std::holds_alternative<GlyphRun>(item) || std::holds_alternative<FrameImage>(item) ||
         std::holds_alternative<FrameLink>(item);
}

}  // namespace

void claim(std::vector<FrameItem>& items, StructureTree& tree, int element) {
  std::map<std::string, int> links, passages;
  for (FrameItem& item : items) {
    int& tag = tag_of(item);
    if (tag != kUnclaimed || !is_content(item)) continue;
    if (const std::string* uri = link_of(item)) {
      auto [link, added] = links.try_emplace(*uri, 0);
      if (added) link->second = tree.add(element, "Link");
      tag = link->second;
    } else if (const std::string* lang = other_language(item, tree)) {
      auto [passage, added] = passages.try_emplace(*lang, 0);
      if (added) {
        passage->second = tree.add(element, "Span");
        tree[passage->second].lang = *lang;
      }
      tag = passage->second;
    } else {
      tag = element;
    }
  }
}

void make_artifacts(std::vector<FrameItem>& items) {
  for (FrameItem& item : items) tag_of(item) = kArtifact;
}

}  // namespace acquis

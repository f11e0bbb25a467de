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

const std::string* link_of(const FrameItem& item) {
  if (const auto* run = std::get_if<GlyphRun>(&item)) return run->link.empty() ? nullptr : &run->link;
  if (const auto* link = std::get_if<FrameLink>(&item)) return &link->uri;
  return nullptr;
}

bool is_content(const FrameItem& item) {
  return std::holds_alternative<GlyphRun>(item) || std::holds_alternative<FrameImage>(item) ||
         std::holds_alternative<FrameLink>(item);
}

}  // namespace

void claim(std::vector<FrameItem>& items, StructureTree& tree, int element) {
  std::map<std::string, int> links;
  for (FrameItem& item : items) {
    int& tag = tag_of(item);
    if (tag != kUnclaimed || !is_content(item)) continue;
    const std::string* uri = link_of(item);
    if (!uri) {
      tag = element;
      continue;
    }
    auto [link, added] = links.try_emplace(*uri, 0);
    if (added) link->second = tree.add(element, "Link");
    tag = link->second;
  }
}

void make_artifacts(std::vector<FrameItem>& items) {
  for (FrameItem& item : items) tag_of(item) = kArtifact;
}

}  // namespace acquis

#include "frame/frame.hpp"

#include <cmath>
#include <cstdio>

namespace acquis {

namespace {

std::string num(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10) / 10 + 0.0);
  return buffer;
}

std::string rect(const Rect& r) {
  return num(r.x) + " " + num(r.y) + " " + num(r.width) + "x" + num(r.height);
}

struct ItemDumper {
  std::string& out;
  // The text as drawn: without the space a line ends at, which is kept only for readers.
  void operator()(const GlyphRun& run) const {
    const std::string_view text = std::string_view(run.text).substr(
        0, run.text.ends_with(' ') ? run.text.size() - 1 : run.text.size());
    out += "  text " + num(run.x) + " " + num(run.y) + " w=" + num(run.width) + " " +
           run.face->postscript_name() + " " + num(run.size) + " \"" + std::string(text) + "\"" +
           (run.source.empty() ? "" : " @" + run.source) + "\n";
  }
  void operator()(const FrameLine& line) const {
    out += "  line " + num(line.x1) + " " + num(line.y1) + " " + num(line.x2) + " " + num(line.y2) +
           "\n";
  }
  void operator()(const FrameRect& box) const {
    out += std::string("  rect ") + rect(box.rect) + (box.filled ? " filled" : "") +
           (box.stroke_width > 0 ? " stroked" : "") + "\n";
  }
  void operator()(const FramePath& path) const {
    out += path.closed ? "  polygon" : "  path";
    for (const Point& p : path.points) {
      out += ' ';
      out += num(p.x);
      out += ',';
      out += num(p.y);
    }
    out += "\n";
  }
  void operator()(const FrameImage& image) const {
    out += "  image " + rect(image.rect) + " " + image.path + "\n";
  }
  void operator()(const FrameLink& link) const {
    out += "  link " + rect(link.rect) + " " + link.uri + "\n";
  }
  void operator()(const FrameWidget& widget) const {
    static const char* const kKinds[] = {"text", "checkbox", "radio"};
    out += std::string("  field ") + kKinds[static_cast<int>(widget.kind)] + " " +
           rect(widget.rect) + " " + widget.name +
           (widget.option.empty() ? "" : "=" + widget.option) + (widget.checked ? " on" : "") +
           "\n";
  }
};

}  // namespace

std::string dump_frames(const std::vector<PageFrame>& pages) {
  std::string out;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    out += "page " + std::to_string(i + 1) + " " + num(pages[i].width) + "x" +
           num(pages[i].height) + "\n";
    for (const OutlineEntry& entry : pages[i].outline)
      out += "  outline " + std::to_string(entry.level) + " " + num(entry.y) + " " + entry.title +
             "\n";
    for (const FrameItem& item : pages[i].items) std::visit(ItemDumper{out}, item);
  }
  return out;
}

}  // namespace acquis

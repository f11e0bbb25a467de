// Moving laid-out items: layout builds each piece at the origin and places it afterwards.
#include "frame/frame.hpp"

namespace acquis {

namespace {

struct Translator {
  double dx, dy;
  void shift(Rect& r) const {
    r.x += dx;
    r.y += dy;
  }
  void operator()(GlyphRun& run) const {
    run.x += dx;
    run.y += dy;
  }
  void operator()(FrameLine& line) const {
    line.x1 += dx;
    line.x2 += dx;
    line.y1 += dy;
    line.y2 += dy;
  }
  void operator()(FrameRect& box) const { shift(box.rect); }
  void operator()(FramePath& path) const {
    for (Point& p : path.points) p = {p.x + dx, p.y + dy};
  }
  void operator()(FrameImage& image) const { shift(image.rect); }
  void operator()(FrameLink& link) const { shift(link.rect); }
  void operator()(FrameWidget& widget) const { shift(widget.rect); }
};

}  // namespace

void translate(FrameItem& item, double dx, double dy) {
  std::visit(Translator{dx, dy}, item);
}

}  // namespace acquis

#include "pdf/page_painter.hpp"

#include "image/image_check.hpp"
#include "pdf/document_info.hpp"
#include "pdf/haru.hpp"
#include "pdf/haru_objects.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_stream.hpp"
#include "pdf/png_passthrough.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <initializer_list>

namespace acquis::pdf {

namespace {

// Images print at 200 dpi at most (a logo shows no difference, a certificate printed by the
// thousand carries it in every file); one with more than twice the pixels it prints at is
// reduced (a logo's file is often made for a screen or a banner). Reducing costs a few
// milliseconds a process: an image not that much larger is embedded as it is.
constexpr double kPrintDpi = 200;
constexpr double kReduceAbove = 2;

std::pair<int, int> printed_pixels(const Rect& drawn) {
  const auto pixels = [](double points) {
    return std::max(1, static_cast<int>(std::ceil(points / 72 * kPrintDpi)));
  };
  return {pixels(drawn.width), pixels(drawn.height)};
}

// An image is named in a message by its file name, not where the data folder lies.
std::string file_name(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

class Painter {
 public:
  Painter(const PageFrame& frame, ResourceCache& resources, Diagnostics& diags)
      : frame_(frame), res_(resources), diags_(diags), page_(HPDF_AddPage(resources.doc)) {
    if (!page_) return;  // libharu recorded the error; the writer reports it
    HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(frame.width));
    HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(frame.height));
    if (res_.order >= 0)
      haru::add_number(page_, "AcquisOrder", static_cast<std::int32_t>(res_.order));
    if (res_.tagged) res_.structure.begin_page(page_);
  }

  void paint() {
    if (!page_) return;
    for (const FrameItem& item : frame_.items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        text(*run);
        continue;
      }
      // Links and fields are annotations, not content: no marked-content sequence.
      if (!std::holds_alternative<FrameLink>(item) && !std::holds_alternative<FrameWidget>(item)) {
        enter(std::visit([](const auto& shape) { return shape.tag; }, item));
        end_text();
      }
      std::visit([this](const auto& shape) { draw(shape); }, item);
    }
    end_text();
    leave();
    if (res_.tagged) res_.structure.end_page();
    add_outline();
    compress_content();
  }

 private:
  double y(double top_down) const { return frame_.height - top_down; }
  static HPDF_REAL r(double value) { return static_cast<HPDF_REAL>(value); }

  // The page's operators are written here, not through libharu's page functions (each of
  // those clears a 512-byte buffer and formats numbers slowly: a tenth of a booklet's time).
  // Only an image goes through libharu, which names it in the page's resources; what was
  // written before it is handed over first, to keep the order.
  void hand_over_ops() {
    haru::append_page_content(page_, ops_);
    ops_.clear();
  }

  // The content stream is compressed here (see pdf_stream.hpp); libharu leaves it as written.
  void compress_content() {
    const std::string bytes = haru::page_content(page_);
    set_stream_data(haru::page_content_stream(page_), bytes.empty() ? ops_ : bytes + ops_);
  }

  // Appends the numbers then the operator: "10 20 m".
  void op(std::initializer_list<double> operands, const char* name) {
    for (double operand : operands) {
      append_number(ops_, operand);
      ops_ += ' ';
    }
    ops_ += name;
    ops_ += '\n';
  }

  // Every piece of content is in a marked-content sequence: its element's (with an MCID) or an
  // artifact's. Sequences never cross a text object's bounds, so a change of element outside
  // one closes the text object first; runs of one element share one.
  void enter(int tag) {
    if (!res_.tagged) return;
    const int wanted = tag >= 0 ? tag : kArtifact;
    if (wanted == marked_) return;
    end_text();
    leave();
    if (wanted == kArtifact) {
      ops_ += "/Artifact BMC\n";
    } else {
      const StructElement& element = res_.structure.element(wanted);
      ops_ += '/';
      ops_ += element.role;
      ops_ += " <</MCID ";
      ops_ += std::to_string(res_.structure.mark(wanted));
      if (element.marked_only && !element.actual_text.empty()) {
        ops_ += " /ActualText <FEFF";
        append_utf16be_hex(ops_, element.actual_text);
        ops_ += '>';
      }
      ops_ += ">>BDC\n";
    }
    marked_ = wanted;
  }
  void leave() {
    if (marked_ == kNotMarked) return;
    ops_ += "EMC\n";
    marked_ = kNotMarked;
  }

  // The font, size and fill colour are graphics state: they outlive a text object, so a new
  // one (after a change of element) does not set them again.
  void begin_text() {
    if (in_text_) return;
    ops_ += "BT\n";
    in_text_ = true;
  }
  void end_text() {
    if (!in_text_) return;
    ops_ += "ET\n";
    in_text_ = false;
  }

  CidFont& font_for(const FontFace* face) {
    for (auto& [known, font] : res_.fonts)
      if (known == face) return *font;
    res_.fonts.emplace_back(face, std::make_unique<CidFont>(res_.doc, *face));
    return *res_.fonts.back().second;
  }

  void set_text_state(const GlyphRun& run, CidFont& font) {
    std::string& ops = ops_;
    if (font_ != &font || size_ != run.size) {
      ops += '/';
      ops += haru::font_name_on(page_, font.dict());
      ops += ' ';
      append_number(ops, run.size);
      ops += " Tf\n";
      font_ = &font;
      size_ = run.size;
    }
    const Color& c = run.color;
    if (!has_color_ || c.r != color_.r || c.g != color_.g || c.b != color_.b) {
      append_color(ops, c, "rg");
      color_ = c;
      has_color_ = true;
    }
  }

  static void append_color(std::string& ops, const Color& c, const char* op) {
    append_number(ops, c.r);
    ops += ' ';
    append_number(ops, c.g);
    ops += ' ';
    append_number(ops, c.b);
    ops += ' ';
    ops += op;
    ops += '\n';
  }

  // One TJ per run; positions differing from the font's own advances become TJ adjustments
  // (kerning, justification), computed against the pen as a viewer moves it: no drift.
  void text(const GlyphRun& run) {
    enter(run.tag);
    begin_text();
    CidFont& font = font_for(run.face);
    set_text_state(run, font);
    std::string& ops = ops_;
    if (run.angle == 0) {
      ops += "1 0 0 1 ";
    } else {
      const double c = std::cos(run.angle), s = std::sin(run.angle);
      for (double m : {c, s, -s, c}) {
        append_number(ops, m);
        ops += ' ';
      }
    }
    append_number(ops, run.x);
    ops += ' ';
    append_number(ops, frame_.height - run.y);
    ops += " Tm\n[<";
    double pen = 0;
    for (const PlacedGlyph& glyph : run.glyphs) {
      const double shift = (glyph.x - pen) * 1000.0 / run.size;
      if (std::abs(shift) >= 0.05) {
        ops += '>';
        append_number(ops, -shift, 1);
        ops += '<';
        pen += std::round(shift * 10) / 10 * run.size / 1000.0;
      }
      const std::string_view text =
          std::string_view(run.text).substr(glyph.text_begin, glyph.text_end - glyph.text_begin);
      const std::uint16_t cid = font.cid(glyph.glyph, text);
      append_hex16(ops, cid);
      pen += font.width(cid) * run.size / 1000.0;
    }
    ops += ">]TJ\n";
  }

  void draw(const GlyphRun&) {}

  void stroke_style(double width, const Color& c) {
    op({width}, "w");
    append_color(ops_, c, "RG");
  }

  void draw(const FrameLine& line) {
    stroke_style(line.width, line.color);
    op({line.x1, y(line.y1)}, "m");
    op({line.x2, y(line.y2)}, "l");
    ops_ += "S\n";
  }

  void draw(const FrameRect& box) {
    const Rect& b = box.rect;
    if (box.filled) fill_color(box.fill);
    if (box.stroke_width > 0) stroke_style(box.stroke_width, box.stroke);
    if (box.radius > 0)
      rounded_rectangle(b, std::min({box.radius, b.width / 2, b.height / 2}));
    else
      op({b.x, y(b.y + b.height), b.width, b.height}, "re");
    finish_path(box.filled, box.stroke_width > 0);
  }

  // A shape's fill colour is the text's too: the next run sets its own again.
  void fill_color(const Color& c) {
    append_color(ops_, c, "rg");
    has_color_ = false;
  }

  void finish_path(bool fill, bool stroke) {
    ops_ += fill && stroke ? "B\n" : fill ? "f\n" : stroke ? "S\n" : "n\n";
  }

  // Quarter circles approximated by cubic Béziers (control points at 0.5523 × the radius).
  void rounded_rectangle(const Rect& b, double radius) {
    const double k = radius * (1 - 0.5523);
    const double left = b.x, right = b.x + b.width, top = b.y, bottom = b.y + b.height;
    op({left + radius, y(top)}, "m");
    op({right - radius, y(top)}, "l");
    op({right - k, y(top), right, y(top + k), right, y(top + radius)}, "c");
    op({right, y(bottom - radius)}, "l");
    op({right, y(bottom - k), right - k, y(bottom), right - radius, y(bottom)}, "c");
    op({left + radius, y(bottom)}, "l");
    op({left + k, y(bottom), left, y(bottom - k), left, y(bottom - radius)}, "c");
    op({left, y(top + radius)}, "l");
    op({left, y(top + k), left + k, y(top), left + radius, y(top)}, "c");
    ops_ += "h\n";
  }

  void draw(const FramePath& path) {
    if (path.points.size() < 2) return;
    if (path.filled) fill_color(path.fill);
    if (path.stroke_width > 0) stroke_style(path.stroke_width, path.stroke);
    op({path.points[0].x, y(path.points[0].y)}, "m");
    for (std::size_t i = 1; i < path.points.size(); ++i)
      op({path.points[i].x, y(path.points[i].y)}, "l");
    if (path.closed) ops_ += "h\n";
    finish_path(path.filled, path.stroke_width > 0);
  }

  void draw(const FrameImage& image) {
    HPDF_Image loaded = load_image(image.path, image.rect);
    if (!loaded) return;
    const Rect& b = image.rect;
    hand_over_ops();
    HPDF_Page_DrawImage(page_, loaded, r(b.x), r(y(b.y + b.height)), r(b.width), r(b.height));
  }

  // Only an image decoded whole reaches libharu (whose PNG reader aborts on bad data); the
  // check was made at layout and is kept, so this costs a look-up. A PNG with far more pixels
  // than it prints at is embedded reduced, once per size it is drawn at.
  HPDF_Image load_image(const std::string& path, const Rect& drawn) {
    const auto [width, height] = printed_pixels(drawn);
    // A logo on ten thousand pages: found here without looking at the file again.
    auto [seen, first] = res_.drawn.try_emplace(
        path + '#' + std::to_string(width) + 'x' + std::to_string(height), nullptr);
    if (first) seen->second = embedded_image(path, width, height);
    return seen->second;
  }

  HPDF_Image embedded_image(const std::string& path, int width, int height) {
    const ImageCheck check = check_image_file(path);
    const bool reduce = check.ok && check.kind == ImageKind::Png &&
                        check.width > width * kReduceAbove && check.height > height;
    const std::string key =
        reduce ? path + "#" + std::to_string(width) + "x" + std::to_string(height) : path;
    auto [it, inserted] = res_.images.try_emplace(key, nullptr);
    if (!inserted) return it->second;
    if (!check.ok) {
      diags_.error(check.error, {{"path", file_name(path)}}, file_name(path));
      return nullptr;
    }
    if (reduce || (res_.archival && check.kind == ImageKind::Png))
      it->second = embed_reduced_png(res_.doc, path, reduce ? width : check.width,
                                     reduce ? height : check.height, res_.archival);
    if (it->second) return it->second;
    if (check.kind == ImageKind::Png) {
      it->second = embed_png_as_is(res_.doc, path);
      if (!it->second) it->second = HPDF_LoadPngImageFromFile(res_.doc, path.c_str());
    } else {
      it->second = HPDF_LoadJpegImageFromFile(res_.doc, path.c_str());
    }
    if (!it->second) diags_.error("image-format", {{"path", file_name(path)}}, file_name(path));
    return it->second;
  }

  void draw(const FrameLink& link) {
    const Rect& b = link.rect;
    HPDF_Rect rect{r(b.x), r(y(b.y + b.height)), r(b.x + b.width), r(y(b.y))};
    HPDF_Annotation annot = HPDF_Page_CreateURILinkAnnot(page_, rect, link.uri.c_str());
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
    haru::add_number(annot, "F", 4);  // printed (PDF/A asks it of every annotation)
    haru::add(annot, "Contents", text_string(res_.doc, link.uri));  // what a reader announces
    annotated(link.tag, annot);
  }

  void draw(const FrameWidget& widget) {
    annotated(widget.tag, res_.forms.add(page_, frame_.height, widget));
  }

  // An annotation belongs to its element; the page's annotations are tabbed through in the
  // structure's order.
  void annotated(int tag, HPDF_Dict annotation) {
    if (tag >= 0 && res_.tagged) res_.structure.annotation(tag, annotation);
    if (!has_annotations_) haru::add_name(page_, "Tabs", "S");
    has_annotations_ = true;
  }

  void add_outline() {
    if (res_.outline_records) {
      for (const OutlineEntry& entry : frame_.outline)
        res_.outline_records->push_back({entry.level, haru::id_of(page_), y(entry.y), entry.title});
      return;
    }
    for (const OutlineEntry& entry : frame_.outline) {
      const auto level = static_cast<std::size_t>(std::max(entry.level, 1));
      auto& parents = res_.outline_parents;
      parents.resize(std::min(parents.size(), level - 1));
      HPDF_Outline parent = parents.empty() ? nullptr : parents.back();
      HPDF_Outline outline = HPDF_CreateOutline(res_.doc, parent, "", nullptr);
      haru::add(outline, "Title", text_string(res_.doc, entry.title));
      // A direct array: PDFBox's PDF/A check cannot read a destination given by reference,
      // which is what libharu's own destinations are.
      HPDF_Array destination = haru::new_array(res_.doc);
      haru::append(destination, page_);
      haru::append_name(destination, "FitH");
      haru::append_real(destination, y(entry.y));
      haru::add(outline, "Dest", destination);
      while (parents.size() < level - 1) parents.push_back(parent);
      parents.push_back(outline);
    }
  }

  const PageFrame& frame_;
  ResourceCache& res_;
  Diagnostics& diags_;
  HPDF_Page page_;
  std::string ops_;  // the page's operators not yet handed to libharu
  static constexpr int kNotMarked = -3;
  int marked_ = kNotMarked;  // the element whose marked content is open, or kArtifact
  bool has_annotations_ = false;
  bool in_text_ = false;
  const CidFont* font_ = nullptr;
  float size_ = -1;
  Color color_{};
  bool has_color_ = false;
};

}  // namespace

void paint_page(const PageFrame& frame, ResourceCache& resources, Diagnostics& diags) {
  Painter(frame, resources, diags).paint();
}

}  // namespace acquis::pdf

#include "pdf/page_painter.hpp"

#include "pdf/document_info.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_stream.hpp"
#include "pdf/png_passthrough.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace acquis::pdf {

namespace {

class Painter {
 public:
  Painter(const PageFrame& frame, ResourceCache& resources, Diagnostics& diags)
      : frame_(frame), res_(resources), diags_(diags), page_(HPDF_AddPage(resources.doc)) {
    if (!page_) return;  // libharu recorded the error; the writer reports it
    HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(frame.width));
    HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(frame.height));
  }

  void paint() {
    if (!page_) return;
    for (const FrameItem& item : frame_.items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) {
        text(*run);
        continue;
      }
      end_text();
      std::visit([this](const auto& shape) { draw(shape); }, item);
    }
    end_text();
    add_outline();
    compress_content();
  }

 private:
  HPDF_REAL y(double top_down) const { return static_cast<HPDF_REAL>(frame_.height - top_down); }
  static HPDF_REAL r(double value) { return static_cast<HPDF_REAL>(value); }

  // The content stream is compressed here (see pdf_stream.hpp); libharu leaves it as written.
  void compress_content() {
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    std::string bytes;
    for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(attr->stream); ++i) {
      HPDF_UINT length = 0;
      const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(attr->stream, i, &length);
      bytes.append(reinterpret_cast<const char*>(data), length);
    }
    set_stream_data(attr->contents, bytes);
  }

  void write(const std::string& ops) {
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()),
                      static_cast<HPDF_UINT>(ops.size()));
  }

  void begin_text() {
    if (in_text_) return;
    HPDF_Page_BeginText(page_);
    in_text_ = true;
    font_ = nullptr;
    size_ = -1;
    has_color_ = false;
  }
  void end_text() {
    if (!in_text_) return;
    HPDF_Page_EndText(page_);
    in_text_ = false;
  }

  CidFont& font_for(const FontFace* face) {
    auto& slot = res_.fonts[face];
    if (!slot) slot = std::make_unique<CidFont>(res_.doc, *face);
    return *slot;
  }

  void set_text_state(const GlyphRun& run, CidFont& font, std::string& ops) {
    if (font_ != &font || size_ != run.size) {
      ops += '/';
      ops += HPDF_Page_GetLocalFontName(page_, reinterpret_cast<HPDF_Font>(font.dict()));
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
    begin_text();
    CidFont& font = font_for(run.face);
    std::string ops;
    set_text_state(run, font, ops);
    ops += "1 0 0 1 ";
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
    write(ops);
  }

  void draw(const GlyphRun&) {}

  void draw(const FrameLine& line) {
    HPDF_Page_SetLineWidth(page_, r(line.width));
    HPDF_Page_SetRGBStroke(page_, line.color.r, line.color.g, line.color.b);
    HPDF_Page_MoveTo(page_, r(line.x1), y(line.y1));
    HPDF_Page_LineTo(page_, r(line.x2), y(line.y2));
    HPDF_Page_Stroke(page_);
  }

  void draw(const FrameRect& box) {
    const Rect& b = box.rect;
    if (box.filled) HPDF_Page_SetRGBFill(page_, box.fill.r, box.fill.g, box.fill.b);
    if (box.stroke_width > 0) {
      HPDF_Page_SetLineWidth(page_, r(box.stroke_width));
      HPDF_Page_SetRGBStroke(page_, box.stroke.r, box.stroke.g, box.stroke.b);
    }
    if (box.radius > 0)
      rounded_rectangle(b, std::min({box.radius, b.width / 2, b.height / 2}));
    else
      HPDF_Page_Rectangle(page_, r(b.x), y(b.y + b.height), r(b.width), r(b.height));
    finish_path(box.filled, box.stroke_width > 0);
  }

  void finish_path(bool fill, bool stroke) {
    if (fill && stroke)
      HPDF_Page_FillStroke(page_);
    else if (fill)
      HPDF_Page_Fill(page_);
    else if (stroke)
      HPDF_Page_Stroke(page_);
    else
      HPDF_Page_EndPath(page_);
  }

  // Quarter circles approximated by cubic Béziers (control points at 0.5523 × the radius).
  void rounded_rectangle(const Rect& b, double radius) {
    const double k = radius * (1 - 0.5523);
    const double left = b.x, right = b.x + b.width, top = b.y, bottom = b.y + b.height;
    HPDF_Page_MoveTo(page_, r(left + radius), y(top));
    HPDF_Page_LineTo(page_, r(right - radius), y(top));
    HPDF_Page_CurveTo(page_, r(right - k), y(top), r(right), y(top + k), r(right), y(top + radius));
    HPDF_Page_LineTo(page_, r(right), y(bottom - radius));
    HPDF_Page_CurveTo(page_, r(right), y(bottom - k), r(right - k), y(bottom), r(right - radius),
                      y(bottom));
    HPDF_Page_LineTo(page_, r(left + radius), y(bottom));
    HPDF_Page_CurveTo(page_, r(left + k), y(bottom), r(left), y(bottom - k), r(left),
                      y(bottom - radius));
    HPDF_Page_LineTo(page_, r(left), y(top + radius));
    HPDF_Page_CurveTo(page_, r(left), y(top + k), r(left + k), y(top), r(left + radius), y(top));
    HPDF_Page_ClosePath(page_);
  }

  void draw(const FramePath& path) {
    if (path.points.size() < 2) return;
    if (path.filled) HPDF_Page_SetRGBFill(page_, path.fill.r, path.fill.g, path.fill.b);
    if (path.stroke_width > 0) {
      HPDF_Page_SetLineWidth(page_, r(path.stroke_width));
      HPDF_Page_SetRGBStroke(page_, path.stroke.r, path.stroke.g, path.stroke.b);
    }
    HPDF_Page_MoveTo(page_, r(path.points[0].x), y(path.points[0].y));
    for (std::size_t i = 1; i < path.points.size(); ++i)
      HPDF_Page_LineTo(page_, r(path.points[i].x), y(path.points[i].y));
    if (path.closed) HPDF_Page_ClosePath(page_);
    finish_path(path.filled, path.stroke_width > 0);
  }

  void draw(const FrameImage& image) {
    HPDF_Image loaded = load_image(image.path);
    if (!loaded) return;
    const Rect& b = image.rect;
    HPDF_Page_DrawImage(page_, loaded, r(b.x), y(b.y + b.height), r(b.width), r(b.height));
  }

  HPDF_Image load_image(const std::string& path) {
    auto [it, inserted] = res_.images.try_emplace(path, nullptr);
    if (!inserted) return it->second;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    unsigned char magic[4] = {0, 0, 0, 0};
    const bool readable = file && std::fread(magic, 1, 4, file) == 4;
    if (file) std::fclose(file);
    const bool png = readable && magic[0] == 0x89 && magic[1] == 'P';
    const bool jpeg = readable && magic[0] == 0xFF && magic[1] == 0xD8;
    if (png) it->second = embed_png_as_is(res_.doc, path);
    if (png && !it->second) it->second = HPDF_LoadPngImageFromFile(res_.doc, path.c_str());
    if (jpeg) it->second = HPDF_LoadJpegImageFromFile(res_.doc, path.c_str());
    if (!it->second)
      diags_.error("image",
                   "image illisible ou d'un format non pris en charge (PNG ou JPEG "
                   "attendu)",
                   path);
    return it->second;
  }

  void draw(const FrameLink& link) {
    const Rect& b = link.rect;
    HPDF_Rect rect{r(b.x), y(b.y + b.height), r(b.x + b.width), y(b.y)};
    HPDF_Annotation annot = HPDF_Page_CreateURILinkAnnot(page_, rect, link.uri.c_str());
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
  }

  void add_outline() {
    for (const OutlineEntry& entry : frame_.outline) {
      const auto level = static_cast<std::size_t>(std::max(entry.level, 1));
      auto& parents = res_.outline_parents;
      parents.resize(std::min(parents.size(), level - 1));
      HPDF_Outline parent = parents.empty() ? nullptr : parents.back();
      HPDF_Outline outline = HPDF_CreateOutline(res_.doc, parent, "", nullptr);
      HPDF_Dict_Add(outline, "Title", text_string(res_.doc, entry.title));
      HPDF_Destination destination = HPDF_Page_CreateDestination(page_);
      HPDF_Destination_SetFitH(destination, y(entry.y));
      HPDF_Outline_SetDestination(outline, destination);
      while (parents.size() < level - 1) parents.push_back(parent);
      parents.push_back(outline);
    }
  }

  const PageFrame& frame_;
  ResourceCache& res_;
  Diagnostics& diags_;
  HPDF_Page page_;
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

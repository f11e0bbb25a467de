// finalize: chosen breaks → lines of glyph runs, glue set to its final width, alignment.
#include "core/utf8.hpp"
#include "text/paragraph_internal.hpp"

namespace acquis::paragraph {

namespace {

bool is_drawn(const std::string& text, std::size_t cluster) {
  std::size_t pos = cluster;
  const char32_t c = utf8::next(text, pos);
  return c != '\n' && c != '\t' && c != 0x00AD;
}

struct LineSpan {
  std::size_t first_item, break_item;
  std::size_t begin, end;  // text drawn on the line
  double ratio;
};

class LineBuilder {
 public:
  LineBuilder(const Prepared& p, const LineSpan& span, double indent)
      : p_(p), span_(span), cursor_(indent) {}

  LaidLine build() {
    collect_glue_extras();
    for (const ShapeRange& range : p_.ranges) {
      if (range.end <= span_.begin || range.begin >= span_.end) continue;
      emit_range(range);
    }
    if (hyphenated())
      append_hyphen();
    else
      keep_word_space();
    line_.width = cursor_;
    return std::move(line_);
  }

 private:
  bool hyphenated() const {
    const kp::Item& item = p_.items[span_.break_item];
    return item.kind == kp::Kind::Penalty && item.hyphenation;
  }

  // The space (or forced break) a line ends at is set as a space glyph after its last glyph,
  // past the line's width, where it shows nothing: a screen reader or a copy reads "des
  // acquis", not "desacquis", across the break (pdfTeX's interword spaces do the same). A
  // paragraph's last line gets one too, so that two paragraphs read as one element (a name and
  // a role under a signature) do not run together.
  void keep_word_space() {
    if (line_.runs.empty()) return;
    GlyphRun& run = line_.runs.back();
    if (run.glyphs.empty()) return;
    const std::size_t drawn_end = run.glyphs.back().text_end;
    const std::uint32_t space = run.face->glyph_for(' ');
    if (drawn_end == 0 || space == 0 ||
        run.text.find_first_not_of("\n\t", drawn_end) != std::string::npos)
      return;
    run.text.resize(drawn_end);
    run.text += ' ';
    run.glyphs.push_back({space, static_cast<float>(run.width),
                          static_cast<std::uint32_t>(drawn_end),
                          static_cast<std::uint32_t>(run.text.size())});
  }

  // Extra width each glue of the line gets from the adjustment ratio.
  void collect_glue_extras() {
    for (std::size_t i = span_.first_item; i < span_.break_item; ++i) {
      const kp::Item& item = p_.items[i];
      if (item.kind != kp::Kind::Glue || item.stretch >= kp::kFill) continue;
      const double extra =
          span_.ratio >= 0 ? span_.ratio * item.stretch : span_.ratio * item.shrink;
      glue_.push_back({p_.item_text[i].begin, p_.item_text[i].end, extra});
    }
  }

  double extra_after(std::size_t cluster, std::size_t next_cluster) {
    while (glue_index_ < glue_.size() && glue_[glue_index_].end <= cluster) ++glue_index_;
    if (glue_index_ == glue_.size()) return 0;
    const Glue& glue = glue_[glue_index_];
    return cluster >= glue.begin && next_cluster >= glue.end ? glue.extra : 0;
  }

  void emit_range(const ShapeRange& range) {
    GlyphRun run;
    run.face = range.face;
    run.size = static_cast<float>(range.span->style.size);
    run.color = range.span->style.color;
    run.source = range.span->source;
    run.link = range.span->link;
    run.lang = range.span->lang;
    run.x = cursor_;
    const std::size_t begin = std::max(range.begin, span_.begin);
    const std::size_t end = std::min(range.end, span_.end);
    run.text = p_.text.substr(begin, end - begin);
    double x = 0;
    std::uint32_t last_cluster = UINT32_MAX;
    for (std::size_t g = range.glyph_begin; g < range.glyph_end; ++g) {
      const ShapedGlyph& glyph = p_.glyphs[g];
      if (glyph.cluster < begin || glyph.cluster >= end || !is_drawn(p_.text, glyph.cluster))
        continue;
      const std::size_t next = next_cluster(range, g, end);
      const bool first_of_cluster = glyph.cluster != last_cluster;
      last_cluster = glyph.cluster;
      const auto text_begin = static_cast<std::uint32_t>(glyph.cluster - begin);
      const auto text_end =
          first_of_cluster ? static_cast<std::uint32_t>(next - begin) : text_begin;
      run.glyphs.push_back({glyph.glyph, static_cast<float>(x + glyph.x_offset * range.scale),
                            text_begin, text_end});
      x += glyph.x_advance * range.scale;
      if (g + 1 == range.glyph_end || p_.glyphs[g + 1].cluster != glyph.cluster)
        x += extra_after(glyph.cluster, next);
    }
    run.width = x;
    cursor_ += x;
    if (!run.glyphs.empty()) line_.runs.push_back(std::move(run));
  }

  std::size_t next_cluster(const ShapeRange& range, std::size_t g, std::size_t end) const {
    for (std::size_t k = g + 1; k < range.glyph_end; ++k)
      if (p_.glyphs[k].cluster != p_.glyphs[g].cluster)
        return std::min<std::size_t>(p_.glyphs[k].cluster, end);
    return end;
  }

  // The inserted hyphen maps to U+00AD in the text, as PDF 32000 §14.8.2.2.3 asks.
  void append_hyphen() {
    if (line_.runs.empty()) return;
    GlyphRun& run = line_.runs.back();
    const double scale = run.size / run.face->units_per_em();
    const std::uint32_t glyph = run.face->glyph_for('-');
    const auto text_begin = static_cast<std::uint32_t>(run.text.size());
    run.text += "\u00AD";
    run.glyphs.push_back({glyph, static_cast<float>(run.width), text_begin,
                          static_cast<std::uint32_t>(run.text.size())});
    const double advance = run.face->advance(glyph) * scale;
    run.width += advance;
    cursor_ += advance;
    line_.hyphenated = true;
  }

  struct Glue {
    std::size_t begin, end;
    double extra;
  };
  const Prepared& p_;
  const LineSpan& span_;
  LaidLine line_;
  std::vector<Glue> glue_;
  std::size_t glue_index_ = 0;
  double cursor_;
};

// After a break, glue and penalties up to the next box are discarded (as in TeX).
std::size_t first_item_after(const Prepared& p, std::size_t break_item) {
  std::size_t i = break_item + 1;
  while (i < p.items.size() && p.items[i].kind != kp::Kind::Box &&
         p.items[i].penalty > -kp::kInfinitePenalty)
    ++i;
  return i;
}

std::size_t line_end(const Prepared& p, std::size_t break_item) {
  return p.item_text[break_item].begin;
}

}  // namespace

std::vector<LaidLine> finalize_lines(const Prepared& p, const kp::Result& result, double width) {
  std::vector<LaidLine> lines;
  std::size_t first = 0;
  for (std::size_t k = 0; k < result.breaks.size(); ++k) {
    const std::size_t b = result.breaks[k];
    const std::size_t begin = first < p.items.size() ? p.item_text[first].begin : p.text.size();
    LineSpan span{first, b, begin, std::max(begin, line_end(p, b)), result.ratios[k]};
    const double indent = k == 0 ? p.paragraph->first_line_indent : 0;
    LaidLine line = LineBuilder(p, span, indent).build();
    const Align align = p.paragraph->align;
    const double slack = width - line.width;
    const double shift = align == Align::Right ? slack : align == Align::Center ? slack / 2 : 0;
    for (GlyphRun& run : line.runs) run.x += shift;
    lines.push_back(std::move(line));
    first = first_item_after(p, b);
  }
  return lines;
}

}  // namespace acquis::paragraph

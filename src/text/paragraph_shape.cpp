// collect + shape: spans → one text, font fallback per character, HarfBuzz glyphs.
#include "core/utf8.hpp"
#include "text/paragraph_internal.hpp"
#include "text/typography.hpp"

#include <algorithm>

namespace acquis::paragraph {

namespace {

bool needs_no_glyph(char32_t c) {
  return c == '\n' || c == '\t' || c == 0x00AD;
}

const FontFace* face_for(char32_t c, const std::vector<const FontFace*>& chain) {
  for (const FontFace* face : chain)
    if (face->covers(c)) return face;
  return nullptr;
}

// Splits one span into ranges of a single face each and shapes them.
void shape_span(const Span& span, std::size_t begin, std::size_t end,
                const std::vector<const FontFace*>& chain, const std::string& locale, Prepared& p,
                Diagnostics& diags) {
  std::size_t run_begin = begin;
  const FontFace* run_face = chain.front();
  auto flush = [&](std::size_t run_end) {
    if (run_end <= run_begin) return;
    const std::size_t glyph_begin = p.glyphs.size();
    shape_run(*run_face, p.text, run_begin, run_end, locale, p.glyphs);
    const double scale = span.style.size / run_face->units_per_em();
    p.ranges.push_back({run_begin, run_end, run_face, &span, glyph_begin, p.glyphs.size(), scale});
  };
  for (std::size_t pos = begin; pos < end;) {
    const std::size_t here = pos;
    const char32_t c = utf8::next(p.text, pos);
    if (needs_no_glyph(c) || c == ' ') continue;
    const FontFace* face = run_face->covers(c) ? run_face : face_for(c, chain);
    if (!face) {
      if (!span.data_fields.empty())  // a character of a name: its code, not the name
        diags.error("glyph-missing-data",
                    {{"code", utf8::code_point_name(c)},
                     {"fields", data_field_list(span)},
                     {"family", span.style.family}},
                    span.source);
      else
        diags.error("glyph-missing",
                    {{"code", utf8::code_point_name(c)},
                     {"char", utf8::encode(c)},
                     {"family", span.style.family}},
                    span.source);
      continue;
    }
    if (face != run_face) {
      flush(here);
      run_begin = here;
      run_face = face;
    }
  }
  flush(end);
}

// A word's last glyph may be kerned against the space after it (Lato's "r "). Lines end before
// spaces, so that kerning belongs to the space: at a break it goes away with it, and the word
// keeps its own width at the end of the line.
void move_kerning_into_spaces(Prepared& p) {
  for (const ShapeRange& range : p.ranges)
    for (std::size_t g = range.glyph_begin; g + 1 < range.glyph_end; ++g) {
      ShapedGlyph& next = p.glyphs[g + 1];
      if (p.text[next.cluster] != ' ') continue;
      ShapedGlyph& glyph = p.glyphs[g];
      const auto nominal = static_cast<decltype(glyph.x_advance)>(range.face->advance(glyph.glyph));
      next.x_advance += glyph.x_advance - nominal;
      glyph.x_advance = nominal;
    }
}

void compute_advances(Prepared& p) {
  p.advance_before.assign(p.text.size() + 1, 0);
  p.cluster_start.assign(p.text.size() + 1, false);
  std::vector<double> at(p.text.size() + 1, 0);
  for (const ShapeRange& range : p.ranges)
    for (std::size_t g = range.glyph_begin; g < range.glyph_end; ++g) {
      at[p.glyphs[g].cluster] += p.glyphs[g].x_advance * range.scale;
      p.cluster_start[p.glyphs[g].cluster] = true;
    }
  double total = 0;
  for (std::size_t i = 0; i < p.text.size(); ++i) {
    p.advance_before[i] = total;
    total += at[i];
  }
  p.advance_before[p.text.size()] = total;
}

}  // namespace

const ShapeRange& Prepared::range_at(std::size_t offset) const {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), offset,
                             [](std::size_t value, const ShapeRange& r) { return value < r.end; });
  return it == ranges.end() ? ranges.back() : *it;
}

bool collect_and_shape(const Paragraph& paragraph, const TextResources& text, Prepared& p,
                       Diagnostics& diags) {
  p.paragraph = &paragraph;
  p.hyphenation_directory = &text.hyphenation_directory;
  const TypographyRules rules = typography_rules(paragraph.locale);
  const std::size_t known = diags.items().size();
  for (const Span& span : paragraph.spans) {
    const FontLibrary& fonts = text.fonts;
    const auto chain = fonts.chain({span.style.family, span.style.bold, span.style.italic});
    if (chain.empty() || !fonts.has_family(span.style.family)) {
      diags.error("font-family", {{"family", span.style.family}}, span.source);
      continue;
    }
    const std::size_t begin = p.text.size();
    p.text += apply_typography(span.text, rules);
    shape_span(span, begin, p.text.size(), chain, paragraph.locale, p, diags);
    const double scale = span.style.size / chain.front()->units_per_em();
    p.ascent = std::max(p.ascent, chain.front()->ascender() * scale);
    p.descent = std::max(p.descent, -chain.front()->descender() * scale);
    p.max_size = std::max(p.max_size, span.style.size);
  }
  move_kerning_into_spaces(p);
  compute_advances(p);
  for (std::size_t i = known; i < diags.items().size(); ++i)
    if (diags.items()[i].severity == Severity::Error) return false;
  return !p.ranges.empty();
}

}  // namespace acquis::paragraph

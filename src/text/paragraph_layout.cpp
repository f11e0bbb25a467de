#include "text/paragraph_layout.hpp"

#include "core/utf8.hpp"

#include "text/paragraph_internal.hpp"

#include <algorithm>
#include <cmath>

namespace acquis {

namespace {

using paragraph::Prepared;

// Most labels and titles fit on one line: no need for the line breaker.
kp::Result single_line(const Prepared& p, double width) {
  double natural = 0;
  for (std::size_t i = 0; i + 1 < p.items.size(); ++i) {
    const kp::Item& item = p.items[i];
    if (item.kind == kp::Kind::Penalty && item.penalty <= -kp::kInfinitePenalty) return {};
    if (item.kind != kp::Kind::Penalty) natural += item.width;
  }
  if (natural > width) return {};
  return {true, {p.items.size() - 1}, {0.0}};
}

// Tries TeX's sequence: no hyphenation at a strict tolerance, then hyphenation, then any
// spacing at all (an emergency pass that only fails when a word is wider than the line).
// The items come without hyphenation points; they are added only when the first pass fails
// (for a narrow cell, only when a word is wider than the line, whatever the spacing).
kp::Result break_paragraph(Prepared& p, double width) {
  if (kp::Result single = single_line(p, width); single.ok) return single;
  kp::Params params;
  switch (p.paragraph->align) {
    case Align::Justify:
      break;
    case Align::Center:
      params.ragged_stretch = width / 2;
      break;  // balance the lines
    default:
      params.ragged_stretch = 3 * p.max_size;  // TeX's ragged right
  }
  const kp::LineWidth line_width = [width](std::size_t) { return width; };
  params.tolerance = p.paragraph->hyphenate_only_to_fit ? 10000 : 100;
  params.allow_hyphenation = false;
  if (kp::Result result = kp::break_lines(p.items, line_width, params); result.ok) return result;
  if (p.paragraph->hyphenate) paragraph::build_items(p, paragraph::Hyphenation::Points);
  params.tolerance = 200;
  params.allow_hyphenation = true;
  if (kp::Result result = kp::break_lines(p.items, line_width, params); result.ok) return result;
  params.tolerance = 10000;
  return kp::break_lines(p.items, line_width, params);
}

// The widest unbreakable stretch of text, to name it in the error, and where it begins.
std::string widest_unbreakable(const Prepared& p, double width, std::size_t& at) {
  std::size_t begin = 0;
  double run = 0;
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    const kp::Item& item = p.items[i];
    if (item.kind == kp::Kind::Box) {
      if (run == 0) begin = p.item_text[i].begin;
      run += item.width;
      if (run > width) {
        std::size_t end = p.item_text[i].end;
        while (i + 1 < p.items.size() && p.items[i + 1].kind == kp::Kind::Box)
          end = p.item_text[++i].end;
        at = begin;
        return p.text.substr(begin, end - begin);
      }
      continue;
    }
    run = 0;
  }
  return {};
}

}  // namespace

std::string data_field_list(const Span& span) {
  std::string list;
  for (const std::string& field : span.data_fields)
    if (list.find(field) == std::string::npos) list += (list.empty() ? "" : ", ") + field;
  return list;
}

std::string data_field_list(const Paragraph& paragraph) {
  std::string list;
  for (const Span& span : paragraph.spans) {
    const std::string fields = data_field_list(span);
    if (!fields.empty() && list.find(fields) == std::string::npos)
      list += (list.empty() ? "" : ", ") + fields;
  }
  return list;
}

ContentWidths measure_paragraph(const Paragraph& paragraph, const TextResources& text,
                                Diagnostics& diags) {
  Prepared p;
  if (!paragraph::collect_and_shape(paragraph, text, p, diags)) return {};
  paragraph::build_items(p, paragraph::Hyphenation::Points);  // the narrowest a column may be
  ContentWidths widths;
  double word = 0, line = paragraph.first_line_indent;
  for (const kp::Item& item : p.items) {
    if (item.kind == kp::Kind::Box) {
      word += item.width;
      line += item.width;
      widths.min = std::max(widths.min, word);
      continue;
    }
    word = 0;
    if (item.kind == kp::Kind::Glue && item.stretch < kp::kFill) line += item.width;
    if (item.kind == kp::Kind::Penalty && item.penalty <= -kp::kInfinitePenalty) line = 0;
    widths.max = std::max(widths.max, line);
  }
  widths.max = std::max({widths.max, line, widths.min});
  return widths;
}

LaidParagraph layout_paragraph(const Paragraph& paragraph, double width, const TextResources& text,
                               Diagnostics& diags) {
  LaidParagraph laid;
  Prepared p;
  if (!paragraph::collect_and_shape(paragraph, text, p, diags)) return laid;
  paragraph::build_items(p, paragraph::Hyphenation::None);
  const kp::Result result = break_paragraph(p, width);
  if (!result.ok) {
    std::size_t at = 0;
    const std::string word = widest_unbreakable(p, width, at);
    const Span* span = p.ranges.empty() ? nullptr : p.range_at(at).span;
    const std::string source = span ? span->source : std::string();
    // Text from the data (a name) is not quoted: the error names where it comes from.
    if (span && !span->data_fields.empty())
      diags.error("text-overflow-data",
                  {{"fields", data_field_list(*span)}, {"width", std::floor(width)}}, source);
    else
      diags.error("text-overflow",
                  {{"word", utf8::shortened(word, 40)}, {"width", std::floor(width)}}, source);
    return laid;
  }
  laid.lines = paragraph::finalize_lines(p, result, width);
  laid.ascent = p.ascent;
  laid.descent = p.descent;
  laid.leading = paragraph.leading > 0 ? paragraph.leading : 1.25 * p.max_size;
  return laid;
}

}  // namespace acquis

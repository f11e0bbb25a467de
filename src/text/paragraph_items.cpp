// prepare: break opportunities and hyphenation points → Knuth–Plass boxes, glue and penalties.
#include "core/utf8.hpp"
#include "text/hyphenator.hpp"
#include "text/line_breaks.hpp"
#include "text/paragraph_internal.hpp"

#include <unicode/uchar.h>

namespace acquis::paragraph {

namespace {

constexpr int kHyphenPenalty = 50;    // TeX's \hyphenpenalty
constexpr int kExHyphenPenalty = 50;  // after an explicit hyphen

bool is_word_char(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || c == '\'' || c == 0x2019 || c == '-';
}

class ItemBuilder {
 public:
  ItemBuilder(Prepared& p, Hyphenation hyphenation)
      : p_(p),
        // In a narrow cell, even "rendez-vous" stays whole until a word must be cut.
        whole_words_(hyphenation == Hyphenation::None && p.paragraph->hyphenate_only_to_fit),
        justify_(p.paragraph->align == Align::Justify),
        // Most paragraphs hold no address: then no word needs its token looked at.
        may_hold_address_(p.text.find('@') != std::string::npos ||
                          p.text.find("://") != std::string::npos ||
                          p.text.find("www.") != std::string::npos),
        // Only a paragraph that is hyphenated loads the patterns (a certificate does not).
        hyphenator_(hyphenation == Hyphenation::Points && p.paragraph->hyphenate
                        ? Hyphenator::for_locale(p.paragraph->locale, *p.hyphenation_directory)
                        : nullptr) {}

  void build() {
    if (p_.paragraph->first_line_indent > 0) add_box(0, 0, p_.paragraph->first_line_indent);
    std::size_t start = 0;
    for (const BreakOpportunity& opportunity :
         line_break_opportunities(p_.text, p_.paragraph->locale)) {
      add_segment(start, opportunity.offset, opportunity.mandatory);
      start = opportunity.offset;
    }
    if (start < p_.text.size()) add_segment(start, p_.text.size(), false);
    // A centred paragraph's last line is judged like the others, so that lines come out
    // balanced ("Attestation de reconnaissance / des acquis et des compétences").
    const bool balanced = p_.paragraph->align == Align::Center;
    add_glue(p_.text.size(), p_.text.size(), 0, balanced ? 0 : kp::kFill, 0);
    add_penalty(p_.text.size(), 0, -kp::kInfinitePenalty, false, false);
  }

 private:
  // One segment runs from a break opportunity to the next: content, then maybe spaces.
  void add_segment(std::size_t begin, std::size_t end, bool mandatory) {
    std::size_t content_end = end;
    while (content_end > begin &&
           (p_.text[content_end - 1] == ' ' || p_.text[content_end - 1] == '\n'))
      --content_end;
    add_content(begin, content_end);
    // At the end, trailing spaces take no room.
    if (end == p_.text.size() && (content_end == end || !mandatory)) return;
    if (mandatory) {
      add_glue(content_end, content_end, 0, kp::kFill, 0);
      add_penalty(end, 0, -kp::kInfinitePenalty, false, false);
      return;
    }
    if (content_end < end) {
      const double w = p_.width(content_end, end);
      add_glue(content_end, end, w, justify_ ? w / 2 : 0, justify_ ? w / 3 : 0);
      return;
    }
    add_break_without_space(content_end);
  }

  // A break after an explicit hyphen counts as a hyphenated line; names keep theirs whole, and
  // so do codes: a hyphen with a digit on either side ("991-046", "FMS-8142") never breaks.
  void add_break_without_space(std::size_t at) {
    std::size_t pos = at;
    const bool after_hyphen = at > 0 && utf8::previous(p_.text, pos) == '-';
    const bool keep_whole = whole_words_ || !p_.range_at(at - 1).span->hyphenate ||
                            (after_hyphen && (in_code(at) || in_address(at - 1)));
    if (after_hyphen && keep_whole) return;
    add_penalty(at, 0, after_hyphen ? kExHyphenPenalty : 0, after_hyphen, false);
  }

  // The hyphen just before `at` joins two parts of a code.
  bool in_code(std::size_t at) const {
    std::size_t before = at;
    utf8::previous(p_.text, before);  // the hyphen
    const char32_t left = before > 0 ? utf8::previous(p_.text, before) : 0;
    std::size_t after = at;
    const char32_t right = at < p_.text.size() ? utf8::next(p_.text, after) : 0;
    auto digit = [](char32_t c) { return c >= '0' && c <= '9'; };
    return digit(left) || digit(right);
  }

  // Byte `at` belongs to an e-mail or web address ("rac@navigateurs-du-fleuve.qc.ca"): cut at a
  // hyphen, or hyphenated, it would be copied wrong.
  bool in_address(std::size_t at) const {
    if (!may_hold_address_) return false;
    const std::string_view text = p_.text;
    const auto is_space = [](char c) { return c == ' ' || c == '\n'; };
    std::size_t begin = at, end = at;
    while (begin > 0 && !is_space(text[begin - 1])) --begin;
    while (end < text.size() && !is_space(text[end])) ++end;
    const std::string_view token = text.substr(begin, end - begin);
    return token.find('@') != token.npos || token.find("://") != token.npos ||
           token.rfind("www.", 0) == 0;
  }

  void add_content(std::size_t begin, std::size_t end) {
    std::size_t box_begin = begin;
    for (std::size_t point : hyphenation_points(begin, end)) {
      add_box(box_begin, point, p_.width(box_begin, point));
      const ShapeRange& range = p_.range_at(point - 1);
      const double hyphen = range.face->advance(range.face->glyph_for('-')) * range.scale;
      add_penalty(point, hyphen, kHyphenPenalty, true, true);
      box_begin = point;
    }
    if (box_begin < end) add_box(box_begin, end, p_.width(box_begin, end));
  }

  // Points inside the words of [begin, end) where the span allows hyphenation and the point
  // falls between two glyph clusters (never inside a ligature).
  std::vector<std::size_t> hyphenation_points(std::size_t begin, std::size_t end) const {
    std::vector<std::size_t> points;
    if (!hyphenator_) return points;
    std::size_t pos = begin;
    while (pos < end) {
      std::size_t word_begin = pos;
      while (word_begin < end) {
        std::size_t next = word_begin;
        if (is_word_char(utf8::next(p_.text, next))) break;
        word_begin = next;
      }
      std::size_t word_end = word_begin;
      while (word_end < end) {
        std::size_t next = word_end;
        if (!is_word_char(utf8::next(p_.text, next))) break;
        word_end = next;
      }
      if (word_end > word_begin && p_.range_at(word_begin).span->hyphenate &&
          !in_address(word_begin))
        for (std::size_t point : hyphenator_->points(
                 std::string_view(p_.text).substr(word_begin, word_end - word_begin)))
          if (is_cluster_start(word_begin + point)) points.push_back(word_begin + point);
      pos = word_end;
    }
    return points;
  }

  bool is_cluster_start(std::size_t offset) const { return p_.cluster_start[offset]; }

  void add_box(std::size_t begin, std::size_t end, double width) {
    p_.items.push_back({kp::Kind::Box, width, 0, 0, 0, false, false});
    p_.item_text.push_back({begin, end});
  }
  void add_glue(std::size_t begin, std::size_t end, double width, double stretch, double shrink) {
    p_.items.push_back({kp::Kind::Glue, width, stretch, shrink, 0, false, false});
    p_.item_text.push_back({begin, end});
  }
  void add_penalty(std::size_t at, double width, int penalty, bool flagged, bool hyphenation) {
    p_.items.push_back({kp::Kind::Penalty, width, 0, 0, penalty, flagged, hyphenation});
    p_.item_text.push_back({at, at});
  }

  Prepared& p_;
  bool whole_words_;
  bool justify_;
  bool may_hold_address_;
  const Hyphenator* hyphenator_;
};

}  // namespace

void build_items(Prepared& prepared, Hyphenation hyphenation) {
  prepared.items.clear();
  prepared.item_text.clear();
  ItemBuilder(prepared, hyphenation).build();
}

}  // namespace acquis::paragraph

#include "pdf/field_font.hpp"

#include "core/utf8.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/haru.hpp"
#include "pdf/pdf_stream.hpp"

#include <hb-subset.h>

#include <cmath>

namespace acquis::pdf {

namespace {

constexpr int kFirst = 32;
constexpr int kLast = 255;

// WinAnsiEncoding's codes 128–159 (ISO 32000-1, D.2); the others are Latin-1's.
constexpr char32_t kHighCodes[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t code_point(int code) {
  if (code >= 128 && code < 160) return kHighCodes[code - 128];
  return code == 127 ? 0 : static_cast<char32_t>(code);
}

int code_of(char32_t cp) {
  if ((cp >= kFirst && cp < 127) || (cp >= 160 && cp <= 255)) return static_cast<int>(cp);
  if (cp == 0x202F || cp == 0x2009) return 160;  // French thin spaces: a no-break space
  for (int i = 0; i < 32; ++i)
    if (kHighCodes[i] == cp && cp != 0) return 128 + i;
  return -1;
}

}  // namespace

FieldFont::FieldFont(HPDF_Doc doc, const FontFace& face)
    : doc_(doc), face_(face), dict_(haru::new_indirect_dict(doc)) {
  for (int code = kFirst; code <= kLast; ++code) {
    const char32_t cp = code_point(code);
    const std::uint32_t glyph = cp ? face.glyph_for(cp) : 0;
    widths_[code] = static_cast<int>(
        std::lround(face.advance(glyph) * 1000.0 / static_cast<double>(face.units_per_em())));
  }
}

std::string FieldFont::encode(std::string_view utf8) {
  std::string out;
  for (char32_t cp : utf8::to_u32(utf8)) {
    const int code = code_of(cp);
    out += code < 0 ? '?' : static_cast<char>(code);
  }
  return out;
}

double FieldFont::width(std::string_view encoded, double size) const {
  double total = 0;
  for (unsigned char c : encoded) total += c >= kFirst ? widths_[c] : 0;
  return total * size / 1000;
}

bool FieldFont::finish() {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return false;
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (int code = kFirst; code <= kLast; ++code)
    if (const char32_t cp = code_point(code)) hb_set_add(unicodes, cp);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
        HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x')})
    hb_set_add(drop, tag);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_face_t* subset = hb_subset_or_fail(face_.subset_source(), input);
  hb_subset_input_destroy(input);
  if (!subset) return false;
  hb_blob_t* blob = hb_face_reference_blob(subset);
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  const std::string bytes(data, length);
  hb_blob_destroy(blob);
  hb_face_destroy(subset);

  // The whole of WinAnsi is there: a fixed subset tag says so.
  const std::string base_font = "ACQWIN+" + face_.postscript_name();
  HPDF_Dict file = new_stream(doc_, bytes);
  haru::add_number(file, "Length1", static_cast<HPDF_INT32>(bytes.size()));
  haru::add_name(dict_, "Type", "Font");
  haru::add_name(dict_, "Subtype", "TrueType");
  haru::add_name(dict_, "BaseFont", base_font.c_str());
  haru::add_name(dict_, "Encoding", "WinAnsiEncoding");
  haru::add_number(dict_, "FirstChar", kFirst);
  haru::add_number(dict_, "LastChar", kLast);
  HPDF_Array widths = haru::new_array(doc_);
  for (int code = kFirst; code <= kLast; ++code) haru::append_number(widths, widths_[code]);
  haru::add(dict_, "Widths", widths);
  haru::add(dict_, "FontDescriptor", font_descriptor(doc_, face_, base_font, file, false));
  return true;
}

}  // namespace acquis::pdf

#include "pdf/cid_font.hpp"

#include "pdf/haru.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_stream.hpp"
#include "pdf/truetype_subset.hpp"

#include <hb-subset.h>

#include <algorithm>
#include <cmath>

namespace acquis::pdf {

namespace {

int to_thousandths(int value, unsigned upem) {
  return static_cast<int>(std::lround(value * 1000.0 / upem));
}

// Subset with hb-subset, without hinting and layout tables (PDF positions every glyph).
hb_face_t* make_subset(hb_face_t* face, const std::vector<std::uint32_t>& glyphs,
                       std::vector<std::uint32_t>& new_gids) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input);
  for (std::uint32_t glyph : glyphs) hb_set_add(glyph_set, glyph);
  hb_set_clear(hb_subset_input_unicode_set(input));
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
        HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x'),
        HB_TAG('g', 'a', 's', 'p'), HB_TAG('c', 'm', 'a', 'p'), HB_TAG('O', 'S', '/', '2'),
        HB_TAG('p', 'o', 's', 't'), HB_TAG('n', 'a', 'm', 'e')})
    hb_set_add(drop, tag);
  hb_set_t* names = hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
  hb_set_clear(names);
  for (hb_codepoint_t id : {1u, 2u, 6u}) hb_set_add(names, id);  // family, style, PostScript name
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
  hb_subset_input_destroy(input);
  if (!plan) return nullptr;
  hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
  const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
  new_gids.clear();
  for (std::uint32_t glyph : glyphs) new_gids.push_back(hb_map_get(mapping, glyph));
  hb_subset_plan_destroy(plan);
  return subset;
}

// The text a glyph is read as: a French ordinal's superscript letters (1ᵉʳ, 2ᵉ, set with
// modifier letters by the typography pass) are the plain letters a reader says and a copy
// gives ("1er").
std::string read_as(const std::string& text) {
  std::string out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const std::string_view rest = std::string_view(text).substr(at);
    if (rest.starts_with("\u1D49")) {
      out += 'e', at += 2;
    } else if (rest.starts_with("\u02B3")) {
      out += 'r', at += 1;
    } else if (rest.starts_with("\u02E2")) {
      out += 's', at += 1;
    } else {
      out += text[at];
    }
  }
  return out;
}

}  // namespace

CidFont::CidFont(HPDF_Doc doc, const FontFace& face)
    : doc_(doc), face_(face), type0_(haru::new_indirect_dict(doc)) {
  widths_[0] = to_thousandths(face.advance(0), face.units_per_em());
}

std::uint16_t CidFont::cid(std::uint32_t glyph, std::string_view text) {
  std::string key(reinterpret_cast<const char*>(&glyph), sizeof glyph);
  key += text;
  auto [it, inserted] = cids_.try_emplace(std::move(key), 0);
  if (inserted) {
    it->second = static_cast<std::uint16_t>(glyphs_.size());
    glyphs_.push_back(glyph);
    texts_.emplace_back(text);
    widths_.push_back(to_thousandths(face_.advance(glyph), face_.units_per_em()));
  }
  return it->second;
}

// Six capitals derived from the face and the glyphs used: stable for the same content.
std::string CidFont::subset_tag() const {
  std::uint64_t hash = 1469598103934665603ull;
  auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull; };
  for (char c : face_.postscript_name()) mix(static_cast<unsigned char>(c));
  for (std::uint32_t glyph : glyphs_) mix(glyph);
  std::string tag;
  for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
  return tag;
}

bool CidFont::finish() {
  std::vector<std::uint32_t> new_gids;
  if (!subset_truetype(face_.hb_face(), glyphs_, subset_bytes_, new_gids)) {
    hb_face_t* subset = make_subset(face_.subset_source(), glyphs_, new_gids);  // CFF outlines
    if (!subset) return false;
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    subset_bytes_.assign(data, length);
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
  }

  const std::string base_font = subset_tag() + "+" + face_.postscript_name();
  HPDF_Dict cid_font = haru::new_indirect_dict(doc_);
  haru::add_name(cid_font, "Type", "Font");
  haru::add_name(cid_font, "Subtype", "CIDFontType2");
  haru::add_name(cid_font, "BaseFont", base_font.c_str());
  HPDF_Dict system_info = haru::new_dict(doc_);
  haru::add(system_info, "Registry", haru::new_string(doc_, "Adobe"));
  haru::add(system_info, "Ordering", haru::new_string(doc_, "Identity"));
  haru::add_number(system_info, "Supplement", 0);
  haru::add(cid_font, "CIDSystemInfo", system_info);
  haru::add(cid_font, "FontDescriptor", descriptor(base_font, font_file()));
  haru::add(cid_font, "W", width_array());
  haru::add(cid_font, "CIDToGIDMap", cid_to_gid_map(new_gids));

  haru::add_name(type0_, "Type", "Font");
  haru::add_name(type0_, "Subtype", "Type0");
  haru::add_name(type0_, "BaseFont", base_font.c_str());
  haru::add_name(type0_, "Encoding", "Identity-H");
  HPDF_Array descendants = haru::new_array(doc_);
  haru::append(descendants, cid_font);
  haru::add(type0_, "DescendantFonts", descendants);
  haru::add(type0_, "ToUnicode", to_unicode());
  return true;
}

HPDF_Dict CidFont::font_file() {
  HPDF_Dict file = new_stream(doc_, subset_bytes_);
  haru::add_number(file, "Length1", static_cast<HPDF_INT32>(subset_bytes_.size()));
  return file;
}

HPDF_Dict CidFont::cid_to_gid_map(const std::vector<std::uint32_t>& new_gids) {
  std::string bytes;
  bytes.reserve(new_gids.size() * 2);
  for (std::uint32_t gid : new_gids) {
    bytes += static_cast<char>((gid >> 8) & 0xFF);
    bytes += static_cast<char>(gid & 0xFF);
  }
  return new_stream(doc_, bytes);
}

// [first [w1 w2 …]] for CIDs 1…n: they are consecutive by construction.
HPDF_Array CidFont::width_array() const {
  HPDF_Array array = haru::new_array(doc_);
  haru::append_number(array, 1);
  HPDF_Array widths = haru::new_array(doc_);
  for (std::size_t cid = 1; cid < widths_.size(); ++cid) haru::append_number(widths, widths_[cid]);
  haru::append(array, widths);
  return array;
}

HPDF_Dict CidFont::to_unicode() {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::size_t> mapped;
  for (std::size_t cid = 1; cid < texts_.size(); ++cid)
    if (!texts_[cid].empty()) mapped.push_back(cid);
  for (std::size_t start = 0; start < mapped.size(); start += 100) {  // ≤ 100 per block
    const std::size_t end = std::min(mapped.size(), start + 100);
    cmap += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      cmap += '<';
      append_hex16(cmap, static_cast<unsigned>(mapped[i]));
      cmap += "> <";
      append_utf16be_hex(cmap, read_as(texts_[mapped[i]]));
      cmap += ">\n";
    }
    cmap += "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return new_stream(doc_, cmap);
}

HPDF_Dict font_descriptor(HPDF_Doc doc, const FontFace& face, const std::string& base_font,
                          HPDF_Dict file, bool symbolic) {
  const unsigned upem = face.units_per_em();
  HPDF_Dict d = haru::new_indirect_dict(doc);
  haru::add_name(d, "Type", "FontDescriptor");
  haru::add_name(d, "FontName", base_font.c_str());
  const int flags = (symbolic ? 4 : 32) | (face.serif ? 2 : 0) | (face.italic ? 64 : 0);
  haru::add_number(d, "Flags", flags);
  HPDF_Array bbox = haru::new_array(doc);
  for (int value : face.bbox) haru::append_number(bbox, to_thousandths(value, upem));
  haru::add(d, "FontBBox", bbox);
  haru::add_real(d, "ItalicAngle", face.italic_angle);
  haru::add_number(d, "Ascent", to_thousandths(face.ascender(), upem));
  haru::add_number(d, "Descent", to_thousandths(face.descender(), upem));
  haru::add_number(d, "CapHeight", to_thousandths(face.cap_height(), upem));
  haru::add_number(d, "StemV", face.bold ? 140 : 80);
  haru::add(d, "FontFile2", file);
  return d;
}

// Symbolic: reached through Identity, not an encoding.
HPDF_Dict CidFont::descriptor(const std::string& base_font, HPDF_Dict file) {
  HPDF_Dict d = font_descriptor(doc_, face_, base_font, file, true);
  // The CIDs present in the subset (all of them: they are numbered by use), which PDF/A-1
  // asks of a subset CID font: one bit each, the first in the high bit.
  std::string bits((glyphs_.size() + 7) / 8, '\0');
  for (std::size_t cid = 0; cid < glyphs_.size(); ++cid)
    bits[cid / 8] = static_cast<char>(bits[cid / 8] | (0x80 >> (cid % 8)));
  haru::add(d, "CIDSet", new_stream(doc_, bits));
  return d;
}

}  // namespace acquis::pdf

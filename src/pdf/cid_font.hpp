// One face embedded in one PDF as a Type0 font (Identity-H) over a CIDFontType2 subset.
// CIDs are numbered by first use of each (glyph, text) pair, so the ToUnicode map stays exact
// even when one glyph stands for different text (a ligature, a hyphen inserted at a line end).
// The subset is made with hb-subset when the document is finished; glyph ids of the subset are
// reached through a CIDToGIDMap, widths through a W array of the used CIDs only.
#pragma once

#include "fonts/font_face.hpp"

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace acquis::pdf {

// A FontDescriptor for `face` embedded as `file` (FontFile2) under `base_font`.
HPDF_Dict font_descriptor(HPDF_Doc doc, const FontFace& face, const std::string& base_font,
                          HPDF_Dict file, bool symbolic);

class CidFont {
 public:
  CidFont(HPDF_Doc doc, const FontFace& face);

  HPDF_Dict dict() const { return type0_; }
  // The CID for `glyph` standing for `text` (may be empty), allocated on first use.
  std::uint16_t cid(std::uint32_t glyph, std::string_view text);
  // Width of a CID in the W array's units (1/1000 em), as viewers will advance.
  int width(std::uint16_t cid) const { return widths_[cid]; }
  // Subsets the face and writes every dictionary; false when hb-subset fails.
  bool finish();

 private:
  std::string subset_tag() const;
  HPDF_Dict font_file();
  HPDF_Dict cid_to_gid_map(const std::vector<std::uint32_t>& new_gids);
  HPDF_Array width_array() const;
  HPDF_Dict to_unicode();
  HPDF_Dict descriptor(const std::string& base_font, HPDF_Dict file);

  HPDF_Doc doc_;
  const FontFace& face_;
  HPDF_Dict type0_;
  std::unordered_map<std::string, std::uint16_t> cids_;  // key: glyph id bytes + text
  std::vector<std::uint32_t> glyphs_{0};                 // by CID; CID 0 is .notdef
  std::vector<std::string> texts_{std::string()};
  std::vector<int> widths_{0};
  std::string subset_bytes_;
};

}  // namespace acquis::pdf

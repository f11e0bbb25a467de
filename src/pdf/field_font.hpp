// The font of a fillable form's text fields: the document's regular face as a simple TrueType
// font in WinAnsiEncoding, subset to every character that encoding has (all of French, with
// « », œ, ’ and €), so that a viewer can show whatever a person types in, not only the
// characters the document happened to print. Internal to pdf/.
#pragma once

#include "fonts/font_face.hpp"

#include <hpdf.h>

#include <string>
#include <string_view>

namespace acquis::pdf {

class FieldFont {
 public:
  FieldFont(HPDF_Doc doc, const FontFace& face);

  HPDF_Dict dict() const { return dict_; }
  // UTF-8 text in the font's encoding; a character it lacks becomes '?'.
  static std::string encode(std::string_view utf8);
  // Width of encoded text at `size` points.
  double width(std::string_view encoded, double size) const;
  // Subsets the face and writes the font's dictionaries; false when hb-subset fails.
  bool finish();

 private:
  HPDF_Doc doc_;
  const FontFace& face_;
  HPDF_Dict dict_;
  int widths_[256] = {};  // by code, 1/1000 em
};

}  // namespace acquis::pdf

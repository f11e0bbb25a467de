// A fillable form (ISO 32000-1 §12.7): each FrameWidget becomes a widget annotation and its
// field, the radio buttons of a group kids of one field; every widget has an appearance for
// each of its states, so that viewers show the same thing and it prints as drawn; the text
// fields' font is embedded whole for WinAnsi (field_font.hpp). Internal to pdf/.
#pragma once

#include "frame/frame.hpp"
#include "pdf/field_font.hpp"

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>

namespace acquis::pdf {

class FormWriter {
 public:
  explicit FormWriter(HPDF_Doc doc) : doc_(doc) {}

  // The widget's annotation, added to `page` (`page_height` turns the frame's y upward).
  HPDF_Dict add(HPDF_Page page, double page_height, const FrameWidget& widget);
  // The catalog's AcroForm, when there was a field; false when the font could not be subset.
  bool finish();
  bool has_fields() const { return fields_ != nullptr; }

 private:
  struct Group {
    HPDF_Dict field;
    HPDF_Array kids;
  };
  HPDF_Dict annotation(HPDF_Page page, double page_height, const FrameWidget& widget);
  Group& radio_group(const FrameWidget& widget);
  void text_field(HPDF_Dict field, const FrameWidget& widget);
  void button_states(HPDF_Dict widget_dict, const FrameWidget& widget);
  HPDF_Dict text_appearance(const FrameWidget& widget);
  HPDF_Dict form_xobject(const std::string& operators, const Rect& box, bool with_font);
  FieldFont& font(const FontFace& face);

  HPDF_Doc doc_;
  HPDF_Array fields_ = nullptr;
  std::map<std::string, Group> groups_;           // radio groups, by name
  std::map<std::string, HPDF_Dict> appearances_;  // ticks and blanks, by size and colour
  std::unique_ptr<FieldFont> font_;
};

}  // namespace acquis::pdf

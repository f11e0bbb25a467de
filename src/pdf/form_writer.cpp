#include "pdf/form_writer.hpp"

#include "pdf/document_info.hpp"
#include "pdf/haru.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_stream.hpp"

#include <algorithm>

namespace acquis::pdf {

namespace {

constexpr const char* kFontName = "AcqF";  // the text fields' font in /DR
constexpr int kReadOnly = 1;
constexpr int kMultiline = 1 << 12;
constexpr int kNoToggleToOff = 1 << 14;
constexpr int kRadio = 1 << 15;
constexpr double kPadding = 2;

std::string number(double value) {
  std::string out;
  append_number(out, value, 2);
  return out;
}

std::string color_operator(const Color& c, const char* op = "rg") {
  return number(c.r) + " " + number(c.g) + " " + number(c.b) + " " + op;
}

// A literal string of bytes already in the font's encoding.
std::string literal(std::string_view encoded) {
  std::string out = "(";
  for (char c : encoded) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// The words of `encoded` in lines of at most `width` points; a newline typed starts a line.
std::vector<std::string> wrap(const FieldFont& font, const std::string& encoded, double size,
                              double width) {
  std::vector<std::string> lines(1);
  std::size_t at = 0;
  while (at <= encoded.size()) {
    const std::size_t end = std::min(encoded.find_first_of(" \n", at), encoded.size());
    const std::string word = encoded.substr(at, end - at);
    std::string& line = lines.back();
    const std::string joined = line.empty() ? word : line + " " + word;
    if (line.empty() || font.width(joined, size) <= width)
      line = joined;
    else
      lines.push_back(word);
    if (end < encoded.size() && encoded[end] == '\n') lines.emplace_back();
    at = end + 1;
  }
  return lines;
}

}  // namespace

HPDF_Dict FormWriter::add(HPDF_Page page, double page_height, const FrameWidget& widget) {
  if (!fields_) fields_ = haru::new_array(doc_);
  HPDF_Dict dict = annotation(page, page_height, widget);
  if (widget.kind == FrameWidget::Kind::Radio) {
    Group& group = radio_group(widget);
    haru::add(dict, "Parent", group.field);
    haru::append(group.kids, dict);
    if (widget.checked) haru::add_name(group.field, "V", widget.option.c_str());
    // Each button says the group's description and its own value ("…, Je maîtrise"): viewers
    // (pdf.js) read it from the widget.
    const std::string said = widget.option_label.empty()
                                 ? widget.description
                                 : widget.description + " — " + widget.option_label;
    if (!said.empty()) haru::add(dict, "TU", text_string(doc_, said));
    button_states(dict, widget);
    return dict;
  }
  // A checkbox or a text field is one dictionary: field and widget merged.
  haru::add(dict, "T", text_string(doc_, widget.name));
  if (!widget.description.empty()) haru::add(dict, "TU", text_string(doc_, widget.description));
  haru::append(fields_, dict);
  if (widget.kind == FrameWidget::Kind::Checkbox) {
    haru::add_name(dict, "FT", "Btn");
    haru::add_name(dict, "V", widget.checked ? widget.option.c_str() : "Off");
    button_states(dict, widget);
  } else {
    text_field(dict, widget);
  }
  return dict;
}

HPDF_Dict FormWriter::annotation(HPDF_Page page, double page_height, const FrameWidget& widget) {
  HPDF_Dict dict = haru::new_indirect_dict(doc_);  // /Type /Annot is optional: left out
  haru::add_name(dict, "Subtype", "Widget");
  const Rect& b = widget.rect;
  HPDF_Array rect = haru::new_array(doc_);
  for (double v : {b.x, page_height - b.y - b.height, b.x + b.width, page_height - b.y})
    haru::append_real(rect, v);
  haru::add(dict, "Rect", rect);
  haru::add_number(dict, "F", widget.hidden ? 2 : 4);  // hidden, or printed
  haru::add(dict, "P", page);
  // No /MK: no border or background, the page has them.
  haru::add_annotation(page, dict);
  return dict;
}

// The field the radio buttons of one name are kids of; one of them is always chosen once
// one is.
FormWriter::Group& FormWriter::radio_group(const FrameWidget& widget) {
  auto [it, inserted] = groups_.try_emplace(widget.name, Group{nullptr, nullptr});
  if (!inserted) return it->second;
  HPDF_Dict group = it->second.field = haru::new_indirect_dict(doc_);
  haru::add_name(group, "FT", "Btn");
  haru::add_number(group, "Ff", kRadio | kNoToggleToOff);
  haru::add(group, "T", text_string(doc_, widget.name));
  if (!widget.description.empty()) haru::add(group, "TU", text_string(doc_, widget.description));
  haru::add_name(group, "V", "Off");
  it->second.kids = haru::new_array(doc_);
  haru::add(group, "Kids", it->second.kids);
  haru::append(fields_, group);
  return it->second;
}

// Ticked: the tick the printed document draws; not ticked: nothing over the printed box.
void FormWriter::button_states(HPDF_Dict dict, const FrameWidget& widget) {
  const Rect box{0, 0, widget.rect.width, widget.rect.height};
  const std::string key =
      number(box.width) + "x" + number(box.height) + color_operator(widget.color);
  HPDF_Dict& on = appearances_["on" + key];
  if (!on) {
    const double w = box.width, h = box.height, stroke = std::max(0.6, w / 14) * 1.8;
    on = form_xobject("q " + color_operator(widget.color, "RG") + " " + number(stroke) +
                          " w 1 J 1 j " + number(w * 0.2) + " " + number(h * 0.45) + " m " +
                          number(w * 0.42) + " " + number(h * 0.22) + " l " + number(w * 0.82) +
                          " " + number(h * 0.78) + " l S Q",
                      box, false);
  }
  HPDF_Dict& off = appearances_["off" + key];
  if (!off) off = form_xobject("", box, false);
  HPDF_Dict states = haru::new_dict(doc_);
  haru::add(states, widget.option.c_str(), on);
  haru::add(states, "Off", off);
  HPDF_Dict appearance = haru::new_dict(doc_);
  haru::add(appearance, "N", states);
  haru::add(dict, "AP", appearance);
  haru::add_name(dict, "AS", widget.checked ? widget.option.c_str() : "Off");
}

void FormWriter::text_field(HPDF_Dict dict, const FrameWidget& widget) {
  haru::add_name(dict, "FT", "Tx");
  if (widget.date) haru::add_number(dict, "MaxLen", 10);  // AAAA-MM-JJ
  int flags = widget.multiline ? kMultiline : 0;
  if (widget.read_only) flags |= kReadOnly;
  if (flags) haru::add_number(dict, "Ff", flags);
  if (!widget.value.empty()) haru::add(dict, "V", text_string(doc_, widget.value));
  // A line of text is sized by the viewer to fit what is typed (0 Tf); lines of text keep the
  // document's size, and scroll.
  const std::string da = std::string("/") + kFontName + " " +
                         number(widget.multiline ? widget.size : 0) + " Tf " +
                         color_operator(widget.color);
  haru::add(dict, "DA", haru::new_string(doc_, da.c_str()));
  if (widget.face) font(*widget.face);
  HPDF_Dict appearance = haru::new_dict(doc_);
  haru::add(appearance, "N", text_appearance(widget));
  haru::add(dict, "AP", appearance);
}

// What a viewer would draw for the field's text: lines in the field's font, clipped to it.
HPDF_Dict FormWriter::text_appearance(const FrameWidget& widget) {
  const Rect box{0, 0, widget.rect.width, widget.rect.height};
  if (widget.value.empty() || !font_) {
    HPDF_Dict& blank = appearances_["text" + number(box.width) + "x" + number(box.height)];
    if (!blank) blank = form_xobject("/Tx BMC EMC", box, false);
    return blank;
  }
  const double size = widget.size;
  const std::string encoded = FieldFont::encode(widget.value);
  const std::vector<std::string> lines = widget.multiline
                                             ? wrap(*font_, encoded, size, box.width - 2 * kPadding)
                                             : std::vector<std::string>{encoded};
  std::string ops = "/Tx BMC q " + number(kPadding / 2) + " " + number(kPadding / 2) + " " +
                    number(box.width - kPadding) + " " + number(box.height - kPadding) +
                    " re W n BT /" + kFontName + " " + number(size) + " Tf " +
                    color_operator(widget.color) + " ";
  const double leading = size * 1.15;
  double baseline =
      widget.multiline ? box.height - kPadding - size * 0.9 : (box.height - size) / 2 + size * 0.22;
  ops += number(kPadding) + " " + number(baseline) + " Td " + number(leading) + " TL";
  for (std::size_t i = 0; i < lines.size(); ++i)
    ops += (i ? " T* " : " ") + literal(lines[i]) + " Tj";
  ops += " ET Q EMC";
  return form_xobject(ops, box, true);
}

HPDF_Dict FormWriter::form_xobject(const std::string& operators, const Rect& box, bool with_font) {
  HPDF_Dict stream = new_stream(doc_, operators);
  haru::add_name(stream, "Type", "XObject");
  haru::add_name(stream, "Subtype", "Form");
  HPDF_Array bbox = haru::new_array(doc_);
  for (double v : {0.0, 0.0, box.width, box.height}) haru::append_real(bbox, v);
  haru::add(stream, "BBox", bbox);
  HPDF_Dict resources = haru::new_dict(doc_);
  if (with_font) {
    HPDF_Dict fonts = haru::new_dict(doc_);
    haru::add(fonts, kFontName, font_->dict());
    haru::add(resources, "Font", fonts);
  }
  haru::add(stream, "Resources", resources);
  return stream;
}

FieldFont& FormWriter::font(const FontFace& face) {
  if (!font_) font_ = std::make_unique<FieldFont>(doc_, face);
  return *font_;
}

bool FormWriter::finish() {
  if (!fields_) return true;
  HPDF_Dict form = haru::new_indirect_dict(doc_);
  haru::add(form, "Fields", fields_);
  if (font_) {
    if (!font_->finish()) return false;
    HPDF_Dict fonts = haru::new_dict(doc_);
    haru::add(fonts, kFontName, font_->dict());
    HPDF_Dict resources = haru::new_dict(doc_);
    haru::add(resources, "Font", fonts);
    haru::add(form, "DR", resources);
    const std::string da = std::string("/") + kFontName + " 0 Tf 0 g";
    haru::add(form, "DA", haru::new_string(doc_, da.c_str()));
  }
  haru::add(haru::catalog(doc_), "AcroForm", form);
  return true;
}

}  // namespace acquis::pdf

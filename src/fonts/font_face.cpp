#include "fonts/font_face.hpp"

#include <hb-ot.h>
#include <hb-subset.h>

#include <map>
#include <mutex>

namespace acquis {

namespace {

std::string name_entry(hb_face_t* face, hb_ot_name_id_t id) {
  char buffer[256];
  unsigned length = sizeof buffer;
  if (hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &length, buffer) == 0) return {};
  return std::string(buffer, length);
}

int read_int16(const char* data, unsigned offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(data) + offset;
  return static_cast<std::int16_t>((p[0] << 8) | p[1]);
}

}  // namespace

std::shared_ptr<const FontFace> FontFace::load(const std::string& path) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (!blob) return nullptr;
  std::shared_ptr<FontFace> face(new FontFace());
  face->path_ = path;
  face->face_ = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  if (hb_face_get_glyph_count(face->face_) == 0) return nullptr;
  face->font_ = hb_font_create(face->face_);
  face->upem_ = hb_face_get_upem(face->face_);
  hb_font_set_scale(face->font_, static_cast<int>(face->upem_), static_cast<int>(face->upem_));
  hb_font_make_immutable(face->font_);
  face->read_metrics();
  return face;
}

FontFace::~FontFace() {
  hb_face_destroy(subset_source_);
  hb_font_destroy(font_);
  hb_face_destroy(face_);
}

void FontFace::read_metrics() {
  // hhea, not OS/2 typo metrics: they reach the top of accented capitals (É) in every family.
  hb_blob_t* hhea = hb_face_reference_table(face_, HB_TAG('h', 'h', 'e', 'a'));
  unsigned hhea_length = 0;
  const char* hhea_data = hb_blob_get_data(hhea, &hhea_length);
  if (hhea_length >= 8) {
    ascender_ = read_int16(hhea_data, 4);
    descender_ = read_int16(hhea_data, 6);
  }
  hb_blob_destroy(hhea);
  hb_position_t value = 0;
  cap_height_ = hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_CAP_HEIGHT, &value)
                    ? value
                    : ascender_ * 7 / 10;
  hb_blob_t* head = hb_face_reference_table(face_, HB_TAG('h', 'e', 'a', 'd'));
  unsigned length = 0;
  const char* data = hb_blob_get_data(head, &length);
  if (length >= 44)
    for (unsigned i = 0; i < 4; ++i) bbox[i] = read_int16(data, 36 + 2 * i);
  hb_blob_destroy(head);
  read_style();
  postscript_name_ = name_entry(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME);
  family_name_ = name_entry(face_, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
  if (family_name_.empty()) family_name_ = name_entry(face_, HB_OT_NAME_ID_FONT_FAMILY);
  serif = family_name_.find("Serif") != std::string::npos;
}

// Weight from OS/2, italic from OS/2 (or head) and the angle from post, read directly:
// hb_style_get_value parses STAT and fvar first, a third of a face's loading time.
void FontFace::read_style() {
  const auto table = [this](hb_tag_t tag) {
    hb_blob_t* blob = hb_face_reference_table(face_, tag);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    std::string bytes(data ? data : "", data ? length : 0);
    hb_blob_destroy(blob);
    return bytes;
  };
  const std::string os2 = table(HB_TAG('O', 'S', '/', '2'));
  if (os2.size() >= 64) {
    bold = static_cast<unsigned>(read_int16(os2.data(), 4)) >= 600;
    italic = (read_int16(os2.data(), 62) & 0x1) != 0;
  } else {
    const std::string head = table(HB_TAG('h', 'e', 'a', 'd'));
    if (head.size() >= 46) {
      bold = (read_int16(head.data(), 44) & 0x1) != 0;
      italic = (read_int16(head.data(), 44) & 0x2) != 0;
    }
  }
  const std::string post = table(HB_TAG('p', 'o', 's', 't'));
  if (post.size() >= 8)  // Fixed 16.16
    italic_angle = read_int16(post.data(), 4) +
                   static_cast<unsigned>(static_cast<unsigned char>(post[6]) << 8 |
                                         static_cast<unsigned char>(post[7])) /
                       65536.0;
}

hb_face_t* FontFace::subset_source() const {
  if (subset_uses_.fetch_add(1, std::memory_order_relaxed) == 0) return face_;
  std::call_once(subset_once_, [this] { subset_source_ = hb_subset_preprocess(face_); });
  return subset_source_;
}

bool FontFace::covers(char32_t cp) const {
  return glyph_for(cp) != 0;
}

std::uint32_t FontFace::glyph_for(char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font_, cp, &glyph) ? glyph : 0;
}

int FontFace::advance(std::uint32_t glyph) const {
  return hb_font_get_glyph_h_advance(font_, glyph);
}

std::shared_ptr<const FontFace> cached_face(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const FontFace>> faces;
  std::lock_guard lock(mutex);
  auto [it, inserted] = faces.try_emplace(path);
  if (inserted) it->second = FontFace::load(path);
  return it->second;
}

}  // namespace acquis

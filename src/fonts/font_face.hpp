// One TrueType face, parsed once per process and shared (read-only) by every document.
// Metrics are in font units; multiply by size / units_per_em for points.
#pragma once

#include <hb.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace acquis {

class FontFace {
 public:
  static std::shared_ptr<const FontFace> load(const std::string& path);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  hb_face_t* hb_face() const { return face_; }
  // The face to subset from. Preparing a face for repeated subsetting (hb_subset_preprocess)
  // costs about as much as 25 subsets, so the first document uses the plain face and the
  // second pays for the preparation that every later one profits from.
  hb_face_t* subset_source() const;
  hb_font_t* hb_font() const { return font_; }
  const std::string& path() const { return path_; }
  const std::string& postscript_name() const { return postscript_name_; }
  const std::string& family_name() const { return family_name_; }

  bool covers(char32_t cp) const;
  std::uint32_t glyph_for(char32_t cp) const;  // 0 when not covered
  int advance(std::uint32_t glyph) const;      // font units

  unsigned units_per_em() const { return upem_; }
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }  // negative
  int cap_height() const { return cap_height_; }
  int bbox[4] = {0, 0, 0, 0};  // xMin yMin xMax yMax
  double italic_angle = 0;
  bool bold = false;
  bool italic = false;
  bool serif = false;

 private:
  FontFace() = default;
  void read_metrics();
  void read_style();

  std::string path_, postscript_name_, family_name_;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  mutable std::atomic<int> subset_uses_{0};
  mutable std::once_flag subset_once_;
  mutable hb_face_t* subset_source_ = nullptr;
  unsigned upem_ = 1000;
  int ascender_ = 0, descender_ = 0, cap_height_ = 0;
};

// Faces by file path, loaded at most once per process (thread-safe).
std::shared_ptr<const FontFace> cached_face(const std::string& path);

}  // namespace acquis

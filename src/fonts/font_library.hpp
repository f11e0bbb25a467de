// The font families a document may name, read from fonts/fonts.xml, plus any TrueType file a
// user drops into the fonts/ folder (registered under its own family name). Families have up to
// four faces; a missing style falls back to the family's regular face. The fallback chain lists
// the families tried, in order, for a character the requested family cannot draw. Listed faces
// are opened on first use: a certificate in one family does not pay for the other eleven.
#pragma once

#include "core/diagnostics.hpp"
#include "fonts/font_face.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace acquis {

struct FaceRequest {
  std::string family;
  bool bold = false;
  bool italic = false;
};

class FontLibrary {
 public:
  // Returns null (with diagnostics) when the configuration or a listed face cannot be loaded.
  static std::unique_ptr<FontLibrary> load(const std::string& config_path, Diagnostics& diags);

  bool has_family(const std::string& family) const;
  const FontFace* face(const FaceRequest& request) const;  // null for an unknown family
  // The requested face, then the same style in each fallback family.
  std::vector<const FontFace*> chain(const FaceRequest& request) const;
  std::vector<std::string> family_names() const;

 private:
  class LazyFace {
   public:
    explicit LazyFace(std::string path) : path_(std::move(path)) {}
    explicit LazyFace(std::shared_ptr<const FontFace> face) : face_(std::move(face)) {
      std::call_once(once_, [] {});
    }
    const FontFace* get() const;

   private:
    std::string path_;
    mutable std::once_flag once_;
    mutable std::shared_ptr<const FontFace> face_;
  };
  struct Family {
    std::shared_ptr<const LazyFace> faces[4];  // regular, bold, italic, bold-italic
  };
  void add_face(const std::string& family, int style, std::shared_ptr<const LazyFace> face);
  const FontFace* style(const Family& family, int index) const;
  void scan_user_fonts(const std::string& directory);

  std::map<std::string, Family> families_;  // keyed by lower-case name
  std::vector<std::string> fallback_;
};

}  // namespace acquis

// The hand-written TrueType subset against HarfBuzz itself: for glyphs of every family Acquis
// ships (accented letters are composites in some of them), the subset's outlines and advances,
// read back by HarfBuzz, are those of the original face.
#include "pdf/truetype_subset.hpp"

#include <catch2/catch.hpp>

#include <hb.h>

#include <set>
#include <string>
#include <vector>

using acquis::pdf::subset_truetype;

namespace {

// Every drawing operation of a glyph, as text: what the rasterizer will draw.
std::string outline(hb_font_t* font, hb_codepoint_t glyph) {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(
        f,
        [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float x, float y, void*) {
          *static_cast<std::string*>(out) += "M" + std::to_string(x) + "," + std::to_string(y);
        },
        nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(
        f,
        [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float x, float y, void*) {
          *static_cast<std::string*>(out) += "L" + std::to_string(x) + "," + std::to_string(y);
        },
        nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(
        f,
        [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, float cx, float cy, float x, float y,
           void*) {
          *static_cast<std::string*>(out) += "Q" + std::to_string(cx) + "," + std::to_string(cy) +
                                             " " + std::to_string(x) + "," + std::to_string(y);
        },
        nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(
        f,
        [](hb_draw_funcs_t*, void* out, hb_draw_state_t*, void*) {
          *static_cast<std::string*>(out) += "Z";
        },
        nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  std::string out;
  hb_font_get_glyph_shape(font, glyph, funcs, &out);
  return out;
}

std::uint32_t word_at(const std::string& bytes, std::size_t at) {
  std::uint32_t word = 0;
  for (std::size_t i = at; i < at + 4; ++i)
    word = word << 8 | (i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0u);
  return word;
}

// OpenType checksums, as validators check them: each table's, and the whole file's, which the
// head table's adjustment brings to 0xB1B0AFBA.
void check_checksums(const std::string& bytes) {
  std::uint32_t whole = 0;
  for (std::size_t at = 0; at < bytes.size(); at += 4) whole += word_at(bytes, at);
  CHECK(whole == 0xB1B0AFBAu);
  const std::uint32_t tables = word_at(bytes, 4) >> 16;
  for (std::uint32_t t = 0; t < tables; ++t) {
    const std::size_t entry = 12 + 16 * t;
    const std::string tag = bytes.substr(entry, 4);
    const std::uint32_t offset = word_at(bytes, entry + 8), length = word_at(bytes, entry + 12);
    std::string table = bytes.substr(offset, length);
    if (tag == "head") table.replace(8, 4, 4, '\0');  // summed without its adjustment
    std::uint32_t sum = 0;
    for (std::size_t at = 0; at < table.size(); at += 4) sum += word_at(table, at);
    INFO(tag);
    CHECK(word_at(bytes, entry + 4) == sum);
  }
}

void check_face(const char* path, const std::u32string& text) {
  INFO(path);
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path);
  REQUIRE(blob);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  std::vector<std::uint32_t> glyphs{0};
  for (char32_t c : text) {
    hb_codepoint_t glyph = 0;
    REQUIRE(hb_font_get_nominal_glyph(font, c, &glyph));
    glyphs.push_back(glyph);
  }
  glyphs.push_back(glyphs[3]);  // a repeat keeps its id

  std::string bytes;
  std::vector<std::uint32_t> new_gids;
  REQUIRE(subset_truetype(face, glyphs, bytes, new_gids));
  REQUIRE(new_gids.size() == glyphs.size());
  CHECK(new_gids[0] == 0);
  CHECK(new_gids.back() == new_gids[3]);
  check_checksums(bytes);
  hb_blob_t* subset_blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                          HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* subset_face = hb_face_create(subset_blob, 0);
  hb_font_t* subset = hb_font_create(subset_face);
  CHECK(hb_face_get_upem(subset_face) == hb_face_get_upem(face));
  const std::set<std::uint32_t> distinct(glyphs.begin(), glyphs.end());
  const unsigned count = hb_face_get_glyph_count(subset_face);
  CHECK(count >= distinct.size());  // more when composites brought their components
  UNSCOPED_INFO("components added: " << count - distinct.size());
  CHECK_FALSE(outline(font, glyphs[1]).empty());  // "É" has an outline to compare
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    INFO("glyph " << glyphs[i] << " → " << new_gids[i]);
    CHECK(outline(subset, new_gids[i]) == outline(font, glyphs[i]));
    CHECK(hb_font_get_glyph_h_advance(subset, new_gids[i]) ==
          hb_font_get_glyph_h_advance(font, glyphs[i]));
  }
  hb_font_destroy(subset);
  hb_face_destroy(subset_face);
  hb_blob_destroy(subset_blob);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

}  // namespace

TEST_CASE("truetype subset: outlines and advances survive, composites included", "[pdf]") {
  const std::u32string text = U"Éloïse Côté-Bérubé « àçœŒ » 1er 2026 fi";
  check_face("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", text);
  check_face("/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf", text);
  check_face("/usr/share/fonts/truetype/lato/Lato-Regular.ttf", text);
  check_face("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", text);
}

TEST_CASE("truetype subset: a font without glyf outlines is left to hb-subset", "[pdf]") {
  hb_face_t* empty = hb_face_create(hb_blob_get_empty(), 0);
  std::string bytes;
  std::vector<std::uint32_t> new_gids;
  CHECK_FALSE(subset_truetype(empty, {0, 1}, bytes, new_gids));
  hb_face_destroy(empty);
}

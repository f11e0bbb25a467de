// Engine-level behaviour: determinism, failure leaves nothing behind, frame dump.
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <png.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

using namespace acquis;

namespace {

Document small_document(const std::string& text) {
  FixedPage page;
  Paragraph paragraph;
  paragraph.spans = {Span{text, TextStyle{}, true, "essai", {}, {}}};
  page.items.push_back(TextBox{{72, 72, 300, 200}, paragraph});
  page.items.push_back(BoxItem{{60, 60, 330, 230}, 1, {}, false, {}});
  page.items.push_back(LinkItem{{72, 300, 100, 20}, "https://www.quebec.ca"});
  Document document;
  document.metadata.title = "Essai";
  document.sections.emplace_back(std::move(page));
  return document;
}

// Writes an 8-bit PNG of `format` (PNG_FORMAT_RGB, _RGBA…) from `samples`.
bool write_png(const std::string& path, std::uint32_t width, std::uint32_t height,
               std::uint32_t format, const std::vector<std::uint8_t>& samples) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  image.format = format;
  return png_image_write_to_file(&image, path.c_str(), 0, samples.data(), 0, nullptr) != 0;
}

}  // namespace

TEST_CASE("deterministic mode: same input, same bytes", "[pdf][determinism]") {
  const auto first = test::engine().render(small_document("Déterminisme : « même entrée »"));
  const auto second = test::engine().render(small_document("Déterminisme : « même entrée »"));
  REQUIRE(first.ok);
  CHECK(first.pdf == second.pdf);
  const std::string pdf(first.pdf.begin(), first.pdf.end());
  CHECK(pdf.find("/ID [") != std::string::npos);  // in the trailer (the cross-reference stream)
  const std::string path = test::output_dir() + "/deterministe.pdf";
  test::write_file(path, first.pdf);
  CHECK(test::run("pdfinfo -isodates " + path).out.find("CreationDate:    2026-01-01T00:00:00") !=
        std::string::npos);
}

TEST_CASE("a failed render writes no file, not even a partial one", "[pdf][failure]") {
  const std::string path = test::output_dir() + "/echec.pdf";
  std::filesystem::remove(path);
  const auto result = test::engine().render_to_file(small_document("Caractère absent : 中"), path);
  CHECK_FALSE(result.ok);
  CHECK(result.pdf.empty());
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(format_diagnostic(result.diagnostics[0]).find("essai: erreur: le caractère U+4E2D") == 0);
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST_CASE("text taller than its box is an error, never drawn past it", "[pdf][failure]") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "Une phrase assez longue pour remplir le cadre. ";
  const auto result = test::engine().render(small_document(text));
  CHECK_FALSE(result.ok);
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(result.diagnostics[0].code == "text-box-overflow");
}

TEST_CASE("items outside the page are reported", "[pdf][failure]") {
  Document document = small_document("Texte");
  std::get<FixedPage>(document.sections[0])
      .items.push_back(BoxItem{{500, 700, 200, 200}, 1, {}, false, {}});
  const auto result = test::engine().render(document);
  CHECK_FALSE(result.ok);
  CHECK(result.diagnostics.at(0).code == "item-off-page");
}

TEST_CASE("render_to_file writes a complete PDF atomically", "[pdf]") {
  const std::string path = test::output_dir() + "/petit.pdf";
  const auto result = test::engine().render_to_file(small_document("Bonjour"), path);
  REQUIRE(result.ok);
  CHECK(test::read_file(path).size() == result.pdf.size());
  CHECK(test::run("qpdf --check " + path).exit_code == 0);
  CHECK(test::run("pdftotext " + path + " -").out.find("Bonjour") != std::string::npos);
}

TEST_CASE("frame dump is stable and shows positions and text", "[dump]") {
  std::vector<Diagnostic> diagnostics;
  const std::string dump = test::engine().dump(small_document("Bonjour : « là »"), diagnostics);
  CHECK(diagnostics.empty());
  CHECK(dump.find("page 1 612.0x792.0") == 0);
  CHECK(dump.find("text 72.0 ") != std::string::npos);
  CHECK(dump.find("Bonjour\u00A0: «\u202Flà\u202F»") != std::string::npos);
  CHECK(dump.find("link 72.0 300.0 100.0x20.0 https://www.quebec.ca") != std::string::npos);
  CHECK(dump == test::engine().dump(small_document("Bonjour : « là »"), diagnostics));
}

TEST_CASE("PNG and JPEG images are embedded, a missing image is an error", "[pdf][image]") {
  const std::string dir = test::output_dir();
  const auto source = test::engine().render(small_document("Image"));
  REQUIRE(source.ok);
  test::write_file(dir + "/source.pdf", source.pdf);
  REQUIRE(test::run("pdftoppm -r 20 -png -singlefile " + dir + "/source.pdf " + dir + "/logo")
              .exit_code == 0);
  REQUIRE(test::run("pdftoppm -r 20 -jpeg -singlefile " + dir + "/source.pdf " + dir + "/photo")
              .exit_code == 0);

  Document document = small_document("Logo et photo");
  auto& items = std::get<FixedPage>(document.sections[0]).items;
  items.push_back(ImageItem{{400, 72, 120, 150}, dir + "/logo.png"});
  items.push_back(ImageItem{{400, 300, 120, 150}, dir + "/photo.jpg"});
  const auto result = test::engine().render_to_file(document, dir + "/images.pdf");
  for (const auto& d : result.diagnostics) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(result.ok);
  const auto list = test::run("pdfimages -list " + dir + "/images.pdf");
  CHECK(list.err.empty());
  CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 4);  // header, rule, 2 images
  CHECK(list.out.find("jpeg") != std::string::npos);
  CHECK(test::run("qpdf --check " + dir + "/images.pdf").exit_code == 0);

  items.push_back(ImageItem{{72, 600, 50, 50}, dir + "/absent.png"});
  const auto missing = test::engine().render(document);
  CHECK_FALSE(missing.ok);
  REQUIRE_FALSE(missing.diagnostics.empty());
  CHECK(missing.diagnostics[0].code == "image-missing");
}

// A plain RGB PNG is embedded as it is (its data already deflated); a PNG with transparency
// goes through libharu's decoder, which gives it a soft mask. Both render with the right pixels.
TEST_CASE("PNG images: RGB embedded without decoding, transparency through the decoder",
          "[pdf][image]") {
  const std::string dir = test::output_dir();
  std::vector<std::uint8_t> red(4 * 4 * 4);
  for (std::size_t i = 0; i < red.size(); i += 4) red[i] = 255, red[i + 3] = 255;
  REQUIRE(write_png(dir + "/rgba.png", 4, 4, PNG_FORMAT_RGBA, red));
  std::vector<std::uint8_t> green(4 * 4 * 3);
  for (std::size_t i = 1; i < green.size(); i += 3) green[i] = 255;
  REQUIRE(write_png(dir + "/rgb.png", 4, 4, PNG_FORMAT_RGB, green));

  Document document = small_document("Deux images");
  auto& items = std::get<FixedPage>(document.sections[0]).items;
  items.push_back(ImageItem{{300, 100, 100, 100}, dir + "/rgb.png"});
  items.push_back(ImageItem{{300, 300, 100, 100}, dir + "/rgba.png"});
  const auto result = test::engine().render_to_file(document, dir + "/png.pdf");
  REQUIRE(result.ok);
  CHECK(test::run("qpdf --check " + dir + "/png.pdf").exit_code == 0);
  const std::string list = test::run("pdfimages -list " + dir + "/png.pdf").out;
  CHECK(list.find("smask") != std::string::npos);  // the transparent one
  REQUIRE(test::run("pdftoppm -r 72 -singlefile -x 340 -y 140 -W 1 -H 1 " + dir + "/png.pdf " +
                    dir + "/pixel")
              .exit_code == 0);
  const std::string ppm = test::read_file(dir + "/pixel.ppm");
  REQUIRE(ppm.size() >= 3);
  CHECK(static_cast<unsigned char>(ppm[ppm.size() - 3]) < 10);   // R
  CHECK(static_cast<unsigned char>(ppm[ppm.size() - 2]) > 245);  // G
}

// A PNG with far more pixels than it prints at is embedded reduced to 200 dpi of its printed
// size (a 1200 × 400 logo drawn 1 in × 1/3 in: 200 × 67), the same picture: left half blue,
// right half white. One of its print size is embedded as it is.
TEST_CASE("PNG images: one much larger than it prints is reduced to 200 dpi", "[pdf][image]") {
  const std::string dir = test::output_dir();
  std::vector<std::uint8_t> pixels(1200 * 400 * 3, 255);
  for (std::size_t y = 0; y < 400; ++y)
    for (std::size_t x = 0; x < 600; ++x) {
      pixels[(y * 1200 + x) * 3] = 0x17;
      pixels[(y * 1200 + x) * 3 + 1] = 0x33;
      pixels[(y * 1200 + x) * 3 + 2] = 0x5F;
    }
  REQUIRE(write_png(dir + "/large.png", 1200, 400, PNG_FORMAT_RGB, pixels));
  Document document = small_document("Logo réduit");
  auto& items = std::get<FixedPage>(document.sections[0]).items;
  items.push_back(ImageItem{{300, 100, 72, 24}, dir + "/large.png"});
  items.push_back(ImageItem{{300, 300, 288, 96}, dir + "/large.png"});  // 4 in: 1200 px, as is
  const auto result = test::engine().render_to_file(document, dir + "/reduced.pdf");
  REQUIRE(result.ok);
  CHECK(test::run("qpdf --check " + dir + "/reduced.pdf").exit_code == 0);
  const std::string list = test::run("pdfimages -list " + dir + "/reduced.pdf").out;
  INFO(list);
  CHECK(list.find("     200    67  rgb") != std::string::npos);
  CHECK(list.find("    1200   400  rgb") != std::string::npos);
  const auto pixel = [&](int x, int y) {
    REQUIRE(test::run("pdftoppm -r 72 -singlefile -x " + std::to_string(x) + " -y " +
                      std::to_string(y) + " -W 1 -H 1 " + dir + "/reduced.pdf " + dir + "/px")
                .exit_code == 0);
    return test::read_file(dir + "/px.ppm");
  };
  const std::string blue = pixel(310, 110), white = pixel(365, 110);
  REQUIRE(blue.size() >= 3);
  REQUIRE(white.size() >= 3);
  CHECK(std::abs(static_cast<unsigned char>(blue[blue.size() - 1]) - 0x5F) < 8);
  CHECK(std::abs(static_cast<unsigned char>(blue[blue.size() - 3]) - 0x17) < 8);
  CHECK(static_cast<unsigned char>(white[white.size() - 2]) > 245);
}

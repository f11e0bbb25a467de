// Engine-level behaviour: determinism, failure leaves nothing behind, frame dump.
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <png.h>

#include <algorithm>
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

}  // namespace

TEST_CASE("deterministic mode: same input, same bytes", "[pdf][determinism]") {
  const auto first = test::engine().render(small_document("Déterminisme : « même entrée »"));
  const auto second = test::engine().render(small_document("Déterminisme : « même entrée »"));
  REQUIRE(first.ok);
  CHECK(first.pdf == second.pdf);
  const std::string pdf(first.pdf.begin(), first.pdf.end());
  CHECK(pdf.find("/CreationDate (D:20260101000000+00'00')") != std::string::npos);
  CHECK(pdf.find("/ID [") != std::string::npos);
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
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = 4;
  image.height = 4;
  image.format = PNG_FORMAT_RGBA;
  std::vector<std::uint8_t> red(4 * 4 * 4);
  for (std::size_t i = 0; i < red.size(); i += 4) red[i] = 255, red[i + 3] = 255;
  REQUIRE(png_image_write_to_file(&image, (dir + "/rgba.png").c_str(), 0, red.data(), 0, nullptr));
  image.format = PNG_FORMAT_RGB;
  std::vector<std::uint8_t> green(4 * 4 * 3);
  for (std::size_t i = 1; i < green.size(); i += 3) green[i] = 255;
  REQUIRE(png_image_write_to_file(&image, (dir + "/rgb.png").c_str(), 0, green.data(), 0, nullptr));

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

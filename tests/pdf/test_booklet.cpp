// The sample self-assessment booklet (W2 and its full version), rendered through the C++ API
// and read back with poppler and qpdf.
#include "booklet.hpp"
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

using namespace acquis;

namespace {

const samples::BookletData& data() {
  static const samples::BookletData read = [] {
    samples::BookletData d;
    std::string error;
    if (!samples::read_booklet_data("samples/referentiel-soudage-montage.xml", d, error))
      throw std::runtime_error(error);
    return d;
  }();
  return read;
}

const std::string& booklet_pdf() {
  static const std::string path = [] {
    const RenderResult result = test::engine().render(
        samples::self_assessment_booklet(data(), {"samples/logo-navigateurs.png", true}));
    for (const auto& d : result.diagnostics) UNSCOPED_INFO(format_diagnostic(d));
    REQUIRE(result.ok);
    const std::string file = test::output_dir() + "/cahier.pdf";
    test::write_file(file, result.pdf);
    return file;
  }();
  return path;
}

}  // namespace

TEST_CASE("booklet: valid, fonts embedded, the logo drawn", "[pdf][booklet]") {
  test::check_valid(booklet_pdf());
  test::check_fonts_embedded(booklet_pdf());
  const auto images = test::run("pdfimages -list " + booklet_pdf()).out;
  // 210 pt wide: 584 pixels at 200 dpi; the file has 1092, less than twice: as it is.
  CHECK(std::regex_search(images, std::regex(R"(\n\s+1\s+\d+\s+image\s+1092\s+300)")));
}

// Word boxes rather than extracted text: poppler reads table columns in its own order.
TEST_CASE("booklet: every competency heading shares its page with its table header and first row",
          "[pdf][booklet]") {
  const auto words = test::words(booklet_pdf());
  REQUIRE(data().competencies.size() == 20);
  for (const auto& competency : data().competencies) {
    INFO("compétence " << competency.number);
    auto heading = words.end();
    for (auto it = words.begin(); it + 1 < words.end(); ++it)
      if (it->text == "Compétence" && (it + 1)->text == competency.number) heading = it;
    REQUIRE(heading != words.end());
    const auto below = [&](const std::string& text, double within) {
      return std::any_of(words.begin(), words.end(), [&](const test::Word& w) {
        return w.page == heading->page && w.text == text && w.y_min > heading->y_max &&
               w.y_min < heading->y_max + within;
      });
    };
    CHECK(below("Tâche", 40));
    CHECK(below("Partiellement", 40));
    CHECK(below(competency.tasks[0].substr(0, competency.tasks[0].find(' ')), 70));
  }
  const std::string all = test::normalize_text(test::run("pdftotext " + booklet_pdf() + " -").out);
  for (const char* expected : {"Schéma de la démarche", "Entrevue de validation",
                               "Clôture du dossier", "Personne candidate", "Code permanent"})
    CHECK(all.find(expected) != std::string::npos);
}

TEST_CASE("booklet: Page X de Y in the footer from page 2, nothing outside its band",
          "[pdf][booklet]") {
  const int pages = test::page_count(booklet_pdf());
  REQUIRE(pages >= 14);
  CHECK(test::page_text(booklet_pdf(), 1).find("Page ") == std::string::npos);
  for (int page = 2; page <= pages; ++page)
    CHECK(test::page_text(booklet_pdf(), page)
              .find("Page " + std::to_string(page) + " de " + std::to_string(pages)) !=
          std::string::npos);
  for (const test::Word& w : test::words(booklet_pdf())) {
    INFO(w.text << " page " << w.page << " " << w.x_min << "," << w.y_min);
    CHECK(w.x_min >= 72 - 0.05);
    CHECK(w.x_max <= 540 + 0.05);
    CHECK(w.y_min >= 36 - 0.05);
    CHECK(w.y_max <= 792 - 36 + 0.05);
    const bool body = w.y_min >= 72 - 0.05 && w.y_max <= 720 + 0.05;
    CHECK((body || w.y_max <= 72 || w.y_min >= 720));
  }
}

TEST_CASE("booklet W2: 15 pages, same bytes every time", "[pdf][booklet]") {
  const Document document = samples::self_assessment_booklet(data(), {});
  const RenderResult first = test::engine().render(document);
  const RenderResult second = test::engine().render(document);
  REQUIRE(first.ok);
  CHECK(first.pages == 15);
  CHECK(first.pdf == second.pdf);
}

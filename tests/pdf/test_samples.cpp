// The sample documents, rendered and then opened with independent tools: what a person would
// check on the printed page, checked on the PDF itself.
#include "pdf_checks.hpp"
#include "sample_documents.hpp"
#include "text/typography.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace acquis;
using test::check_fonts_embedded;
using test::check_valid;
using test::Word;
using test::words;

namespace {

samples::AttestationData candidate() {
  return {"Éloïse",       "Côté-Bérubé",
          "COTE12345678", "Mécanique industrielle de construction et d'entretien",
          "DEP 5260",     "22 novembre 2026"};
}

std::string render_sample(const std::string& name, const Document& document) {
  const std::string path = test::output_dir() + "/" + name + ".pdf";
  const RenderResult result = test::engine().render(document);
  for (const auto& d : result.diagnostics) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(result.ok);
  test::write_file(path, result.pdf);
  return path;
}

const std::string& attestation_pdf() {
  static const std::string path = render_sample("attestation", samples::attestation(candidate()));
  return path;
}

const std::vector<samples::TextSection>& sections() {
  static const auto read = samples::read_sections("samples/texte-justifie.txt");
  return read;
}

const std::string& justified_pdf() {
  static const std::string path =
      render_sample("texte-justifie", samples::justified_text(sections(), "Texte justifié"));
  return path;
}

std::string expected_justified_text() {
  const TypographyRules rules = typography_rules("fr-CA");
  std::string text;
  for (const auto& section : sections()) {
    text += apply_typography(section.heading, rules) + "\n";
    for (const auto& paragraph : section.paragraphs)
      text += apply_typography(paragraph, rules) + "\n";
  }
  // An ordinal is set with superscript letters (1ᵉʳ) but read and copied as its plain letters.
  for (const auto& [set, read] :
       {std::pair<std::string, std::string>{"\u1D49", "e"}, {"\u02B3", "r"}, {"\u02E2", "s"}})
    for (std::size_t at = text.find(set); at != std::string::npos; at = text.find(set, at))
      text.replace(at, set.size(), read);
  return test::normalize_text(text);
}

// ToUnicode maps of every font, uncompressed by qpdf: the exact code points behind the glyphs.
std::string to_unicode_maps(const std::string& pdf) {
  const std::string qdf = pdf + ".qdf";
  REQUIRE(test::run("qpdf --qdf --object-streams=disable " + pdf + " " + qdf).exit_code == 0);
  return test::read_file(qdf);
}

}  // namespace

TEST_CASE("attestation: valid PDF, silent poppler, fonts embedded as subsets with Unicode",
          "[pdf][attestation]") {
  check_valid(attestation_pdf());
  check_fonts_embedded(attestation_pdf());
}

TEST_CASE("attestation: text carries the candidate's and program's data", "[pdf][attestation]") {
  const std::string text =
      test::normalize_text(test::run("pdftotext " + attestation_pdf() + " -").out);
  CHECK(text.find("Attestation de reconnaissance des acquis et des compétences") !=
        std::string::npos);
  CHECK(text.find("Éloïse Côté-Bérubé") != std::string::npos);
  CHECK(text.find("Code permanent : COTE12345678") != std::string::npos);
  CHECK(text.find("Mécanique industrielle de construction et d’entretien (DEP 5260)") !=
        std::string::npos);
  CHECK(text.find("Délivrée le 22 novembre 2026") != std::string::npos);
  CHECK(text.find("Centre de services scolaire des Navigateurs-du-Fleuve") != std::string::npos);
}

TEST_CASE("attestation: one landscape Letter page, every word inside the inner border",
          "[pdf][attestation]") {
  const auto info = test::run("pdfinfo " + attestation_pdf()).out;
  CHECK(std::regex_search(info, std::regex(R"(Pages:\s+1\n)")));
  CHECK(info.find("792 x 612 pts (letter)") != std::string::npos);
  const auto found = words(attestation_pdf());
  REQUIRE(found.size() > 30);
  for (const Word& w : found) {
    INFO(w.text);
    CHECK(w.x_min >= 30);
    CHECK(w.x_max <= 762);
    CHECK(w.y_min >= 30);
    CHECK(w.y_max <= 582);
  }
}

TEST_CASE("justified text: valid, two pages, fonts embedded", "[pdf][justified]") {
  check_valid(justified_pdf());
  check_fonts_embedded(justified_pdf());
  CHECK(std::regex_search(test::run("pdfinfo " + justified_pdf()).out,
                          std::regex(R"(Pages:\s+2\n)")));
}

TEST_CASE("justified text: extracted text equals the source text", "[pdf][justified]") {
  const std::string extracted =
      test::normalize_text(test::run("pdftotext " + justified_pdf() + " -").out);
  const std::string expected = expected_justified_text();
  std::size_t first_difference = 0;
  while (first_difference < std::min(extracted.size(), expected.size()) &&
         extracted[first_difference] == expected[first_difference])
    ++first_difference;
  INFO("extracted: …" << extracted.substr(first_difference > 40 ? first_difference - 40 : 0, 100));
  INFO("expected:  …" << expected.substr(first_difference > 40 ? first_difference - 40 : 0, 100));
  CHECK(extracted == expected);
  for (const char* needle :
       {"é", "è", "à", "ç", "œ", "Œuvrant", "«", "»", "’", "ÉCHÉANCE", "officiellement"}) {
    INFO(needle);
    CHECK(extracted.find(needle) != std::string::npos);
  }
}

TEST_CASE("justified text: hyphenated line ends are soft hyphens in the text layer",
          "[pdf][justified]") {
  const std::string raw = test::run("pdftotext " + justified_pdf() + " -").out;
  CHECK(raw.find("\u00AD\n") != std::string::npos);
}

TEST_CASE("justified text: exact no-break characters in the ToUnicode maps", "[pdf][justified]") {
  const std::string pdf = to_unicode_maps(justified_pdf());
  CHECK(std::regex_search(pdf, std::regex("<[0-9A-F]{4}> <00A0>")));  // before ':'
  CHECK(std::regex_search(pdf, std::regex("<[0-9A-F]{4}> <202F>")));  // « », 1 470
  CHECK(std::regex_search(pdf, std::regex("<[0-9A-F]{4}> <2019>")));  // ’
  CHECK(std::regex_search(pdf, std::regex("<[0-9A-F]{4}> <00AD>")));  // inserted hyphen
  CHECK(std::regex_search(
      pdf, std::regex("<[0-9A-F]{4}> <006600660069>|<[0-9A-F]{4}> <00660069>")));  // ligature
  CHECK(pdf.find("begincidrange") == std::string::npos);
}

TEST_CASE("justified text: every word lies inside the margins", "[pdf][justified]") {
  const auto found = words(justified_pdf());
  REQUIRE(found.size() > 500);
  for (const Word& w : found) {
    INFO(w.text << " " << w.x_min << "," << w.y_min << " " << w.x_max << "," << w.y_max);
    CHECK(w.x_min >= 81 - 0.01);
    CHECK(w.x_max <= 612 - 81 + 0.01);
    CHECK(w.y_min >= 72 - 0.01);
    CHECK(w.y_max <= 792 - 72 + 0.01);
  }
}

TEST_CASE("justified text: metadata in Unicode, language and outline", "[pdf][justified]") {
  const auto info = test::run("pdfinfo " + justified_pdf()).out;
  CHECK(std::regex_search(info, std::regex(R"(Title:\s+Texte justifié\n)")));
  CHECK(std::regex_search(
      info, std::regex(R"(Subject:\s+Exemple de texte justifié \(contenu inventé\)\n)")));
  const std::string pdf = to_unicode_maps(justified_pdf());
  CHECK(pdf.find("/Lang (fr-CA)") != std::string::npos);
  CHECK(pdf.find("/Outlines") != std::string::npos);
  CHECK(pdf.find("/DisplayDocTitle true") != std::string::npos);
}

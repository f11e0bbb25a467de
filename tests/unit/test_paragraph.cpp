#include "core/utf8.hpp"
#include "fonts/font_library.hpp"
#include "text/paragraph_layout.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {

const FontLibrary& fonts() {
  static std::unique_ptr<FontLibrary> library = [] {
    Diagnostics diags;
    auto loaded = FontLibrary::load(test::fonts_config(), diags);
    REQUIRE(loaded);
    return loaded;
  }();
  return *library;
}

// The fonts and Debian's hyphenation patterns, as the engine passes them.
const TextResources& text() {
  static const TextResources resources{fonts(), "/usr/share/hyphen"};
  return resources;
}

Paragraph paragraph(const std::string& text, Align align = Align::Justify, bool hyphenate = true) {
  Paragraph p;
  p.spans = {Span{text, TextStyle{"serif", false, false, 11, {}}, hyphenate, "essai.xml", {}, {}}};
  p.align = align;
  return p;
}

std::string line_text(const LaidLine& line) {
  std::string text;
  for (const GlyphRun& run : line.runs) text += run.text;
  return text;
}

const std::string kSample =
    "La reconnaissance des acquis et des compétences permet à une personne adulte de faire "
    "reconnaître officiellement ce qu'elle a appris au travail : « Je maîtrise » signifie que "
    "l'établissement a constaté 1 470 h d'expérience, soit 3,5 % de plus, à 14 h 30. "
    "Aujourd'hui, l'œuvre de Marie-Ève Côté-Bérubé, de Trois-Rivières, est reconnue.";

}  // namespace

TEST_CASE("the fonts of the configuration cover French completely", "[fonts]") {
  const std::u32string french = U"àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ«»’\u00A0\u202F–—…";
  for (const char* family : {"serif", "sans"})
    for (bool bold : {false, true})
      for (bool italic : {false, true}) {
        const FontFace* face = fonts().face({family, bold, italic});
        REQUIRE(face);
        CHECK(face->bold == bold);
        CHECK(face->italic == italic);
        for (char32_t c : french) {
          INFO(face->postscript_name() << " " << utf8::code_point_name(c));
          CHECK(face->covers(c));
        }
      }
}

TEST_CASE("faces are parsed once per process and shared", "[fonts]") {
  Diagnostics diags;
  auto again = FontLibrary::load(test::fonts_config(), diags);
  REQUIRE(again);
  CHECK(again->face({"serif", false, false}) == fonts().face({"serif", false, false}));
}

TEST_CASE("a character no face can draw is an error naming it, the family and the source",
          "[paragraph]") {
  Diagnostics diags;
  const LaidParagraph laid = layout_paragraph(paragraph("Nom : 中村"), 300, text(), diags);
  REQUIRE(diags.has_errors());
  const Diagnostic& error = diags.items().front();
  CHECK(error.code == "glyph-missing");
  CHECK(acquis::diagnostic_text(error).find("U+4E2D") != std::string::npos);
  CHECK(acquis::diagnostic_text(error).find("serif") != std::string::npos);
  CHECK(error.source == "essai.xml");
  CHECK(laid.lines.empty());
}

TEST_CASE("a character missing from the family is drawn by the fallback face", "[paragraph]") {
  Diagnostics diags;
  const LaidParagraph laid = layout_paragraph(paragraph("Flèche → suivante"), 300, text(), diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(laid.lines.size() == 1);
  bool fallback_used = false;
  for (const GlyphRun& run : laid.lines[0].runs)
    fallback_used = fallback_used || run.face->family_name() == "DejaVu Sans";
  CHECK(fallback_used);
}

TEST_CASE("an unknown font family is reported", "[paragraph]") {
  Paragraph p = paragraph("Texte");
  p.spans[0].style.family = "Comic";
  Diagnostics diags;
  layout_paragraph(p, 300, text(), diags);
  REQUIRE(diags.has_errors());
  CHECK(diags.items().front().code == "font-family");
}

TEST_CASE("an unbreakable word wider than the box is reported, not drawn", "[paragraph]") {
  Diagnostics diags;
  const LaidParagraph laid =
      layout_paragraph(paragraph("Code TREM15560099TREM15560099", Align::Left), 60, text(), diags);
  REQUIRE(diags.has_errors());
  CHECK(diags.items().front().code == "text-overflow");
  CHECK(acquis::diagnostic_text(diags.items().front()).find("TREM15560099TREM15560099") !=
        std::string::npos);
  CHECK(laid.lines.empty());
}

TEST_CASE("no line is ever wider than its box, at any width and alignment", "[paragraph]") {
  for (Align align : {Align::Justify, Align::Left, Align::Center, Align::Right})
    for (double width = 120; width <= 480; width += 9) {
      Diagnostics diags;
      const LaidParagraph laid = layout_paragraph(paragraph(kSample, align), width, text(), diags);
      REQUIRE_FALSE(diags.has_errors());
      for (const LaidLine& line : laid.lines) {
        INFO("width " << width << " line " << line_text(line));
        CHECK(line.width <= width + 1e-6);
        for (const GlyphRun& run : line.runs) {
          CHECK(run.x >= -1e-6);
          CHECK(run.x + run.width <= width + 1e-6);
        }
      }
    }
}

TEST_CASE("justified lines reach both margins, the last line does not", "[paragraph]") {
  Diagnostics diags;
  const LaidParagraph laid = layout_paragraph(paragraph(kSample), 300, text(), diags);
  REQUIRE(laid.lines.size() >= 3);
  for (std::size_t i = 0; i + 1 < laid.lines.size(); ++i)
    CHECK(laid.lines[i].width == Approx(300).margin(0.05));
  CHECK(laid.lines.back().width < 300);
}

TEST_CASE("no-break spaces and typography hold across every line break", "[paragraph]") {
  for (double width = 110; width <= 420; width += 5) {
    Diagnostics diags;
    const LaidParagraph laid = layout_paragraph(paragraph(kSample), width, text(), diags);
    for (std::size_t i = 0; i < laid.lines.size(); ++i) {
      const std::string text = line_text(laid.lines[i]);
      INFO("width " << width << ": " << text);
      for (const char* forbidden_start : {":", "»", "470", "h ", "h\u00A0", "%", "30.", "?"})
        CHECK(text.rfind(forbidden_start, 0) != 0);
      CHECK(text.find("«") != text.size() - 2);  // « never ends a line
    }
  }
}

TEST_CASE("at most two consecutive hyphenated lines, whatever the width", "[paragraph]") {
  std::string long_text;
  for (int i = 0; i < 4; ++i) long_text += kSample + " ";
  for (double width = 100; width <= 300; width += 4) {
    Diagnostics diags;
    const LaidParagraph laid = layout_paragraph(paragraph(long_text), width, text(), diags);
    int run = 0;
    for (const LaidLine& line : laid.lines) {
      run = line.hyphenated ? run + 1 : 0;
      INFO("width " << width);
      CHECK(run <= 2);
    }
  }
}

TEST_CASE("names marked not to hyphenate are never cut", "[paragraph]") {
  Paragraph p = paragraph("Décernée à ");
  p.spans.push_back(Span{"Marie-Ève Côté-Bérubé-Létourneau",
                         TextStyle{"serif", true, false, 11, {}},
                         false,
                         "nom",
                         {},
                         {}});
  for (double width = 60; width <= 200; width += 3) {
    Diagnostics diags;
    const LaidParagraph laid = layout_paragraph(p, width, text(), diags);
    if (diags.has_errors()) continue;  // a name wider than the box is an error, tested above
    for (const LaidLine& line : laid.lines) {
      const std::string text = line_text(line);
      INFO(text);
      CHECK(text.find("\u00AD") == std::string::npos);
      CHECK(text.back() != '-');
    }
  }
}

TEST_CASE("e-mail and web addresses are never cut at a hyphen nor hyphenated", "[paragraph]") {
  const Paragraph p = paragraph(
      "Écrivez à rac-inscriptions@navigateurs-du-fleuve.qc.ca ou consultez "
      "https://www.navigateurs-du-fleuve.qc.ca/reconnaissance-des-acquis pour la suite.",
      Align::Left);
  for (double width = 60; width <= 420; width += 4) {
    Diagnostics diags;
    const LaidParagraph laid = layout_paragraph(p, width, text(), diags);
    for (const LaidLine& line : laid.lines) {
      const std::string text = line_text(line);
      INFO("width " << width << ": " << text);
      // The only hyphens of the text are the addresses' own: none may end a line, and a word
      // hyphenated at the end of a line is never part of an address.
      CHECK(text.back() != '-');
      const std::string last_word = text.substr(text.rfind(' ') + 1);
      if (last_word.find("\u00AD") != std::string::npos) {
        CHECK(last_word.find('@') == std::string::npos);
        CHECK(last_word.find('/') == std::string::npos);
        CHECK(last_word.find("navi") == std::string::npos);
        CHECK(last_word.find("inscri") == std::string::npos);
      }
    }
    if (width >= 250) CHECK(!diags.has_errors());
  }
}

TEST_CASE("a hyphenated line ends with a hyphen glyph mapped to a soft hyphen", "[paragraph]") {
  Diagnostics diags;
  bool seen = false;
  for (double width = 90; width <= 200 && !seen; width += 2) {
    const LaidParagraph laid = layout_paragraph(paragraph(kSample), width, text(), diags);
    for (const LaidLine& line : laid.lines)
      if (line.hyphenated) {
        seen = true;
        const GlyphRun& run = line.runs.back();
        CHECK(run.text.substr(run.text.size() - 2) == "\u00AD");
        CHECK(run.glyphs.back().glyph == run.face->glyph_for('-'));
      }
  }
  CHECK(seen);
}

TEST_CASE("centred and right-aligned lines are placed by their slack", "[paragraph]") {
  Diagnostics diags;
  const LaidParagraph right =
      layout_paragraph(paragraph("Court", Align::Right), 200, text(), diags);
  const LaidParagraph centre =
      layout_paragraph(paragraph("Court", Align::Center), 200, text(), diags);
  REQUIRE(right.lines.size() == 1);
  const double width = right.lines[0].width;
  CHECK(right.lines[0].runs[0].x == Approx(200 - width));
  CHECK(centre.lines[0].runs[0].x == Approx((200 - width) / 2));
}

TEST_CASE("centred paragraphs come out balanced rather than greedy", "[paragraph]") {
  Paragraph title =
      paragraph("Attestation de reconnaissance des acquis et des compétences", Align::Center);
  title.spans[0].style.size = 26;
  title.spans[0].style.bold = true;
  Diagnostics diags;
  const LaidParagraph laid = layout_paragraph(title, 612, text(), diags);
  REQUIRE(laid.lines.size() == 2);
  // The space the line ends at is kept in the text (read aloud, copied), not drawn.
  CHECK(line_text(laid.lines[0]) == "Attestation de reconnaissance ");
  CHECK(line_text(laid.lines[1]) == "des acquis et des compétences ");
  CHECK(std::abs(laid.lines[0].width - laid.lines[1].width) < 0.25 * laid.lines[0].width);
}

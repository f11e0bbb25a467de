// The engine's layout rules, checked on word boxes (`pdftotext -bbox`): the rules catch what
// they are meant to catch (on hand-made word boxes), and documents built through the API keep
// them at every width: one baseline for a signature block's dates, signatures kept with what
// they sign, no break inside a date or a code, no cut word in a narrow cell.
#include "layout_checks.hpp"
#include "layout_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace acquis;
using namespace acquis::test;

namespace {

// A word on line `line` (14 pt apart) of page 1, `x` points from the left.
Word at(int line, double x, const std::string& text, int page = 1) {
  const double top = 100 + 14 * line;
  return {page, x, top, x + 6 * static_cast<double>(text.size()), top + 10, text};
}

block::Cell cell_of(std::string text) {
  block::Cell cell;
  cell.content = {paragraph(std::move(text))};
  return cell;
}

// One column of `width` points holding `text`, then a wide one.
block::Table narrow_column(double width, const std::string& text) {
  block::Table table;
  table.source = "tableau";
  table.columns = {block::Column::fixed(pt(width)), block::Column::proportional(1)};
  block::Row row;
  row.cells = {cell_of(text), cell_of(prose(40))};
  table.rows.push_back(row);
  return table;
}

std::vector<Word> words_of(const std::string& name, Blocks blocks) {
  Section section;
  section.blocks = std::move(blocks);
  return words(render_pdf(name, document_of(section)));
}

}  // namespace

TEST_CASE("layout rules: each check finds the fault it is for", "[layout][rules]") {
  // Three date lines of one block at two heights.
  CHECK(misaligned_signature_dates(
            {at(5, 60, "Date"), at(5, 80, ":"), at(6, 300, "Date"), at(6, 320, ":")})
            .size() == 1);
  CHECK(misaligned_signature_dates(
            {at(5, 60, "Date"), at(5, 80, ":"), at(5, 300, "Date"), at(5, 320, ":")})
            .empty());
  // "Date" heading a column, followed on its line by another word, is not a signature.
  CHECK(misaligned_signature_dates(
            {at(5, 60, "Date"), at(5, 90, "Résultat"), at(6, 300, "Date"), at(6, 320, ":")})
            .empty());
  // Page 2: a running header, then the signatures alone; page 3: a paragraph above them.
  const std::vector<Word> pages = {at(-5, 60, "Centre", 2), at(-5, 60, "Centre", 3),
                                   at(2, 60, "Olivier", 2), at(5, 60, "Date", 2),
                                   at(5, 80, ":", 2),       at(-2, 60, "Commentaires", 3),
                                   at(10, 60, "Date", 3),   at(10, 80, ":", 3)};
  const auto lone = lone_signature_pages(pages);
  REQUIRE(lone.size() == 1);
  CHECK(lone[0].find("page 2") != std::string::npos);
  // Dates and codes cut at a line's end, and what may be cut.
  for (const auto& [end, next] :
       std::vector<std::pair<std::string, std::string>>{{"22", "novembre"},
                                                        {"novembre", "2026"},
                                                        {"1er", "mai"},
                                                        {"November", "22,"},
                                                        {"991-", "046"},
                                                        {"FMS-", "8142"},
                                                        {"(DEP", "5195)"},
                                                        {"5373", "/"},
                                                        {"/", "5873"},
                                                        {"30", "h"},
                                                        {"91", "unités"}}) {
    INFO(end << " | " << next);
    CHECK(broken_codes_or_dates({at(1, 200, end), at(2, 60, next)}).size() == 1);
  }
  for (const auto& [end, next] : std::vector<std::pair<std::string, std::string>>{
           {"le", "22"}, {"2026", "pour"}, {"rendez-", "vous"}, {"mai", "prochain"}}) {
    INFO(end << " | " << next);
    CHECK(broken_codes_or_dates({at(1, 200, end), at(2, 60, next)}).empty());
  }
  // A cut word ending a short line, and the same at the end of a full line.
  CHECK(hyphens_in_narrow_cells({at(1, 60, "l’en\u00AD"), at(2, 60, "trepôt")}).size() == 1);
  CHECK(hyphens_in_narrow_cells({at(1, 60, "Les"), at(1, 300, "l’en\u00AD"), at(2, 60, "trepôt")})
            .empty());
}

TEST_CASE("layout rules: a signature block's dates share one baseline", "[layout][rules]") {
  block::Signatures signatures;
  signatures.signatories = {
      {"Éloïse Côté-Bérubé", "Personne candidate"},
      {"", "Conseillère ou conseiller en reconnaissance des acquis et des compétences"},
      {"Marie-Ève Tremblay", "Enseignante"},
      {"Olivier Bélanger", "Spécialiste du métier"}};
  const std::vector<Word> all = words_of("rules-signatures", {signatures});
  std::vector<double> dates;
  for (std::size_t i = 0; i + 1 < all.size(); ++i)
    if (all[i].text == "Date" && all[i + 1].text == ":") dates.push_back(all[i].y_max);
  REQUIRE(dates.size() == 4);
  CHECK(dates[0] == Approx(dates[1]));
  CHECK(dates[1] == Approx(dates[2]));
  CHECK(dates[3] > dates[0] + 60);  // the fourth signatory starts a second row
  CHECK(misaligned_signature_dates(all).empty());
}

TEST_CASE("layout rules: signatures go to the next page with what they sign", "[layout][rules]") {
  block::Signatures signatures;
  signatures.signatories = {{"Éloïse Côté-Bérubé", "Personne candidate"}, {"", "Conseillère"}};
  // Text that leaves a little less room than the signatures need at the bottom of page 1.
  for (int words = 560; words <= 660; words += 20) {
    INFO(words << " words before the signatures");
    const std::vector<Word> all =
        words_of("rules-lone-" + std::to_string(words), {paragraph(prose(words)), signatures});
    CHECK(lone_signature_pages(all).empty());
  }
}

TEST_CASE("layout rules: dates and codes never break, at any width", "[layout][rules]") {
  const std::string text =
      "Entrevue le 22 novembre 2026, observation le 1er décembre 2026 puis le 14 avril 2027 ; "
      "compétences 991-046 et FMS-8142 du programme (DEP / 5195), codes 5373 / 5873, "
      "91 2/3 unités, 30 h, on November 22, 2026 and Nov. 4, 2026.";
  // From 120 pt, the widest date ("November 22, 2026") fits a line.
  for (double width = 120; width <= 320; width += 10) {
    INFO("column of " << width << " pt");
    const std::vector<Word> all = words_of("rules-dates", {narrow_column(width, text)});
    for (const std::string& fault : broken_codes_or_dates(all)) FAIL_CHECK(fault);
  }
}

TEST_CASE("layout rules: no word is cut in a narrow cell, every word stays in it",
          "[layout][rules]") {
  const std::string text =
      "Ranger l’entrepôt et prendre rendez-vous avec le fournisseur, vérification "
      "conformément aux procédures.";
  for (double width = 90; width <= 200; width += 10) {
    INFO("column of " << width << " pt");
    const std::vector<Word> all = words_of("rules-narrow", {narrow_column(width, text)});
    for (const std::string& fault : hyphens_in_narrow_cells(all)) FAIL_CHECK(fault);
    for (const Word& w : all)
      if (w.x_min < 72 + width) CHECK(w.x_max <= 72 + width);
  }
}

TEST_CASE("layout rules: a word wider than a narrow cell is cut rather than refused",
          "[layout][rules]") {
  const std::vector<Word> all = words_of(
      "rules-overlong", {narrow_column(80, "Vérifier l’approvisionnement des établissements")});
  std::string cut;
  for (const Word& w : all)
    if (w.x_max <= 72 + 80) cut += w.text;
  CHECK(cut.find("\u00AD") != std::string::npos);
  for (const Word& w : all)
    if (w.x_min < 72 + 80) CHECK(w.x_max <= 72 + 80);
}

#include "text/typography.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {
const std::string NBSP = "\u00A0";
const std::string NNBSP = "\u202F";

std::string fr(const std::string& text) {
  return apply_typography(text, typography_rules("fr-CA"));
}
std::string fr_fr(const std::string& text) {
  return apply_typography(text, typography_rules("fr-FR"));
}
std::string en(const std::string& text) {
  return apply_typography(text, typography_rules("en-CA"));
}
}  // namespace

TEST_CASE("French colon gets a no-break space before it", "[typography]") {
  CHECK(fr("Code permanent : TREM15560099") == "Code permanent" + NBSP + ": TREM15560099");
  CHECK(fr("Note: voir") == "Note" + NBSP + ": voir");
  CHECK(fr("Échéance :") == "Échéance" + NBSP + ":");
}

TEST_CASE("colons inside times and addresses are left alone", "[typography]") {
  CHECK(fr("à 14:30") == "à 14:30");
  CHECK(fr("https://www.cssxx.qc.ca/rac") == "https://www.cssxx.qc.ca/rac");
  CHECK(fr("rac-fms@cssXX.qc.ca") == "rac-fms@cssXX.qc.ca");
}

TEST_CASE("guillemets get narrow no-break spaces inside", "[typography]") {
  const std::string expected = "«" + NNBSP + "Je maîtrise" + NNBSP + "»";
  CHECK(fr("« Je maîtrise »") == expected);
  CHECK(fr("«Je maîtrise»") == expected);
  CHECK(fr("\"Je maîtrise\"") == expected);
}

TEST_CASE("high punctuation follows the locale: none in fr-CA, narrow in fr-FR", "[typography]") {
  CHECK(fr("Bonne démarche !") == "Bonne démarche!");
  CHECK(fr("Pourquoi ? Parce que ; voilà") == "Pourquoi? Parce que; voilà");
  CHECK(fr_fr("Bonne démarche !") == "Bonne démarche" + NNBSP + "!");
  CHECK(fr_fr("Quoi ?!") == "Quoi" + NNBSP + "?!");
  CHECK(fr("https://exemple.ca/?a=1") == "https://exemple.ca/?a=1");
}

TEST_CASE("typographic apostrophe", "[typography]") {
  CHECK(fr("l'établissement d'aujourd'hui") == "l’établissement d’aujourd’hui");
  CHECK(en("it's the candidate's 'file'") == "it’s the candidate’s ‘file’");
}

TEST_CASE("numbers are bound to their units", "[typography]") {
  CHECK(fr("30 h de formation") == "30" + NBSP + "h de formation");
  CHECK(fr("4 $ par heure") == "4" + NBSP + "$ par heure");
  CHECK(fr("3,5 %") == "3,5" + NBSP + "%");
  CHECK(fr("à 14 h 30") == "à 14" + NBSP + "h" + NBSP + "30");
  CHECK(fr("5 heures") == "5 heures");
  CHECK(fr("2 hommes") == "2 hommes");
}

TEST_CASE("thousands are separated by a narrow no-break space", "[typography]") {
  CHECK(fr("1 470 h") == "1" + NNBSP + "470" + NBSP + "h");
  CHECK(fr("12 500 000 personnes") == "12" + NNBSP + "500" + NNBSP + "000 personnes");
  CHECK(fr("1" + NBSP + "470") == "1" + NNBSP + "470");
}

TEST_CASE("identifiers, years and phone numbers are not regrouped", "[typography]") {
  CHECK(fr("TREM15560099") == "TREM15560099");
  CHECK(fr("DEP 5195 en 2026") == "DEP" + NBSP + "5195 en 2026");
  CHECK(fr("418 555 1234") == "418 555 1234");
  CHECK(fr("418 555-1234") == "418 555-1234");
}

TEST_CASE("English rules: curly quotes, no space before punctuation", "[typography]") {
  CHECK(en("He said \"hello\"") == "He said “hello”");
  CHECK(en("Note : see below") == "Note: see below");
  CHECK(en("Really ?") == "Really?");
  CHECK(en("30 km") == "30" + NBSP + "km");
}

TEST_CASE("spaces are collapsed but a span's leading space is kept", "[typography]") {
  CHECK(fr("deux   espaces") == "deux espaces");
  CHECK(fr(" (DEP 5195)") == " (DEP" + NBSP + "5195)");
  CHECK(fr("trois points...") == "trois points…");
}

TEST_CASE("dates never break between day, month and year", "[typography]") {
  CHECK(fr("le 22 novembre 2026 à") == "le 22" + NBSP + "novembre" + NBSP + "2026 à");
  CHECK(fr("le 1er mai") == "le 1ᵉʳ" + NBSP + "mai");
  CHECK(fr("12 sept. 2026") == "12" + NBSP + "sept." + NBSP + "2026");
  CHECK(en("on November 22, 2026.") == "on November" + NBSP + "22," + NBSP + "2026.");
  CHECK(en("Nov. 4, 2026") == "Nov." + NBSP + "4," + NBSP + "2026");
  // Words that only start like a month are left alone.
  CHECK(fr("les 3 marsouins") == "les 3 marsouins");
  CHECK(en("Marketing 2026") == "Marketing 2026");
}

TEST_CASE("a level and its code, or a code pair, never break", "[typography]") {
  CHECK(fr("(DEP / 5195)") == "(DEP" + NBSP + "/" + NBSP + "5195)");
  CHECK(fr("codes 5373 / 5873") == "codes 5373" + NBSP + "/" + NBSP + "5873");
  CHECK(en("AEC 1234") == "AEC" + NBSP + "1234");
  // Ordinary words and long tokens keep their breakable spaces.
  CHECK(fr("Le 5 mai") == "Le 5" + NBSP + "mai");
  CHECK(fr("Entretien / 3 tâches") == "Entretien / 3 tâches");
  CHECK(fr("Mon 2e essai") == "Mon 2ᵉ essai");
}

TEST_CASE("French ordinals are set in superscript letters", "[typography]") {
  CHECK(fr("le 1er décembre") == "le 1ᵉʳ" + NBSP + "décembre");
  CHECK(fr("la 1re fois, les 1ers jours") == "la 1ʳᵉ fois, les 1ᵉʳˢ jours");
  CHECK(fr("de 2e et 4e secondaire") == "de 2ᵉ et 4ᵉ secondaire");
  CHECK(fr("Le XXIe siècle, 2es") == "Le XXIe siècle, 2ᵉˢ");
  // Not an ordinal: codes, numbers inside words, a letter that goes on, English.
  CHECK(fr("code 5e3, T2e, 12ex, 1234e") == "code 5e3, T2e, 12ex, 1234e");
  CHECK(fr("991-2e") == "991-2e");
  CHECK(en("the 2e step") == "the 2e step");
}

TEST_CASE("the pass is idempotent", "[typography]") {
  for (const std::string text :
       {"« Bonjour » : 1 470 h, 3,5 % ; l'été !", "Code : \"x\" 14 h 30"}) {
    CHECK(fr(fr(text)) == fr(text));
    CHECK(fr_fr(fr_fr(text)) == fr_fr(text));
    CHECK(en(en(text)) == en(text));
  }
}

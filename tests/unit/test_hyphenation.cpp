#include "text/hyphenator.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {
std::string hyphenate(const std::string& word, const char* locale = "fr-CA") {
  const Hyphenator* hyphenator = Hyphenator::for_locale(locale, "/usr/share/hyphen");
  REQUIRE(hyphenator != nullptr);
  std::string out;
  std::size_t last = 0;
  for (std::size_t point : hyphenator->points(word)) {
    out += word.substr(last, point - last) + "-";
    last = point;
  }
  return out + word.substr(last);
}
}  // namespace

TEST_CASE("French words hyphenate with the hyphen-fr patterns", "[hyphenation]") {
  CHECK(hyphenate("établissement") == "éta-blis-se-ment");
  CHECK(hyphenate("reconnaissance") == "re-con-nais-sance");
  CHECK(hyphenate("compétences") == "com-pé-tences");
}

TEST_CASE("elisions: never a break next to an apostrophe", "[hyphenation]") {
  CHECK(hyphenate("l’établissement") == "l’éta-blis-se-ment");
  CHECK(hyphenate("l'établissement") == "l'éta-blis-se-ment");
  CHECK(hyphenate("d’expérience") == "d’ex-pé-rience");
  const std::string today = hyphenate("aujourd’hui");
  CHECK(today.find("-d’") == std::string::npos);
  CHECK(today.find("’-") == std::string::npos);
}

TEST_CASE("compounds split into parts, the hard hyphen is not doubled", "[hyphenation]") {
  CHECK(hyphenate("porte-monnaie") == "porte-mon-naie");
  CHECK(hyphenate("soudage-montage") == "sou-dage-mon-tage");
}

TEST_CASE("proper names, codes and short words are never hyphenated", "[hyphenation]") {
  CHECK(hyphenate("Trois-Rivières") == "Trois-Rivières");
  CHECK(hyphenate("Côté-Bérubé") == "Côté-Bérubé");
  CHECK(hyphenate("Québec") == "Québec");
  CHECK(hyphenate("TREM15560099") == "TREM15560099");
  CHECK(hyphenate("unité") == "unité");
}

TEST_CASE("at least two letters before and three after a break", "[hyphenation]") {
  const Hyphenator* hyphenator = Hyphenator::for_locale("fr-CA", "/usr/share/hyphen");
  const std::string word = "professionnelles";
  for (std::size_t point : hyphenator->points(word)) {
    CHECK(point >= 2);
    CHECK(word.size() - point >= 3);
  }
}

TEST_CASE("English patterns serve en-CA", "[hyphenation]") {
  CHECK(hyphenate("recognition", "en-CA") == "recog-ni-tion");
  CHECK(Hyphenator::for_locale("de-DE", "/usr/share/hyphen") == nullptr);
}

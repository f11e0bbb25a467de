// The English documents say things one way (locales/terminologie/termes.xml): every French message
// holding a term of the table holds its English term in its English version, and no English
// message uses a form the table rules out.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace {

struct Term {
  std::string fr, en;
  std::vector<std::string> avoided;
};

std::string lower(std::string text) {  // ASCII letters only: the accents must match as written
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool holds(const std::string& text, const std::string& part) {
  return lower(text).find(lower(part)) != std::string::npos;
}

std::vector<Term> terms() {
  pugi::xml_document doc;
  REQUIRE(doc.load_file(ACQUIS_SOURCE_DIR "/locales/terminologie/termes.xml"));
  std::vector<Term> out;
  for (pugi::xml_node t : doc.child("terminologie").children("terme")) {
    Term term{t.attribute("fr").value(), t.attribute("en").value(), {}};
    std::string avoided = t.attribute("evite").value();
    for (std::size_t start = 0, bar; !avoided.empty(); start = bar + 1) {
      bar = avoided.find('|', start);
      term.avoided.push_back(avoided.substr(start, bar - start));
      if (bar == std::string::npos) break;
    }
    out.push_back(term);
  }
  return out;
}

std::map<std::string, std::string> catalog(const char* language) {
  pugi::xml_document doc;
  const std::string path = std::string(ACQUIS_SOURCE_DIR "/locales/") + language + ".xml";
  REQUIRE(doc.load_file(path.c_str()));
  std::map<std::string, std::string> messages;
  for (pugi::xml_node m : doc.first_child().children("message"))
    messages[m.attribute("id").value()] = m.text().get();
  return messages;
}

}  // namespace

TEST_CASE("terminology: each French term has its English term in the English message",
          "[unit][terminology]") {
  const auto table = terms();
  REQUIRE(table.size() >= 20);
  const auto french = catalog("fr-CA"), english = catalog("en-CA");
  std::size_t uses = 0;
  for (const auto& [id, text] : french)
    for (const Term& term : table) {
      if (!holds(text, term.fr)) continue;
      ++uses;
      INFO(id << ": « " << term.fr << " » → “" << term.en << "”");
      REQUIRE(english.count(id));
      CHECK(holds(english.at(id), term.en));
    }
  CHECK(uses >= 40);  // the table is about the documents' actual wording
}

TEST_CASE("terminology: no English message uses a ruled-out form", "[unit][terminology]") {
  const auto table = terms();
  for (const auto& [id, text] : catalog("en-CA"))
    for (const Term& term : table)
      for (const std::string& avoided : term.avoided) {
        INFO(id << ": “" << avoided << "” (say “" << term.en << "”)");
        CHECK_FALSE(holds(text, avoided));
      }
}

TEST_CASE("terminology: the check finds a term left untranslated", "[unit][terminology]") {
  // The same comparison as above, on a message pair made wrong on purpose.
  const Term term{"entrevue de validation", "validation interview", {}};
  CHECK(holds("Bilan de l’entrevue de validation", term.fr));
  CHECK_FALSE(holds("Summary of the assessment meeting", term.en));
  CHECK(holds("Declaration to the Ministry", "declaration to the ministry"));
}

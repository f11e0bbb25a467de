// The interface catalogs (locales/interface/): the same ids in French and English, every
// pattern valid, and every id the code names present in both.
#include <acquis/diagnostic.hpp>
#include <acquis/messages.hpp>

#include "core/messages.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace acquis;

namespace {

// The message ids named in the sources of src/ and apps/: diagnostic codes given to error()
// and warning(), expression errors, ids passed to message() and its wrappers, problem types.
std::set<std::string> ids_in_sources() {
  static const std::regex patterns[] = {
      std::regex(R"re((?:error|warning)\(\s*"([a-z0-9-]+)")re"),
      std::regex(R"re(Severity::(?:Error|Warning),\s*"([a-z0-9-]+)")re"),
      std::regex(R"re(=\s*\{[\w.]+,\s*"([a-z0-9-]+)",)re"),  // ExprError{offset, "code", …}
      std::regex(R"re("((?:cli|service|profile|template|severity)\.[a-z0-9.-]+)")re"),
  };
  static const std::regex problem_type(
      R"re((?:make_problem\([^,]+,\s*[^,]+,\s*|type = )"([a-z-]+)")re");
  std::set<std::string> ids;
  for (const char* folder : {ACQUIS_SOURCE_DIR "/src", ACQUIS_SOURCE_DIR "/apps"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".hpp") continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string source = text.str();
      for (const std::regex& pattern : patterns)
        for (std::sregex_iterator it(source.begin(), source.end(), pattern), end; it != end; ++it)
          ids.insert((*it)[1]);
      for (std::sregex_iterator it(source.begin(), source.end(), problem_type), end; it != end;
           ++it)
        ids.insert("problem." + (*it)[1].str());
    }
  for (const char* file : {"service.hpp", "profile.hpp"}) ids.erase(file);  // look like ids
  return ids;
}

}  // namespace

TEST_CASE("interface catalogs: the same ids in French and in English", "[messages]") {
  const std::vector<std::string> french = message_ids(Language::French);
  const std::vector<std::string> english = message_ids(Language::English);
  CHECK(french.size() > 150);
  CHECK(french == english);
}

TEST_CASE("interface catalogs: every pattern is valid ICU MessageFormat", "[messages]") {
  for (const Language language : {Language::French, Language::English})
    for (const std::string& id : message_ids(language)) {
      INFO(id << " in " << language_tag(language));
      const std::string* pattern = interface_pattern(id, language);
      REQUIRE(pattern);
      CHECK(*pattern == parsed_pattern(id, language));
      std::string out;
      CHECK(try_format_message(*pattern, {}, language_tag(language), out));
    }
}

TEST_CASE("interface catalogs: every id the code names is in them", "[messages]") {
  const std::vector<std::string> known = message_ids(Language::French);
  const std::set<std::string> catalog(known.begin(), known.end());
  const std::set<std::string> used = ids_in_sources();
  CHECK(used.size() > 100);
  for (const std::string& id : used) {
    INFO(id);
    CHECK(catalog.count(id) == 1);
  }
}

TEST_CASE("diagnostics are put into words in the language asked for", "[messages]") {
  Diagnostic d{Severity::Error,
               "text-overflow",
               {{"word", std::string("Xylophone")}, {"width", 40.0}},
               "essai.xml",
               {},
               "titre"};
  CHECK(format_diagnostic(d) ==
        "essai.xml: erreur: le mot « Xylophone » est plus large que son cadre (40 pt) et ne peut "
        "être coupé ; raccourcissez-le ou élargissez le cadre\n  vouliez-vous dire « titre » ?");
  CHECK(format_diagnostic(d, Language::English) ==
        "essai.xml: error: the word “Xylophone” is wider than its frame (40 pt) and cannot be "
        "broken; shorten it or widen the frame\n  did you mean “titre”?");
  d.code = "no-such-message";
  CHECK(diagnostic_text(d) == "no-such-message");  // an unknown id shows itself, not nothing
}

TEST_CASE("languages: tags read leniently, anything else refused", "[messages]") {
  Language language = Language::French;
  CHECK(parse_language("en-CA", language));
  CHECK(language == Language::English);
  CHECK(parse_language("FR_ca", language));
  CHECK(language == Language::French);
  CHECK(parse_language("en", language));
  CHECK(parse_language("fr-FR", language));
  CHECK(!parse_language("es", language));
  CHECK(!parse_language("", language));
  CHECK(!parse_language("fr-", language));
  CHECK(!parse_language("français", language));
  CHECK(language_of_locale("en-US") == Language::English);
  CHECK(language_of_locale("fr-FR") == Language::French);
}

TEST_CASE("messages: plain {name} patterns with text are substituted as ICU would", "[messages]") {
  const MessageArgs args = {{"path", std::string("a.pdf")}, {"bytes", std::string("12")}};
  CHECK(format_message("{path} ({bytes} octets)", args, "fr-CA") == "a.pdf (12 octets)");
  CHECK(format_message("sans argument", {}, "fr-CA") == "sans argument");
  // What the quick path leaves to ICU: numbers, plurals, quoting, and broken patterns.
  CHECK(format_message("{n, plural, one {# page} other {# pages}}", {{"n", 2.0}}, "fr-CA") ==
        "2 pages");
  const std::string grouped = format_message("{n}", {{"n", 1470.0}}, "fr-CA");
  CHECK(grouped != "1470");  // grouped by ICU, with a no-break space
  CHECK(grouped.find("470") == grouped.size() - 3);
  CHECK(format_message("l''{path}", args, "fr-CA") == "l'a.pdf");
  CHECK(format_message("texte } seul", {}, "fr-CA") == "texte } seul");
  CHECK(format_message("{path", args, "fr-CA") == "{path");
}

TEST_CASE("messages: a type error names the types in the reader's language", "[messages]") {
  const Diagnostic one{Severity::Error,
                       "type-error",
                       {{"op", std::string("pour")},
                        {"found", std::string("text")},
                        {"second", std::string("none")}},
                       {},
                       {},
                       {}};
  CHECK(diagnostic_text(one) == "« pour » ne s’applique pas à : texte");
  CHECK(diagnostic_text(one, Language::English) == "“pour” does not apply to: text");
  const Diagnostic two{
      Severity::Error,
      "type-error",
      {{"op", std::string("*")}, {"found", std::string("text")}, {"second", std::string("number")}},
      {},
      {},
      {}};
  CHECK(diagnostic_text(two) == "« * » ne s’applique pas à : texte et nombre");
  CHECK(diagnostic_text(two, Language::English) == "“*” does not apply to: text and number");
}

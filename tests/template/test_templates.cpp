// Templates end to end: broken templates give the expected message at the expected place and
// nothing to render; the sample booklet template renders in fr-CA and en-CA with correct
// plural and gender agreement.
#include <acquis/acquis.hpp>
#include <acquis/templates.hpp>

#include "data/candidates.hpp"
#include "data/loaders.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

using namespace acquis;

namespace {

struct Built {
  bool ok = false;
  Document document;
  std::vector<Diagnostic> diagnostics;
};

std::string templates_dir() {
  const std::string dir = test::output_dir() + "/gabarits";
  std::filesystem::create_directories(dir + "/partiels");
  return dir;
}

void write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

const Program& program() {
  static const Program p = [] {
    Diagnostics diags;
    SourceText source("", "");
    Program out;
    read_source("samples/programmes/soudage-montage.xml", source, diags);
    load_program(source, out, diags);
    return out;
  }();
  return p;
}

// Builds the template; for a broken one, also checks that the whole way to a file writes
// nothing.
Built build(const std::string& body, const std::string& language = "fr-CA",
            const Candidate* candidate = nullptr) {
  const std::string path = templates_dir() + "/essai.xml";
  write(path, body);
  TemplateData data;
  data.program = &program();
  data.candidate = candidate;
  TemplateOptions options;
  options.template_directories = {templates_dir()};
  options.language = acquis::language_of_locale(language);
  Built built;
  built.ok = build_document(path, data, options, built.document, built.diagnostics);
  if (!built.ok) {
    const std::string pdf = test::output_dir() + "/jamais.pdf";
    std::filesystem::remove(pdf);
    std::vector<Diagnostic> ignored;
    CHECK(!render_template_to_file(test::engine(), path, data, options, pdf, ignored));
    CHECK(!std::filesystem::exists(pdf));
    CHECK(!std::filesystem::exists(pdf + ".tmp"));
  }
  return built;
}

// A document whose section holds `blocks` (template text).
std::string doc(const std::string& blocks) {
  return "<document titre=\"Essai\">\n<section>\n" + blocks + "\n</section>\n</document>\n";
}

void expect(const Built& built, const std::string& code, int line, int column,
            const std::string& hint = {}) {
  for (const auto& d : built.diagnostics) INFO(format_diagnostic(d));
  CHECK(!built.ok);
  REQUIRE(!built.diagnostics.empty());
  const Diagnostic& d = built.diagnostics[0];
  CHECK(d.code == code);
  CHECK(d.location.line == line);
  CHECK(d.location.column == column);
  if (!hint.empty()) CHECK(acquis::suggestion_text(d) == hint);
}

std::string text_of(const Document& document) {
  const RenderResult result = test::engine().render(document);
  for (const auto& d : result.diagnostics) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(result.ok);
  const std::string path = test::output_dir() + "/gabarit.pdf";
  test::write_file(path, result.pdf);
  return test::normalize_text(test::run("pdftotext " + path + " -").out);
}

}  // namespace

TEST_CASE("template: a field that does not exist, with a suggestion", "[template][diagnostics]") {
  expect(build(doc("<p>{programme.titer}</p>")), "unknown-field", 3, 15,
         "vouliez-vous dire « titre » ?");
}

TEST_CASE("template: an unknown name", "[template][diagnostics]") {
  expect(build(doc("<p>{programe.titre}</p>")), "unknown-name", 3, 5,
         "vouliez-vous dire « programme » ?");
}

TEST_CASE("template: an unknown element, with a suggestion", "[template][diagnostics]") {
  expect(build(doc("<paragraphe>x</paragraphe>")), "unknown-element", 3, 1);
  expect(build(doc("<tableau><rangée/></tableau>")), "unknown-element", 3, 10,
         "vouliez-vous dire « rangee » ?");
}

TEST_CASE("template: an unknown attribute, with a suggestion", "[template][diagnostics]") {
  expect(build(doc("<p tialle=\"12\">x</p>")), "unknown-attribute", 3, 4,
         "vouliez-vous dire « taille » ?");
}

TEST_CASE("template: a type error in a loop", "[template][diagnostics]") {
  expect(build(doc("<pour chaque=\"c\" dans=\"programme.titre\"><p>{c}</p></pour>")), "type-error",
         3, 24);
}

TEST_CASE("template: a syntax error inside an attribute", "[template][diagnostics]") {
  expect(build(doc("<si test=\"compte(programme.competences) &gt;\"><p>x</p></si>")),
         "expr-expected-value", 3, 45);
}

TEST_CASE("template: an unknown function", "[template][diagnostics]") {
  expect(build(doc("<p>{compter(programme.competences)}</p>")), "unknown-function", 3, 5,
         "vouliez-vous dire « compte » ?");
}

TEST_CASE("template: an unknown message id", "[template][diagnostics]") {
  expect(build(doc("<p><t id=\"bilan.titr\"/></p>")), "unknown-message", 3, 7,
         "vouliez-vous dire « bilan.titre » ?");
}

TEST_CASE("template: a malformed length and an unknown choice", "[template][diagnostics]") {
  expect(build(doc("<espace hauteur=\"douze\"/>")), "bad-length", 3, 9);
  expect(build(doc("<p alignement=\"centré\">x</p>")), "bad-choice", 3, 4,
         "vouliez-vous dire « centre » ?");
}

TEST_CASE("template: text outside a paragraph", "[template][diagnostics]") {
  expect(build(doc("Bonjour")), "text-outside-paragraph", 2, 10);
}

TEST_CASE("template: <sinon> without <si>", "[template][diagnostics]") {
  expect(build(doc("<p>a</p><sinon><p>b</p></sinon>")), "else-without-if", 3, 9);
}

TEST_CASE("template: a missing include", "[template][diagnostics]") {
  expect(build(doc("<inclure fichier=\"partiels/absent.xml\"/>")), "include-missing", 3, 10);
}

TEST_CASE("template: an include cannot leave the template folders", "[template][diagnostics]") {
  const Built built = build(doc("<inclure fichier=\"../../../../../etc/passwd\"/>"));
  expect(built, "include-outside", 3, 10);
  CHECK(acquis::diagnostic_text(built.diagnostics[0]).find("hors des dossiers de gabarits") !=
        std::string::npos);
}

TEST_CASE("template: an include that includes itself stops at the depth limit",
          "[template][diagnostics]") {
  write(templates_dir() + "/partiels/boucle.xml",
        "<fragment><inclure fichier=\"boucle.xml\"/></fragment>");
  const Built built = build(doc("<inclure fichier=\"partiels/boucle.xml\"/>"));
  CHECK(!built.ok);
  REQUIRE(!built.diagnostics.empty());
  CHECK(built.diagnostics[0].code == "include-depth");
  CHECK(built.diagnostics[0].location.file.find("boucle.xml") != std::string::npos);
}

TEST_CASE("template: loops are bounded", "[template][diagnostics]") {
  std::string nested = "<p>x</p>";
  for (int i = 0; i < 4; ++i)
    nested = "<pour chaque=\"c" + std::to_string(i) + "\" dans=\"programme.competences\">" +
             "<pour chaque=\"e" + std::to_string(i) + "\" dans=\"programme.competences\">" +
             nested + "</pour></pour>";
  const Built built = build(doc(nested));  // 400^4 rounds asked for
  CHECK(!built.ok);
  bool limited = false;
  for (const auto& d : built.diagnostics) limited = limited || d.code == "loop-limit";
  CHECK(limited);
}

TEST_CASE("template: malformed XML", "[template][diagnostics]") {
  expect(build("<document>\n<section>\n<p>x</section>\n</document>"), "xml.end-element-mismatch", 3,
         7);
}

TEST_CASE("template: messages in English on request", "[template][diagnostics]") {
  const std::string path = templates_dir() + "/anglais.xml";
  write(path, doc("<p>{programme.titer}</p>"));
  TemplateData data;
  data.program = &program();
  TemplateOptions options;
  options.template_directories = {templates_dir()};
  Document document;
  std::vector<Diagnostic> diagnostics;
  CHECK(!build_document(path, data, options, document, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(format_diagnostic(diagnostics[0], acquis::Language::English)
            .find("anglais.xml:3:15: error: field “titer” does not exist in “programme”\n"
                  "  <p>{programme.titer}</p>\n"
                  "                ^\n"
                  "  did you mean “titre”?") != std::string::npos);
}

TEST_CASE("template: loops, conditions, variables, styles and messages", "[template]") {
  const Built built =
      build(doc("<soit nom=\"n\" valeur=\"compte(programme.competences)\"/>\n"
                "<p gras=\"oui\"><t id=\"bilan.reconnues\" n=\"{n}\"/></p>\n"
                "<pour chaque=\"c\" dans=\"programme.competences\" index=\"i\">\n"
                "  <si test=\"i &lt;= 2\"><p>{i}. {c.code} {c.enonce}</p></si>\n"
                "</pour>\n"
                "<p>{heures(programme.heures)} · {pourcentage(3.5)} · {date('2026-12-01')}</p>"));
  for (const auto& d : built.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(built.ok);
  const std::string text = text_of(built.document);
  CHECK(text.find("20 compétences reconnues") != std::string::npos);
  CHECK(text.find("1. 01 Se situer au regard du métier") != std::string::npos);
  CHECK(text.find("2. 02 Appliquer des règles") != std::string::npos);
  CHECK(text.find("3. 03") == std::string::npos);
  // Set as 1ᵉʳ (superscript letters), read and copied as "1er".
  CHECK(text.find("1 110 h · 3,5 % · 1er décembre 2026") != std::string::npos);
}

TEST_CASE("template: an English message missing falls back to French with a warning",
          "[template]") {
  const std::string dir = test::output_dir() + "/locales";
  std::filesystem::create_directories(dir);
  write(dir + "/fr-CA.xml",
        "<messages><message id=\"seul\">Seulement en français</message></messages>");
  write(dir + "/en-CA.xml", "<messages></messages>");
  const std::string path = templates_dir() + "/repli.xml";
  write(path, doc("<p><t id=\"seul\"/></p>"));
  TemplateData data;
  TemplateOptions options;
  options.template_directories = {templates_dir()};
  options.locales_directory = dir;
  options.language = acquis::Language::English;
  Document document;
  std::vector<Diagnostic> diagnostics;
  REQUIRE(build_document(path, data, options, document, diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].severity == Severity::Warning);
  CHECK(diagnostics[0].code == "message-fallback");
  CHECK(text_of(document).find("Seulement en français") != std::string::npos);
}

TEST_CASE("template: spaces around inline elements are kept once, <br/> breaks the line",
          "[template]") {
  const Built built = build(
      doc("<p alignement=\"gauche\">\n  Programme : <b>{programme.titre}</b>   <i>fin</i><br/>\n"
          "  deuxième    ligne  </p>"));
  REQUIRE(built.ok);
  text_of(built.document);
  const std::string raw =
      test::run("pdftotext -layout " + test::output_dir() + "/gabarit.pdf -").out;
  const std::string text = test::normalize_text(raw);
  CHECK(text == "Programme : Soudage-montage fin deuxième ligne");
  CHECK(std::regex_search(raw, std::regex("fin *\n")));  // the line ends at <br/>
}

TEST_CASE("template: trouver and filtrer over records", "[template]") {
  const Built built = build(
      doc("<soit nom=\"longues\" valeur=\"filtrer(programme.competences, 'heures', 90)\"/>\n"
          "<p>longues={compte(longues)}</p><p>encore={compte(filtrer(longues, 'heures', 90))}</p>\n"
          "<p>{trouver(programme.competences, 'code', '03').enonce}</p>\n"
          "<p>[{trouver(programme.competences, 'code', 'ZZ').enonce}]</p>\n"
          "<p>zéro={compte(filtrer(programme.competences, 'heures', 'quatre-vingt-dix'))}</p>"));
  for (const auto& d : built.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(built.ok);
  const std::string text = text_of(built.document);
  std::size_t ninety = 0;
  for (const Competency& c : program().competencies) ninety += c.hours == 90;
  REQUIRE(ninety > 0);
  CHECK(text.find("longues=" + std::to_string(ninety)) != std::string::npos);  // 90 == 90
  CHECK(text.find("encore=" + std::to_string(ninety)) != std::string::npos);
  CHECK(text.find("Interpréter des dessins d’assemblage") != std::string::npos);  // code 03
  CHECK(text.find("[]") != std::string::npos);      // no match: null, printed empty
  CHECK(text.find("zéro=0") != std::string::npos);  // a text never equals a number
}

TEST_CASE("template: builds sharing a cache see each program in their own language",
          "[template][cache]") {
  const std::string path = templates_dir() + "/programme.xml";
  write(path, doc("<p>{programme.code} {programme.titre} / {programme.competences[0].enonce}</p>"));
  Program other = program();
  other.code = "9999";
  other.title = {"Autre métier", "Other trade"};
  other.competencies[0].statement = {"Souder autrement", "Weld otherwise"};
  TemplateOptions options;
  options.template_directories = {templates_dir()};
  options.cache = make_template_cache();
  const auto text = [&](const Program& p, const std::string& language) {
    TemplateData data;
    data.program = &p;
    options.language = acquis::language_of_locale(language);
    Document document;
    std::vector<Diagnostic> diagnostics;
    REQUIRE(build_document(path, data, options, document, diagnostics));
    return text_of(document);
  };
  const std::string first = text(program(), "fr-CA");
  CHECK(first.find(program().code + " Soudage-montage") != std::string::npos);
  CHECK(text(other, "fr-CA") == "9999 Autre métier / Souder autrement");
  CHECK(text(other, "en-CA") == "9999 Other trade / Weld otherwise");
  CHECK(text(program(), "fr-CA") == first);  // from the cache, the same
}

// The hand-written booklet template (templates/cahier-autoevaluation.xml) from the sample
// referential and candidate, in fr-CA and en-CA.
#include <acquis/acquis.hpp>
#include <acquis/templates.hpp>

#include "data/candidates.hpp"
#include "data/loaders.hpp"
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {

struct Samples {
  Program program;
  Organization organization;
  AssessmentRecord record;
  std::vector<Candidate> candidates;
};

const Samples& samples() {
  static const Samples s = [] {
    Samples out;
    Diagnostics diags;
    SourceText source("", "");
    read_source("samples/programmes/soudage-montage.xml", source, diags);
    load_program(source, out.program, diags);
    read_source("samples/organisation.xml", source, diags);
    load_organization(source, out.organization, diags);
    read_source("samples/dossiers/COTE12345678.xml", source, diags);
    load_assessment(source, out.record, diags);
    out.candidates = load_candidates_csv("samples/candidats.csv", diags);
    if (diags.has_errors()) throw std::runtime_error("samples do not load");
    return out;
  }();
  return s;
}

std::string render(const std::string& language, const Candidate* candidate,
                   const std::string& name) {
  TemplateData data;
  data.program = &samples().program;
  data.organization = &samples().organization;
  data.candidate = candidate;
  data.record = candidate ? &samples().record : nullptr;
  data.data_directory = "samples";
  TemplateOptions options;
  options.language = acquis::language_of_locale(language);
  Document document;
  std::vector<Diagnostic> diagnostics;
  const bool built =
      build_document("templates/cahier-autoevaluation.xml", data, options, document, diagnostics);
  for (const auto& d : diagnostics) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(built);
  CHECK(diagnostics.empty());
  const RenderResult result = test::engine().render(document);
  REQUIRE(result.ok);
  const std::string path = test::output_dir() + "/" + name + ".pdf";
  test::write_file(path, result.pdf);
  return path;
}

std::string text(const std::string& pdf) {
  return test::normalize_text(test::run("pdftotext " + pdf + " -").out);
}

}  // namespace

TEST_CASE("booklet template in fr-CA: plural, the candidate's data, valid PDF",
          "[template][booklet]") {
  Candidate candidate = samples().candidates[0];
  candidate.gender = "f";
  const std::string pdf = render("fr-CA", &candidate, "cahier-gabarit-fr");
  test::check_valid(pdf);
  const std::string t = text(pdf);
  CHECK(t.find("Cahier d’autoévaluation") != std::string::npos);
  CHECK(t.find("Ce cahier couvre 20 compétences du programme Soudage-montage, soit 1 110 h") !=
        std::string::npos);
  CHECK(t.find("Cahier préparé pour Éloïse Côté-Bérubé, inscrite au programme.") !=
        std::string::npos);
  CHECK(t.find("Code permanent : COTE12345678") != std::string::npos);
  CHECK(t.find("Je, soussignée, déclare") != std::string::npos);
  CHECK(t.find("Compétence 20 — S’intégrer au milieu de travail") != std::string::npos);
  const int pages = test::page_count(pdf);
  CHECK(t.find("Page " + std::to_string(pages) + " de " + std::to_string(pages)) !=
        std::string::npos);
}

TEST_CASE("booklet template: gender agreement follows the candidate", "[template][booklet]") {
  Candidate candidate = samples().candidates[1];
  candidate.gender = "m";
  const std::string t = text(render("fr-CA", &candidate, "cahier-gabarit-m"));
  CHECK(t.find("inscrit au programme.") != std::string::npos);
  CHECK(t.find("Je, soussigné, déclare") != std::string::npos);
  const std::string blank = text(render("fr-CA", nullptr, "cahier-gabarit-vierge"));
  CHECK(blank.find("Je déclare que les renseignements") != std::string::npos);
  CHECK(blank.find("Nom de la personne candidate") != std::string::npos);
}

TEST_CASE("booklet template in en-CA", "[template][booklet]") {
  const std::string pdf = render("en-CA", &samples().candidates[0], "cahier-gabarit-en");
  test::check_valid(pdf);
  const std::string t = text(pdf);
  CHECK(t.find("Self-Assessment Booklet") != std::string::npos);
  CHECK(t.find(
            "This booklet covers 20 competencies of the Welding and Fitting program, or 1,110 h") !=
        std::string::npos);
  CHECK(t.find("Permanent code: COTE12345678") != std::string::npos);
  CHECK(t.find("I declare that the information") != std::string::npos);
  const int pages = test::page_count(pdf);
  CHECK(t.find("Page 2 of " + std::to_string(pages)) != std::string::npos);
}

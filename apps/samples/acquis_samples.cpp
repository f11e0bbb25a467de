// Renders the sample documents into a folder (default: out/).
//   acquis-samples [--deterministic] [OUTDIR]
#include <acquis/acquis.hpp>
#include <acquis/loaders.hpp>

#include "booklet.hpp"
#include "sample_documents.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>

namespace {

bool render(const acquis::Engine& engine, const acquis::Document& document,
            const std::string& path) {
  const acquis::RenderResult result = engine.render_to_file(document, path);
  for (const auto& d : result.diagnostics)
    std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  if (result.ok)
    std::printf("%s\n", acquis::message(result.pages == 1 ? "cli.written-one-page" : "cli.written",
                                        acquis::Language::French,
                                        {{"path", path},
                                         {"pages", std::to_string(result.pages)},
                                         {"bytes", std::to_string(result.pdf.size())}})
                            .c_str());
  return result.ok;
}

// The self-assessment booklet from templates/cahier-autoevaluation.xml and the sample data,
// blank or for the first sample candidate.
bool render_template(const acquis::Engine& engine, acquis::Language language, bool blank,
                     const std::string& out_dir) {
  std::vector<acquis::Diagnostic> diagnostics;
  std::vector<acquis::Diagnostic> loading;
  acquis::Program program;
  acquis::Organization organization;
  acquis::AssessmentRecord record;
  bool ok = acquis::read_program("samples/programmes/soudage-montage.xml", program, loading);
  ok = acquis::read_organization("samples/organisation.xml", organization, loading) && ok;
  ok = acquis::read_assessment("samples/dossiers/COTE12345678.xml", record, loading) && ok;
  const auto candidates = acquis::read_candidates("samples/candidats.csv", loading);
  for (const auto& d : loading) std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  if (!ok || candidates.empty()) return false;
  acquis::TemplateData data;
  data.program = &program;
  data.organization = &organization;
  if (!blank) data.candidate = &candidates[0], data.record = &record;
  data.data_directory = "samples";
  acquis::TemplateOptions options;
  options.language = language;
  acquis::Document document;
  const bool built = acquis::build_document("templates/cahier-autoevaluation.xml", data, options,
                                            document, diagnostics);
  for (const auto& d : diagnostics)
    std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  if (!built) return false;
  const std::string name =
      std::string("cahier-") + (blank ? "vierge-" : "candidat-") + acquis::language_tag(language);
  return render(engine, document, out_dir + "/" + name + ".pdf");
}

}  // namespace

int main(int argc, char** argv) {
  acquis::EngineOptions options;
  std::string out_dir = "out";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--deterministic") == 0)
      options.deterministic = true;
    else
      out_dir = argv[i];
  }
  std::vector<acquis::Diagnostic> diagnostics;
  auto engine = acquis::Engine::create(options, diagnostics);
  for (const auto& d : diagnostics)
    std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  if (!engine) return 1;
  std::filesystem::create_directories(out_dir);

  acquis::samples::AttestationData data{"Éloïse",          "Côté-Bérubé", "COTE12345678",
                                        "Soudage-montage", "DEP 5195",    "22 novembre 2026"};
  bool ok = render(*engine, acquis::samples::attestation(data), out_dir + "/attestation.pdf");
  const auto sections = acquis::samples::read_sections("samples/texte-justifie.txt");
  ok = render(*engine,
              acquis::samples::justified_text(sections, "La reconnaissance des acquis (exemple)"),
              out_dir + "/texte-justifie.pdf") &&
       ok;
  acquis::samples::BookletData booklet;
  std::string error;
  if (!acquis::samples::read_booklet_data("samples/referentiel-soudage-montage.xml", booklet,
                                          error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  ok = render(*engine,
              acquis::samples::self_assessment_booklet(booklet,
                                                       {"samples/logo-navigateurs.png", true}),
              out_dir + "/cahier-autoevaluation.pdf") &&
       ok;
  for (const acquis::Language language : {acquis::Language::French, acquis::Language::English})
    ok = render_template(*engine, language, true, out_dir) &&
         render_template(*engine, language, false, out_dir) && ok;
  return ok ? 0 : 1;
}

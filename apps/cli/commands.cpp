#include "commands.hpp"

#include <acquis/acquis.hpp>
#include <acquis/templates.hpp>

#include "data_set.hpp"
#include "support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace acquis::cli {

namespace fs = std::filesystem;

namespace {

int write_output(const Arguments& args, const std::string& path, const RenderResult& result) {
  if (path == "-") {
    std::fwrite(result.pdf.data(), 1, result.pdf.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  std::fprintf(stderr, "%s (%d pages, %zu %s)\n", path.c_str(), result.pages, result.pdf.size(),
               say(args, "octets", "bytes").c_str());
  return 0;
}

}  // namespace

int list_documents(const Arguments& args) {
  for (const fs::path& path : document_templates(args))
    std::printf("%-28s %s\n", path.stem().string().c_str(), template_description(path).c_str());
  return 0;
}

int list_programs(const Arguments& args) {
  DataSet data;
  const bool ok = load(args, data);
  for (const Program& p : data.programs)
    std::printf("%-8s %-6s %s (%zu %s)\n", p.code.c_str(), p.level.c_str(),
                p.title.in(args.option("langue", "fr-CA")).c_str(), p.competencies.size(),
                say(args, "compétences", "competencies").c_str());
  return ok ? 0 : 1;
}

// The candidate that takes a program's documents through the most paths: one with a record,
// else the first one of the program, else none (blank documents).
const Candidate* fullest_candidate(const DataSet& data, const Program& program) {
  const Candidate* found = nullptr;
  for (const Candidate& c : data.candidates) {
    if (c.program != program.code) continue;
    if (data.record(c.permanent_code)) return &c;
    if (!found) found = &c;
  }
  return found;
}

// Loads every data file, then builds every template for every program, blank and for its
// fullest candidate: all the problems of the inputs, nothing written.
int check_inputs(const Arguments& args) {
  DataSet data;
  bool ok = load(args, data);
  TemplateData input;
  input.organization = &data.organization;
  input.employers = &data.employers;
  input.programs = &data.programs;
  input.candidates = &data.candidates;
  input.data_directory = data.directory;
  TemplateOptions options = template_options(args);
  options.cache = make_template_cache();
  for (const fs::path& path : document_templates(args))
    for (const Program& program : data.programs)
      for (const Candidate* candidate :
           {static_cast<const Candidate*>(nullptr), fullest_candidate(data, program)}) {
        input.program = &program;
        input.candidate = candidate;
        input.record = candidate ? data.record(candidate->permanent_code) : nullptr;
        Document document;
        std::vector<Diagnostic> diagnostics;
        build_document(path.string(), input, options, document, diagnostics);
        for (const Diagnostic& d : diagnostics) {
          if (d.code == "missing-data") continue;  // a document this data cannot make
          ok = ok && d.severity != Severity::Error;
          std::fprintf(stderr, "%s\n", format_diagnostic(d, args.english).c_str());
        }
      }
  std::fprintf(stderr, "%s\n",
               ok ? say(args, "Aucune erreur.", "No errors.").c_str()
                  : say(args, "Des erreurs ont été trouvées.", "Errors were found.").c_str());
  return ok ? 0 : 1;
}

int produce(const Arguments& args) {
  const std::string template_path = document_template(args);
  if (template_path.empty()) return 2;
  DataSet data;
  if (!load(args, data)) return 1;
  TemplateData input;
  input.organization = &data.organization;
  input.employers = &data.employers;
  input.programs = &data.programs;
  input.candidates = &data.candidates;
  input.data_directory = data.directory;
  const std::string code = args.option("candidat");
  if (!code.empty()) {
    input.candidate = data.candidate(code);
    input.record = data.record(code);
    if (!input.candidate)
      return usage_error(args, "aucune personne candidate n’a ce code permanent dans les données",
                         "no candidate has this permanent code in the data");
  }
  // The program given, else the candidate's; documents of the organization need none.
  const std::string program =
      args.option("programme", input.candidate ? input.candidate->program : "");
  input.program = program.empty() ? nullptr : data.program(program);
  if (!program.empty() && !input.program)
    return usage_error(args, "programme inconnu : " + program, "unknown program: " + program);
  const std::string path =
      args.option("sortie", args.positional[0] + (program.empty() ? "" : "-" + program) +
                                (code.empty() ? "" : "-" + code) + ".pdf");
  const auto engine = make_engine(args);
  if (!engine) return 1;
  Document document;
  std::vector<Diagnostic> diagnostics;
  if (!build_document(template_path, input, template_options(args), document, diagnostics)) {
    print(diagnostics, args.english);
    return 1;
  }
  const RenderResult result =
      path == "-" ? engine->render(document) : engine->render_to_file(document, path);
  print(diagnostics, args.english);
  print(result.diagnostics, args.english);
  return result.ok ? write_output(args, path, result) : 1;
}

}  // namespace acquis::cli

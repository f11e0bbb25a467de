#include "commands.hpp"

#include "session.hpp"

#include <cstdio>
#include <set>

namespace acquis::cli {

namespace {

int write_output(const Arguments& args, const std::string& path, const app::Rendered& result) {
  if (path == "-") return write_stdout(args, result.pdf);
  report_written(args, path, result.pages, result.bytes);
  return 0;
}

// The candidate that takes a program's documents through the most paths: one with a record,
// else the first one of the program, else none (blank documents).
const Candidate* fullest_candidate(const app::DataSet& data, const Program& program) {
  const Candidate* found = nullptr;
  for (const Candidate& c : data.candidates) {
    if (!program.answers_to(c.program)) continue;
    if (data.record(c.permanent_code)) return &c;
    if (!found) found = &c;
  }
  return found;
}

}  // namespace

// The templates only: listing them needs neither the fonts nor the data.
int list_documents(const Arguments& args) {
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  const std::string folder = app::find_resources(config.resources).templates;
  const std::vector<app::DocumentInfo> documents = app::find_documents(folder);
  if (documents.empty()) {
    print(args, {{Severity::Error, "no-templates", {}, folder, {}, {}}});
    return 1;
  }
  for (const app::DocumentInfo& document : documents)
    std::printf("%-28s %s\n", document.name.c_str(), app::describe(document).c_str());
  return 0;
}

int list_programs(const Arguments& args) {
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::DataSet data;
  const bool ok = load(args, config, data);
  for (const Program& p : data.programs)
    std::printf(
        "%-8s %-6s %s (%s)\n", p.code.c_str(), p.level.c_str(), p.title.in(config.language).c_str(),
        say(args, "cli.competencies", {{"count", static_cast<double>(p.competencies.size())}})
            .c_str());
  return ok ? 0 : 1;
}

// Loads every data file, then builds every template for every program, blank and for its
// fullest candidate, in both languages: all the problems of the inputs (each once), nothing
// written.
int check_inputs(const Arguments& args) {
  app::RunConfig config;
  const auto [workspace, status] = start(args, config);
  if (!workspace) return status;
  app::DataSet data;
  bool ok = load(args, config, data);
  ok = ok && data.broken_records.empty();
  const std::vector<Diagnostic> sanctions = app::check_sanctions(data);
  print(args, sanctions);
  ok = ok && sanctions.empty();
  const app::LoadedData loaded = app::make_loaded_data(std::move(data));
  std::set<std::string> shown;
  for (const app::DocumentInfo& document : workspace->documents())
    for (const Program& program : loaded.data->programs)
      for (const Candidate* candidate :
           {static_cast<const Candidate*>(nullptr), fullest_candidate(*loaded.data, program)})
        for (const Language language : {Language::French, Language::English}) {
          app::Subject subject{candidate, nullptr, &program};
          if (candidate) subject.record = loaded.data->record(candidate->permanent_code);
          // Laid out, not only filled: a text too long for its frame or a damaged image is
          // found here too.
          const app::Rendered checked = workspace->render(
              loaded, {document.name, language, subject, nullptr, true}, app::Output::Check);
          for (const Diagnostic& d : checked.diagnostics) {
            // A document this data cannot make, or not for this person yet.
            if (d.code == "missing-data" || app::step_not_reached(d)) continue;
            ok = ok && d.severity != Severity::Error;
            const std::string text = format_diagnostic(d, args.messages);
            if (shown.insert(text).second) std::fprintf(stderr, "%s\n", text.c_str());
          }
        }
  std::fprintf(stderr, "%s\n", say(args, ok ? "cli.no-errors" : "cli.errors-found").c_str());
  return ok ? 0 : 1;
}

int produce(const Arguments& args) {
  app::RunConfig config;
  const auto [workspace, status] = start(args, config);
  if (!workspace) return status;
  const app::DocumentInfo* document = named_document(args, *workspace);
  if (!document) return 2;
  const std::string code = args.option("candidat");
  app::DataSet data;
  if (!load_usable(args, config, data)) return 1;
  const bool other_errors = !data.broken_program_files.empty() || data.broken_employers;
  const app::LoadedData loaded = app::make_loaded_data(std::move(data), app::Builds::One);
  // The program given, else the candidate's; documents of the organization need none.
  const app::SubjectLookup found = app::find_subject(*loaded.data, code, args.option("programme"));
  if (found.unknown_candidate) return usage_error(args, "cli.unknown-candidate");
  const char* refusal = found.broken_record
                            ? "cli.record-has-errors"
                            : refusal_for_broken_files(*loaded.data, app::lists_people(*document),
                                                       found.subject, found.unknown_program);
  if (refusal) {
    std::fprintf(stderr, "acquis: %s\n",
                 say(args, refusal,
                     {{"code", args.option("programme", found.subject.candidate
                                                            ? found.subject.candidate->program
                                                            : "")}})
                     .c_str());
    return 1;
  }
  if (found.unknown_program)
    return usage_error(
        args, "cli.unknown-program",
        {{"code", args.option("programme",
                              found.subject.candidate ? found.subject.candidate->program : "")}});
  const std::string program = found.subject.program ? found.subject.program->code : "";
  const std::string path =
      args.option("sortie", document->name + (program.empty() ? "" : "-" + program) +
                                (code.empty() ? "" : "-" + code) + ".pdf");
  // The command line has always given the list of every candidate read (with --candidat: that
  // person only), whatever the document.
  const app::Rendered result =
      workspace->render(loaded,
                        {document->name, config.language, found.subject, nullptr, true,
                         args.flag("specimen"), args.flag("archive"), args.flag("remplissable")},
                        path == "-" ? app::Output::Pdf : app::Output::File, path);
  print(args, result.diagnostics);
  if (!result.ok) return 1;
  if (other_errors)
    std::fprintf(stderr, "acquis: %s\n", say(args, "cli.other-files-have-errors").c_str());
  return write_output(args, path, result);
}

}  // namespace acquis::cli

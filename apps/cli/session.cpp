#include "session.hpp"

#include <acquis/files.hpp>

#include <cerrno>
#include <cstdio>

namespace acquis::cli {

std::string say(const Arguments& args, const char* id, const MessageArgs& values) {
  return message(id, args.messages, values);
}

int usage_error(const Arguments& args, const char* id, const MessageArgs& values) {
  std::fprintf(stderr, "acquis: %s\n%s\n", say(args, id, values).c_str(),
               say(args, "cli.see-help").c_str());
  return 2;
}

void print(const Arguments& args, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s\n", format_diagnostic(d, args.messages).c_str());
}

bool configure(const Arguments& args, app::RunConfig& config) {
  std::string error, value;
  if (run_config(args, config, error, value)) return true;
  usage_error(args, error.c_str(), {{"value", value}});
  return false;
}

bool load(const Arguments& args, const app::RunConfig& config, app::DataSet& data,
          bool tolerate_bad_rows) {
  std::vector<Diagnostic> diagnostics;
  const bool ok = app::load_data_set(
      config.data_directory, {config.candidates_file, args.option("candidat")}, data, diagnostics);
  print(args, diagnostics);
  return ok && (tolerate_bad_rows || data.candidate_errors == 0);
}

bool load_usable(const Arguments& args, const app::RunConfig& config, app::DataSet& data,
                 bool tolerate_bad_rows) {
  load(args, config, data, tolerate_bad_rows);
  return !data.broken_organization && (tolerate_bad_rows || data.candidate_errors == 0);
}

const char* refusal_for_broken_files(const app::DataSet& data, bool lists_people,
                                     const app::Subject& subject, bool unknown_program) {
  if (unknown_program && !data.broken_program_files.empty()) return "cli.program-maybe-broken";
  return app::blocked_by_broken_files(data, lists_people, subject.program, subject.candidate);
}

Started start(const Arguments& args, app::RunConfig& config) {
  if (!configure(args, config)) return {nullptr, 2};
  std::vector<Diagnostic> diagnostics;
  auto workspace = app::Workspace::open(config, diagnostics);
  print(args, diagnostics);
  const int status = workspace ? 0 : 1;
  return {std::move(workspace), status};
}

const app::DocumentInfo* named_document(const Arguments& args, const app::Workspace& workspace) {
  if (args.positional.size() != 1) {
    usage_error(args, "cli.name-the-document");
    return nullptr;
  }
  const app::DocumentInfo* document = workspace.document(args.positional[0]);
  if (!document) usage_error(args, "cli.unknown-document", {{"name", args.positional[0]}});
  return document;
}

void report_written(const Arguments& args, const std::string& path, int pages,
                    std::uintmax_t bytes) {
  // Numbers as plain text and the page's plural chosen here: the line after every document
  // stays clear of ICU's number formatting (a few hundred microseconds and 2 MB of its data).
  std::fprintf(
      stderr, "%s\n",
      say(args, pages == 1 ? "cli.written-one-page" : "cli.written",
          {{"path", path}, {"pages", std::to_string(pages)}, {"bytes", std::to_string(bytes)}})
          .c_str());
}

int write_stdout(const Arguments& args, std::string_view bytes) {
  errno = 0;
  const bool whole = std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
  if (std::fflush(stdout) == 0 && whole && !std::ferror(stdout)) return 0;
  const int error = errno ? errno : EIO;
  std::fprintf(stderr, "acquis: %s\n",
               say(args, "cli.cannot-write-stdout", {{"reason", error_name(error)}}).c_str());
  return 1;
}

int write_text(const Arguments& args, const std::string& path, const std::string& text) {
  if (path == "-") return write_stdout(args, text);
  const int error = write_file(path, text);
  if (error == 0) return 0;
  std::fprintf(
      stderr, "acquis: %s\n",
      say(args, "cli.cannot-write", {{"path", path}, {"reason", error_name(error)}}).c_str());
  return 1;
}

}  // namespace acquis::cli

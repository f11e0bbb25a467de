// What every command needs: messages in the user's language, diagnostics on stderr, the run's
// configuration, the data folder and the workspace (engine and documents).
#pragma once

#include <acquis/app/data_set.hpp>
#include <acquis/app/workspace.hpp>

#include "arguments.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace acquis::cli {

// The message `id` in the user's language.
std::string say(const Arguments& args, const char* id, const MessageArgs& values = {});
// Prints the message and a pointer to --aide; returns 2.
int usage_error(const Arguments& args, const char* id, const MessageArgs& values = {});
void print(const Arguments& args, const std::vector<Diagnostic>& diagnostics);

// The run's configuration, or a usage error printed (false).
bool configure(const Arguments& args, app::RunConfig& config);

// Loads the data folder (--donnees, --candidats; with --candidat the other rows of a CSV are
// not read), printing its problems. With `tolerate_bad_rows`, rejected candidate rows do not
// make it fail (a batch goes on).
bool load(const Arguments& args, const app::RunConfig& config, app::DataSet& data,
          bool tolerate_bad_rows = false);

// Like load, but a program file or the employers file with errors stops nothing here (errors
// stay local): each document is then checked with refusal_for_broken_files. The profile with
// errors, or the person's row, still stops everything.
bool load_usable(const Arguments& args, const app::RunConfig& config, app::DataSet& data,
                 bool tolerate_bad_rows = false);

// Why the document for `subject` cannot be made with the files that have errors (a message
// id), or null: its program may be in a file that could not be read, or it uses a broken file.
// `lists_people`: the document lists every person (app::lists_people).
const char* refusal_for_broken_files(const app::DataSet& data, bool lists_people,
                                     const app::Subject& subject, bool unknown_program);

// The run's configuration and its workspace; no workspace, with the problem printed, when an
// option is wrong (status 2) or the fonts or templates cannot be used (status 1).
struct Started {
  std::unique_ptr<app::Workspace> workspace;
  int status = 0;
};
Started start(const Arguments& args, app::RunConfig& config);

// The document named on the command line, or null with a usage error printed.
const app::DocumentInfo* named_document(const Arguments& args, const app::Workspace& workspace);

// "toutes.pdf (25 pages, 46 734 octets)" on stderr, once a PDF is written.
void report_written(const Arguments& args, const std::string& path, int pages,
                    std::uintmax_t bytes);

// Bytes to standard output, every failure said with its cause (a full disk, a closed pipe);
// the exit status.
int write_stdout(const Arguments& args, std::string_view bytes);

// `text` to standard output (path "-") or atomically to a file; the exit status.
int write_text(const Arguments& args, const std::string& path, const std::string& text);

}  // namespace acquis::cli

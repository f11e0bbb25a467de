// What every command needs: messages in the user's language, diagnostics on stderr, the data
// folder, template options, the engine, and the resource folders.
#pragma once

#include <acquis/acquis.hpp>
#include <acquis/templates.hpp>

#include "arguments.hpp"
#include "data_set.hpp"
#include "resources.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace acquis::cli {

std::string say(const Arguments& args, const std::string& french, const std::string& english);
// Prints the message and a pointer to --aide; returns 2.
int usage_error(const Arguments& args, const std::string& french, const std::string& english);
void print(const std::vector<Diagnostic>& diagnostics, bool english);

// Loads the data folder (--donnees, --candidats), printing its problems. With
// `tolerate_bad_rows`, rejected candidate rows do not make it fail (a batch goes on).
bool load(const Arguments& args, DataSet& data, bool tolerate_bad_rows = false);

std::string today(const Arguments& args);
// The local time now in strftime's `format` (localtime_r: thread-safe, and /etc/localtime is
// read once, not at every call).
std::string local_time(const char* format);
TemplateOptions template_options(const Arguments& args);
std::unique_ptr<Engine> make_engine(const Arguments& args);

// The template of the document named on the command line, or a usage error printed (then
// empty).
std::string document_template(const Arguments& args);

// The documents: the top-level templates of the folder (partials live in subfolders), sorted.
std::vector<std::filesystem::path> document_templates(const Arguments& args);
// The first comment of a template: its description.
std::string template_description(const std::filesystem::path& path);

// `text` to standard output (path "-") or atomically to a file; the exit status.
int write_text(const Arguments& args, const std::string& path, const std::string& text);

inline std::string templates_directory(const Arguments& args) {
  return resource_directory(args, "gabarits", "templates");
}

}  // namespace acquis::cli

#include "support.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace acquis::cli {

namespace fs = std::filesystem;

std::string say(const Arguments& args, const std::string& french, const std::string& english) {
  return args.english ? english : french;
}

int usage_error(const Arguments& args, const std::string& french, const std::string& english) {
  std::fprintf(stderr, "acquis: %s\n%s\n", say(args, french, english).c_str(),
               say(args, "« acquis --aide » décrit les commandes.",
                   "“acquis --help” describes the commands.")
                   .c_str());
  return 2;
}

void print(const std::vector<Diagnostic>& diagnostics, bool english) {
  for (const Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s\n", format_diagnostic(d, english).c_str());
}

bool load(const Arguments& args, DataSet& data, bool tolerate_bad_rows) {
  Diagnostics diags;
  const bool ok = load_data_set(args.option("donnees", "."), data, diags,
                                {args.option("candidats"), args.option("candidat"), args.english});
  print(diags.take(), args.english);
  return ok && (tolerate_bad_rows || data.candidate_errors == 0);
}

std::string today(const Arguments& args) {
  if (args.deterministic) return "2026-01-01";
  if (!args.option("date").empty()) return args.option("date");
  return local_time("%Y-%m-%d");
}

std::string local_time(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[64];
  return std::string(buffer, std::strftime(buffer, sizeof buffer, format, &local));
}

TemplateOptions template_options(const Arguments& args) {
  TemplateOptions options;
  options.template_directories = {templates_directory(args)};
  options.locales_directory = resource_directory(args, "locales", "locales");
  const std::string language = args.option("langue", "fr-CA");
  options.language = language.rfind("en", 0) == 0 ? "en-CA" : "fr-CA";
  options.english_messages = args.english;
  options.today = today(args);
  return options;
}

std::unique_ptr<Engine> make_engine(const Arguments& args) {
  std::vector<Diagnostic> diagnostics;
  EngineOptions options;
  options.font_config = resource_directory(args, "polices", "fonts") + "/fonts.xml";
  options.deterministic = args.deterministic;
  auto engine = Engine::create(options, diagnostics);
  print(diagnostics, args.english);
  return engine;
}

std::string document_template(const Arguments& args) {
  if (args.positional.size() != 1) {
    usage_error(args, "indiquez le document à produire (voir « acquis documents »)",
                "name the document to produce (see “acquis documents”)");
    return {};
  }
  const std::filesystem::path path =
      std::filesystem::path(templates_directory(args)) / (args.positional[0] + ".xml");
  if (std::filesystem::exists(path)) return path.string();
  usage_error(args, "document inconnu : " + args.positional[0],
              "unknown document: " + args.positional[0]);
  return {};
}

int write_text(const Arguments& args, const std::string& path, const std::string& text) {
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  const std::string temporary = path + ".tmp";
  std::ofstream out(temporary, std::ios::binary);
  out << text;
  out.close();
  if (!out || std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    std::fprintf(stderr, "acquis: %s\n",
                 say(args, "impossible d’écrire " + path, "cannot write " + path).c_str());
    return 1;
  }
  return 0;
}

// The top-level templates of the folder (partials live in subfolders).
std::vector<fs::path> document_templates(const Arguments& args) {
  std::vector<fs::path> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(templates_directory(args), error))
    if (entry.path().extension() == ".xml") found.push_back(entry.path());
  std::sort(found.begin(), found.end());
  return found;
}

// The first comment of a template: its description.
std::string template_description(const fs::path& path) {
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t begin = text.find("<!--"), end = text.find("-->");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return {};
  std::string comment = text.substr(begin + 4, end - begin - 4);
  const std::size_t first = comment.find_first_not_of(" \n");
  comment = first == std::string::npos ? "" : comment.substr(first);
  std::string collapsed;
  for (char c : comment)
    if (!(c == ' ' || c == '\n') || (!collapsed.empty() && collapsed.back() != ' '))
      collapsed += c == '\n' ? ' ' : c;
  comment = collapsed;
  return comment.substr(
      0, comment.find(". ") == std::string::npos ? comment.size() : comment.find(". ") + 1);
}

}  // namespace acquis::cli

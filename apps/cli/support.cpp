#include "support.hpp"

#include <cstdio>
#include <ctime>

namespace acquis::cli {

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
  const std::time_t now = std::time(nullptr);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", std::localtime(&now));
  return buffer;
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

}  // namespace acquis::cli

// A whole template built from arbitrary input (includes confined to an empty folder).
#include <acquis/templates.hpp>

#include <unistd.h>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace acquis;
  static const std::string dir = [] {
    const std::string d =
        std::filesystem::temp_directory_path() / ("acquis-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  const std::string path = dir + "/t.xml";
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  static const Program program = [] {
    Program p;
    p.code = "5195";
    p.title.fr = "Soudage";
    Competency c;
    c.code = "01";
    c.statement = {"Souder", ""};
    c.hours = 15;
    c.units = 1;
    c.elements = {{"1", {"Tâche", ""}, {}}};
    p.competencies.push_back(std::move(c));
    return p;
  }();
  TemplateData input;
  input.program = &program;
  TemplateOptions options;
  options.template_directories = {dir};
  options.locales_directory = "locales";
  Document document;
  std::vector<Diagnostic> diagnostics;
  build_document(path, input, options, document, diagnostics);
  return 0;
}

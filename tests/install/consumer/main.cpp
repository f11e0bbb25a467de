// A program of someone else's, built against the installed Acquis (find_package or pkg-config):
// a person's certificate from a data folder, with the installed resources.
//   consumer DATA_FOLDER RESOURCES_FOLDER CODE_PERMANENT OUTPUT.pdf
#include <acquis/app/workspace.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 5) return 2;
  const std::string resources = argv[2];
  acquis::app::RunConfig config;
  config.data_directory = argv[1];
  config.resources = {
      resources + "/templates", resources + "/locales", resources + "/fonts", {}, {}};
  config.deterministic = true;
  std::vector<acquis::Diagnostic> diagnostics;
  acquis::app::DataSet data;
  const bool loaded = acquis::app::load_data_set(config.data_directory, {}, data, diagnostics);
  const auto workspace = acquis::app::Workspace::open(config, diagnostics);
  for (const acquis::Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  if (!loaded || !workspace) return 1;
  const acquis::app::LoadedData set = acquis::app::make_loaded_data(std::move(data));
  const acquis::app::SubjectLookup found = acquis::app::find_subject(*set.data, argv[3], {});
  if (!found.ok()) return 1;
  const acquis::app::Rendered result = workspace->render(
      set, {"attestation", acquis::Language::French, found.subject, nullptr, false},
      acquis::app::Output::File, argv[4]);
  for (const acquis::Diagnostic& d : result.diagnostics)
    std::fprintf(stderr, "%s\n", acquis::format_diagnostic(d).c_str());
  return result.ok ? 0 : 1;
}

// Template → document → PDF file, for the command line, the service and the tests.
#include <acquis/acquis.hpp>

namespace acquis {

bool render_template_to_file(const Engine& engine, const std::string& template_path,
                             const TemplateData& data, const TemplateOptions& options,
                             const std::string& path, std::vector<Diagnostic>& diagnostics) {
  Document document;
  if (!build_document(template_path, data, options, document, diagnostics)) return false;
  RenderResult result = engine.render_to_file(document, path);
  for (Diagnostic& d : result.diagnostics) diagnostics.push_back(std::move(d));
  return result.ok;
}

}  // namespace acquis

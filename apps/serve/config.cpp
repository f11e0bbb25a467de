#include "config.hpp"

#include "problem.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace acquis::serve {

namespace {

using nlohmann::json;

// A key's value when present; false (with the key's name) when it has the wrong type.
template <typename T>
bool read(const json& object, const char* key, T& out, std::string& wrong) {
  if (!object.contains(key)) return true;
  try {
    out = object.at(key).get<T>();
    return true;
  } catch (const json::exception&) {
    wrong = key;
    return false;
  }
}

bool read_limits(const json& limits, ServeConfig& config, std::string& wrong) {
  std::size_t kilobytes = config.max_body_bytes / 1024;
  const bool ok = read(limits, "corps_max_ko", kilobytes, wrong) &&
                  read(limits, "rendus_simultanes", config.renders, wrong) &&
                  read(limits, "file_attente", config.queue, wrong) &&
                  read(limits, "delai_s", config.request_seconds, wrong);
  config.max_body_bytes = kilobytes * 1024;
  return ok;
}

bool read_folders(const json& root, app::RunConfig& run, std::string& wrong) {
  app::ResourcePaths& r = run.resources;
  return read(root, "donnees", run.data_directory, wrong) &&
         read(root, "gabarits", r.templates, wrong) && read(root, "polices", r.fonts, wrong) &&
         read(root, "locales", r.locales, wrong) && read(root, "web", r.web, wrong) &&
         read(root, "cesure", r.hyphenation, wrong);
}

}  // namespace

bool load_config(const std::string& path, ServeConfig& config, std::string& error,
                 MessageArgs& error_args) {
  error_args = {{"path", path}};
  std::ifstream in(path, std::ios::binary);
  if (!in) return error = "service.config-unreadable", false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    const TextPosition at = text_position(text, e.byte > 0 ? e.byte - 1 : 0);
    error_args.push_back({"line", std::to_string(at.line)});
    error_args.push_back({"column", std::to_string(at.column)});
    return error = "service.config-not-json", false;
  }
  if (!root.is_object()) return error = "service.config-not-object", false;
  std::string wrong;
  const bool ok =
      read_folders(root, config.run, wrong) && read(root, "adresse", config.address, wrong) &&
      read(root, "port", config.port, wrong) && read(root, "jeton", config.token, wrong) &&
      (!root.contains("limites") || read_limits(root.at("limites"), config, wrong));
  if (!ok) error_args.push_back({"key", wrong}), error = "service.config-bad-value";
  return ok;
}

}  // namespace acquis::serve

#include "config.hpp"

#include "problem.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace acquis::serve {

namespace {

using nlohmann::json;

template <typename T>
bool read(const json& object, const char* key, T& out, std::string& error) {
  if (!object.contains(key)) return true;
  try {
    out = object.at(key).get<T>();
    return true;
  } catch (const json::exception&) {
    error = std::string("valeur invalide pour « ") + key + " »";
    return false;
  }
}

bool read_limits(const json& limits, ServeConfig& config, std::string& error) {
  std::size_t kilobytes = config.max_body_bytes / 1024;
  const bool ok = read(limits, "corps_max_ko", kilobytes, error) &&
                  read(limits, "rendus_simultanes", config.renders, error) &&
                  read(limits, "file_attente", config.queue, error) &&
                  read(limits, "delai_s", config.request_seconds, error);
  config.max_body_bytes = kilobytes * 1024;
  return ok;
}

}  // namespace

bool load_config(const std::string& path, ServeConfig& config, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + " : fichier de configuration illisible";
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    const TextPosition at = text_position(text, e.byte > 0 ? e.byte - 1 : 0);
    error = path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
            " : JSON invalide (vérifiez les guillemets, virgules et accolades)";
    return false;
  }
  std::string problem;
  const bool ok =
      root.is_object() && read(root, "donnees", config.data_directory, problem) &&
      read(root, "gabarits", config.templates, problem) &&
      read(root, "polices", config.fonts, problem) &&
      read(root, "locales", config.locales, problem) && read(root, "web", config.web, problem) &&
      read(root, "adresse", config.address, problem) && read(root, "port", config.port, problem) &&
      read(root, "jeton", config.token, problem) &&
      (!root.contains("limites") || read_limits(root.at("limites"), config, problem));
  if (!ok) error = path + " : " + (problem.empty() ? "un objet JSON est attendu" : problem);
  return ok;
}

}  // namespace acquis::serve

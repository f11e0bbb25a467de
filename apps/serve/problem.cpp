#include "problem.hpp"

namespace acquis::serve {

Problem& Problem::field(const std::string& pointer, const std::string& message) {
  errors.push_back({{"pointeur", pointer}, {"message", message}});
  return *this;
}

Problem& Problem::diagnostics(const std::vector<Diagnostic>& list, bool english) {
  for (const Diagnostic& d : list) {
    if (d.severity != Severity::Error) continue;
    nlohmann::ordered_json error = {{"code", d.code}, {"message", d.message}};
    if (!d.location.file.empty()) {
      error["fichier"] = d.location.file;
      error["ligne"] = d.location.line;
      error["colonne"] = d.location.column;
    } else if (!d.source.empty()) {
      error["source"] = d.source;
    }
    if (!d.hint.empty()) error["suggestion"] = d.hint;
    error["texte"] = format_diagnostic(d, english);
    errors.push_back(std::move(error));
  }
  return *this;
}

std::string Problem::body() const {
  nlohmann::ordered_json json = {
      {"type", "/problemes/" + type}, {"title", title}, {"status", status}, {"detail", detail}};
  if (!errors.empty()) json["erreurs"] = errors;
  return json.dump(2);
}

TextPosition text_position(const std::string& text, std::size_t offset) {
  TextPosition at;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

Problem bad_json(const std::string& text, std::size_t byte) {
  const TextPosition at = text_position(text, byte > 0 ? byte - 1 : 0);
  return {400, "json-invalide", "JSON invalide",
          "Le corps de la requête n’est pas du JSON valide (ligne " + std::to_string(at.line) +
              ", colonne " + std::to_string(at.column) + ").",
          nlohmann::ordered_json::array()};
}

Problem invalid_request(const std::string& detail) {
  return {422, "donnees-invalides", "Données invalides", detail, nlohmann::ordered_json::array()};
}

Problem not_found(const std::string& detail) {
  return {404, "introuvable", "Introuvable", detail, nlohmann::ordered_json::array()};
}

Problem unavailable(const std::string& detail) {
  return {503, "occupe", "Service occupé", detail, nlohmann::ordered_json::array()};
}

}  // namespace acquis::serve

#include "problem.hpp"

namespace acquis::serve {

Problem& Problem::field(const std::string& pointer, const char* id, const MessageArgs& args) {
  errors.push_back({{"pointeur", pointer}, {"message", message(id, language, args)}});
  return *this;
}

Problem& Problem::diagnostics(const std::vector<Diagnostic>& list,
                              const std::vector<std::string>& pointers) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Diagnostic& d = list[i];
    if (d.severity != Severity::Error) continue;
    nlohmann::ordered_json error = {{"code", d.code}, {"message", diagnostic_text(d, language)}};
    if (i < pointers.size() && !pointers[i].empty()) error["pointeur"] = pointers[i];
    if (!d.location.file.empty()) {
      error["fichier"] = d.location.file;
      error["ligne"] = d.location.line;
      error["colonne"] = d.location.column;
    } else if (!d.source.empty()) {
      error["source"] = d.source;
    }
    if (!d.suggestion.empty()) error["suggestion"] = suggestion_text(d, language);
    error["texte"] = format_diagnostic(d, language);
    errors.push_back(std::move(error));
  }
  return *this;
}

std::string Problem::body() const {
  nlohmann::ordered_json json = {{"type", "/problemes/" + type},
                                 {"title", message("problem." + type, language)},
                                 {"status", status},
                                 {"detail", detail}};
  if (!errors.empty()) json["erreurs"] = errors;
  for (const auto& [key, value] : extensions.items()) json[key] = value;
  // Replace, never throw: a message quoting a request's bad bytes must still be answered.
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Problem make_problem(Language language, int status, const std::string& type, const char* detail,
                     const MessageArgs& args) {
  Problem problem(language);
  problem.status = status;
  problem.type = type;
  problem.detail = message(detail, language, args);
  return problem;
}

Problem invalid_request(Language language, const char* detail) {
  return make_problem(language, 422, "donnees-invalides", detail);
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

Problem bad_json(Language language, const std::string& text, std::size_t byte) {
  const TextPosition at = text_position(text, byte > 0 ? byte - 1 : 0);
  return make_problem(language, 400, "json-invalide", "service.bad-json",
                      {{"line", std::to_string(at.line)}, {"column", std::to_string(at.column)}});
}

}  // namespace acquis::serve

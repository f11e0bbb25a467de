#include "config.hpp"

#include "problem.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace acquis::serve {

namespace {

using nlohmann::json;

// What went wrong, for load_config's message: the id and what it names.
struct ConfigError {
  std::string id;
  MessageArgs args;
};

// A whole number in [low, high]; anything else (text, a fraction, out of range) is an error.
bool read_integer(const json& value, long long low, long long high, long long& out) {
  if (!value.is_number_integer()) return false;
  const long long number = value.get<long long>();
  if (number < low || number > high) return false;
  out = number;
  return true;
}

std::string lower_case(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// A DNS name or an address, without a port: letters, digits, '.', '-', ':' (IPv6).
bool is_host_name(const std::string& name) {
  if (name.empty() || name.size() > 253) return false;
  for (const char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':')
      return false;
  return true;
}

using Reader = std::function<bool(const json&, ServeConfig&)>;

Reader text(std::string ServeConfig::*member) {
  return [member](const json& v, ServeConfig& c) {
    if (!v.is_string() || v.get<std::string>().empty()) return false;
    c.*member = v.get<std::string>();
    return true;
  };
}

Reader folder(std::string app::ResourcePaths::*member) {
  return [member](const json& v, ServeConfig& c) {
    if (!v.is_string() || v.get<std::string>().empty()) return false;
    c.run.resources.*member = v.get<std::string>();
    return true;
  };
}

template <class Number>
Reader integer(Number ServeConfig::*member, long long low, long long high) {
  return [member, low, high](const json& v, ServeConfig& c) {
    long long number = 0;
    if (!read_integer(v, low, high, number)) return false;
    c.*member = static_cast<Number>(number);
    return true;
  };
}

const std::map<std::string, Reader>& limit_keys() {
  static const std::map<std::string, Reader> keys = {
      {"corps_max_ko",
       [](const json& v, ServeConfig& c) {
         long long kilobytes = 0;
         if (!read_integer(v, 1, 1 << 20, kilobytes)) return false;
         c.max_body_bytes = static_cast<std::size_t>(kilobytes) * 1024;
         return true;
       }},
      {"rendus_simultanes", integer(&ServeConfig::renders, 1, 64)},
      {"file_attente", integer(&ServeConfig::queue, 0, 100000)},
      {"delai_s", integer(&ServeConfig::request_seconds, 1, 3600)},
      {"lecture_s", integer(&ServeConfig::read_seconds, 1, 3600)},
      {"connexions", integer(&ServeConfig::connections, 8, 65536)},
      {"arret_s", integer(&ServeConfig::stop_seconds, 0, 3600)},
  };
  return keys;
}

const std::map<std::string, Reader>& top_keys() {
  static const std::map<std::string, Reader> keys = {
      {"donnees",
       [](const json& v, ServeConfig& c) {
         if (!v.is_string() || v.get<std::string>().empty()) return false;
         c.run.data_directory = v.get<std::string>();
         return true;
       }},
      {"gabarits", folder(&app::ResourcePaths::templates)},
      {"polices", folder(&app::ResourcePaths::fonts)},
      {"locales", folder(&app::ResourcePaths::locales)},
      {"web", folder(&app::ResourcePaths::web)},
      {"cesure", folder(&app::ResourcePaths::hyphenation)},
      {"adresse", text(&ServeConfig::address)},
      {"port", integer(&ServeConfig::port, 0, 65535)},
      {"jeton", text(&ServeConfig::token)},
      {"dossier_temporaire", text(&ServeConfig::temp_directory)},
      {"utilisateurs",
       [](const json& v, ServeConfig& c) {
         if (!v.is_object() || v.empty()) return false;
         for (const auto& [name, token] : v.items()) {
           // A token long enough not to be guessed; a name the journal can hold on one field.
           if (!token.is_string() || token.get<std::string>().size() < 16 || name.empty() ||
               name.find_first_of(" \t\r\n") != std::string::npos)
             return false;
           c.users[name] = token.get<std::string>();
         }
         return true;
       }},
      {"noms",
       [](const json& v, ServeConfig& c) {
         if (!v.is_array() || v.empty()) return false;
         std::vector<std::string> names;
         for (const json& name : v) {
           if (!name.is_string() || !is_host_name(name.get<std::string>())) return false;
           names.push_back(lower_case(name.get<std::string>()));
         }
         c.host_names = std::move(names);
         return true;
       }},
  };
  return keys;
}

// The closest known key to a misspelt one ("jetton" → "jeton"), or nothing.
std::string closest_key(const std::string& key, const std::map<std::string, Reader>& known) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& [name, reader] : known) {
    std::vector<std::size_t> row(name.size() + 1);
    for (std::size_t j = 0; j <= name.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= key.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= name.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (key[i - 1] != name[j - 1])});
        diagonal = above;
      }
    }
    if (row[name.size()] < best_distance) best_distance = row[name.size()], best = name;
  }
  return best;
}

// Every key known and every value right: an unknown key is an error (a misspelt "jeton" must
// not start a server without its token).
bool read_object(const json& object, const std::map<std::string, Reader>& keys,
                 const std::string& prefix, ServeConfig& config, ConfigError& error) {
  if (!object.is_object()) return error = {"service.config-not-object", {}}, false;
  for (const auto& [key, value] : object.items()) {
    if (prefix.empty() && key == "limites") {
      if (!read_object(value, limit_keys(), "limites.", config, error)) return false;
      continue;
    }
    const auto reader = keys.find(key);
    if (reader == keys.end()) {
      const std::string close = closest_key(key, keys);
      error = {close.empty() ? "service.config-unknown-key" : "service.config-unknown-key-close",
               {{"key", prefix + key}, {"close", prefix + close}}};
      return false;
    }
    if (!reader->second(value, config))
      return error = {"service.config-bad-value", {{"key", prefix + key}}}, false;
  }
  return true;
}

}  // namespace

std::vector<std::string> accepted_host_names(const ServeConfig& config) {
  if (!config.host_names.empty()) return config.host_names;
  std::vector<std::string> names = {"localhost", "127.0.0.1", "::1"};
  const std::string address = lower_case(config.address);
  if (address != "0.0.0.0" && address != "::" && is_host_name(address)) names.push_back(address);
  return names;
}

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
  } catch (const json::out_of_range&) {
    return error = "service.config-number-too-large", false;
  }
  ConfigError wrong;
  if (read_object(root, top_keys(), "", config, wrong)) return true;
  error = wrong.id;
  for (MessageArg& arg : wrong.args) error_args.push_back(std::move(arg));
  return false;
}

}  // namespace acquis::serve

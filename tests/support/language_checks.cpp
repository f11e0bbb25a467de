#include "language_checks.hpp"

#include "tools.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

namespace acquis::test {

namespace {

// Words only French uses, as the documents would leave them untranslated.
const std::set<std::string>& french_only() {
  static const std::set<std::string> words = {
      "le",         "la",        "les",       "des",
      "du",         "de",        "et",        "ou",
      "une",        "un",        "pour",      "avec",
      "dans",       "sur",       "par",       "est",
      "sont",       "au",        "aux",       "qui",
      "que",        "ne",        "pas",       "ce",
      "cette",      "ces",       "son",       "sa",
      "ses",        "leur",      "leurs",     "nous",
      "vous",       "il",        "elle",      "en",
      "selon",      "chez",      "oui",       "personne",
      "entreprise", "employeur", "programme", "atteint",
      "maîtrisée",  "fiche",     "cahier",    "bilan",
      "suivi",      "volet",     "volets",    "attestation de",
      "travail",    "soir",      "salle"};
  return words;
}

// Accented words English writes too.
const std::set<std::string>& english_accented() {
  static const std::set<std::string> words = {"résumé", "Résumé", "résumés", "Québec", "Ministère"};
  return words;
}

bool has_french_accent(const std::string& word) {
  for (const char* accent :
       {"é", "è", "ê", "à", "â", "ç", "î", "ï", "ô", "û", "ù", "ë", "œ", "É", "È", "À", "Ç", "Ô"})
    if (word.find(accent) != std::string::npos) return true;
  return false;
}

void add_matches(const std::string& text, const std::regex& pattern, std::set<std::string>& names) {
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it)
    if (!(*it)[1].str().empty()) names.insert((*it)[1].str());
}

}  // namespace

const std::vector<std::string>& sample_proper_names() {
  static const std::vector<std::string> names = [] {
    std::set<std::string> found = {"Ministère de l’Éducation", "Ministère de l'Éducation",
                                   "Répertoire des métiers semi-spécialisés", "Québec", "Lévis"};
    // Names, places, and what a person typed in the registration form: printed as written.
    static const std::regex attribute(
        R"re(\b(?:nom|adresse|contact|par|lieu|lieu-en|employeur|poste|mere|pere|derniere-annee)="([^"]+)")re");
    static const std::regex element(
        R"re(<(?:nom|adresse|centre|diplomes|formation-generale)>([^<]+)<)re");
    namespace fs = std::filesystem;
    std::vector<fs::path> files = {"samples/organisation.xml", "samples/employeurs.xml"};
    for (const auto& entry : fs::directory_iterator("samples/dossiers")) files.push_back(entry);
    for (const fs::path& file : files) {
      const std::string text = read_file(file.string());
      add_matches(text, attribute, found);
      add_matches(text, element, found);
    }
    // The people: the first two columns of the list (prenom;nom).
    const std::string list = read_file("samples/candidats.csv");
    static const std::regex person(R"re(\n([^;\n]+);([^;\n]+);)re");
    for (std::sregex_iterator it(list.begin(), list.end(), person), end; it != end; ++it) {
      found.insert((*it)[1].str() + " " + (*it)[2].str());
      found.insert((*it)[2].str());
      found.insert((*it)[1].str());
    }
    std::vector<std::string> out;
    for (const std::string& name : found)  // spaces as the documents print them: one
      out.push_back(std::regex_replace(name, std::regex(" +"), " "));
    // Longest first: "Acier Rive-Sud inc., Lévis" goes before "Lévis".
    std::sort(out.begin(), out.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
  }();
  return names;
}

std::vector<std::string> french_words(const std::string& text,
                                      const std::vector<std::string>& proper_names) {
  std::string rest = text;
  for (const std::string& name : proper_names)
    for (std::size_t at; (at = rest.find(name)) != std::string::npos;)
      rest.replace(at, name.size(), " ");
  std::vector<std::string> found;
  static const std::regex elision(R"re((?:^|[\s(«“])([lLdDjJnNsS]|[Qq]u)[’'][^\s]+)re");
  for (std::sregex_iterator it(rest.begin(), rest.end(), elision), end; it != end; ++it)
    found.push_back(it->str());
  // Words: letters (and the bytes of UTF-8 letters), apostrophes and hyphens inside.
  static const std::regex word(R"re([A-Za-z\x80-\xff]+(?:-[A-Za-z\x80-\xff]+)*)re");
  for (std::sregex_iterator it(rest.begin(), rest.end(), word), end; it != end; ++it) {
    std::string w = it->str();
    if (w.size() > 4 && w.compare(w.size() - 4, 4, "’s") == 0)
      w.resize(w.size() - 4);  // possessive
    std::string lower = w;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (english_accented().count(w)) continue;
    if (french_only().count(lower) || has_french_accent(w)) found.push_back(w);
  }
  return found;
}

std::vector<std::string> ministry_case_faults(const std::string& text) {
  std::vector<std::string> faults;
  static const std::regex lower_alone(R"re(ministère(?! de l[’'])\S*)re");
  static const std::regex capital_named(R"re(Ministère de l[’']Éducation)re");
  for (const std::regex* pattern : {&lower_alone, &capital_named})
    for (std::sregex_iterator it(text.begin(), text.end(), *pattern), end; it != end; ++it) {
      // A sentence may open on it, and a title capitalizes it.
      const std::size_t at = static_cast<std::size_t>(it->position());
      const bool opens = at < 2 || text[at - 2] == '.' || text[at - 1] == '\n';
      if (!opens) faults.push_back(text.substr(at > 30 ? at - 30 : 0, 60));
    }
  return faults;
}

}  // namespace acquis::test

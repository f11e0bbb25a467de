#include "arguments.hpp"

#include <set>

namespace acquis::cli {

namespace {

// Options that take a value, with their English spellings.
const std::map<std::string, std::string>& value_options() {
  static const std::map<std::string, std::string> names = {
      {"--donnees", "donnees"},     {"--data", "donnees"},         {"--gabarits", "gabarits"},
      {"--templates", "gabarits"},  {"--locales", "locales"},      {"--programme", "programme"},
      {"--program", "programme"},   {"--candidat", "candidat"},    {"--candidate", "candidat"},
      {"--langue", "langue"},       {"--language", "langue"},      {"-o", "sortie"},
      {"--sortie", "sortie"},       {"--output", "sortie"},        {"--date", "date"},
      {"--candidats", "candidats"}, {"--candidates", "candidats"}, {"--polices", "polices"},
      {"--fonts", "polices"},       {"--fusion", "fusion"},        {"--merged", "fusion"},
      {"--taches", "taches"},       {"--jobs", "taches"}};
  return names;
}

// Options without a value.
const std::map<std::string, std::string>& flag_options() {
  static const std::map<std::string, std::string> names = {
      {"--arret-erreur", "arret-erreur"}, {"--stop-on-error", "arret-erreur"},
      {"--silencieux", "silencieux"},     {"--quiet", "silencieux"},
      {"--remplacer", "remplacer"},       {"--overwrite", "remplacer"}};
  return names;
}

}  // namespace

Arguments parse_arguments(int argc, const char* const* argv) {
  Arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--anglais" || word == "--english") {
      args.english = true;
    } else if (word == "--aide" || word == "--help" || word == "-h") {
      args.help = true;
    } else if (word == "--deterministe" || word == "--deterministic") {
      args.deterministic = true;
    } else if (const auto flag = flag_options().find(word); flag != flag_options().end()) {
      args.flags.insert(flag->second);
    } else if (const auto it = value_options().find(word); it != value_options().end()) {
      if (i + 1 >= argc) {
        args.error = "l’option " + word + " attend une valeur";
        return args;
      }
      args.options[it->second] = argv[++i];
    } else if (word.size() > 1 && word[0] == '-' && word != "-") {
      args.error = "option inconnue : " + word;
      return args;
    } else if (args.command.empty()) {
      args.command = word;
    } else {
      args.positional.push_back(word);
    }
  }
  return args;
}

const char* help_text(bool english) {
  if (english)
    return R"(Usage: acquis [options] COMMAND

Generates the documents of recognition of prior learning and competencies (RAC) as PDF.

Commands:
  documents                 list the documents (templates) available
  programmes                list the programs of the data folder
  verifier                  check the data files and templates, produce nothing
  produire DOCUMENT         produce a document for a program, blank or for a candidate
  lot DOCUMENT              produce it for every candidate of the candidates file: one file
                            each in --sortie (name + code permanent), and/or one --fusion file
  exporter --candidat CODE  everything the data holds about one person, as JSON
  registre                  the certified persons, their program and employer, as CSV
  serve                     HTTP service and web page (acquis serve --aide)

Options:
  --donnees DIR             data folder (organisation.xml, programmes/, candidats.csv,
                            dossiers/); default: .
  --gabarits DIR            templates folder; default: templates
  --programme CODE          the program (produire)
  --candidat CODE           the candidate's code permanent; blank document without it
  --langue fr-CA|en-CA      language of the document; default: fr-CA
  -o FILE                   output file (a folder for lot); - for standard output
  --candidats FILE          candidates file (CSV or XML) instead of the data folder's
  --fusion FILE             lot: also one merged, print-ready file
  --taches N                lot: workers (default: one per core)
  --remplacer               lot: rewrite files already there (default: resume, skip them)
  --arret-erreur            lot: stop at the first candidate in error
  --silencieux              no progress shown
  --date AAAA-MM-JJ         today's date in the document; --deterministe: fixed date, same bytes
  --anglais                 messages in English
  --aide                    this help

Exit status: 0 done, 1 errors in the input (listed with file:line:column), 2 usage error.
)";
  return R"(Usage : acquis [options] COMMANDE

Produit en PDF les documents de la reconnaissance des acquis et des compétences (RAC).

Commandes :
  documents                 liste les documents (gabarits) offerts
  programmes                liste les programmes du dossier de données
  verifier                  vérifie les fichiers de données et les gabarits, sans rien produire
  produire DOCUMENT         produit un document pour un programme, vierge ou pour une personne
  lot DOCUMENT              le produit pour chaque personne du fichier des candidats : un
                            fichier chacune dans --sortie (nom + code permanent) et/ou un
                            fichier --fusion
  exporter --candidat CODE  tout ce que les données contiennent sur une personne, en JSON
  registre                  les personnes certifiées, leur programme et leur employeur, en CSV
  serve                     service HTTP et page web (acquis serve --aide)

Options :
  --donnees DOSSIER         dossier de données (organisation.xml, programmes/, candidats.csv,
                            dossiers/) ; par défaut : .
  --gabarits DOSSIER        dossier des gabarits ; par défaut : templates
  --programme CODE          le programme (produire)
  --candidat CODE           le code permanent de la personne ; document vierge sans lui
  --langue fr-CA|en-CA      langue du document ; par défaut : fr-CA
  -o FICHIER                fichier à écrire (un dossier pour lot) ; - pour la sortie standard
  --candidats FICHIER       fichier des candidats (CSV ou XML) au lieu de celui des données
  --fusion FICHIER          lot : aussi un fichier unique, prêt à imprimer
  --taches N                lot : nombre de tâches parallèles (par défaut : une par cœur)
  --remplacer               lot : réécrit les fichiers déjà là (sinon : reprise, ils sont sautés)
  --arret-erreur            lot : s’arrête à la première personne en erreur
  --silencieux              sans affichage de la progression
  --date AAAA-MM-JJ         date du jour dans le document ; --deterministe : date fixe, mêmes octets
  --anglais                 messages en anglais
  --aide                    cette aide

Code de retour : 0 terminé, 1 erreurs dans les données (listées avec fichier:ligne:colonne),
2 erreur d’utilisation.
)";
}

}  // namespace acquis::cli

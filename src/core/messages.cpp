#include "core/messages.hpp"

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>

namespace acquis {

namespace {

struct Entry {
  const char* french;
  const char* english;
};

// Apostrophes are typographic (’): ASCII ones are quoting characters in MessageFormat.
const std::map<std::string_view, Entry>& catalog() {
  static const std::map<std::string_view, Entry> entries = {
      {"file-unreadable", {"impossible de lire le fichier", "cannot read the file"}},
      {"xml-malformed", {"XML mal formé : {detail}", "malformed XML: {detail}"}},
      {"xml-root",
       {"élément racine <{expected}> attendu, trouvé <{found}>",
        "root element <{expected}> expected, found <{found}>"}},
      {"unknown-element",
       {"élément <{name}> inconnu dans <{parent}>", "unknown element <{name}> in <{parent}>"}},
      {"unknown-attribute",
       {"attribut « {name} » inconnu sur <{element}>",
        "unknown attribute “{name}” on <{element}>"}},
      {"missing-attribute",
       {"l’attribut « {name} » est obligatoire sur <{element}>",
        "attribute “{name}” is required on <{element}>"}},
      {"missing-text", {"le texte de <{element}> est vide", "<{element}> has no text"}},
      {"bad-number",
       {"« {value} » n’est pas un nombre valide pour « {name} »",
        "“{value}” is not a valid number for “{name}”"}},
      {"bad-choice",
       {"« {value} » n’est pas une valeur permise pour « {name} » ({choices})",
        "“{value}” is not an allowed value for “{name}” ({choices})"}},
      {"bad-date",
       {"« {value} » n’est pas une date AAAA-MM-JJ valide",
        "“{value}” is not a valid YYYY-MM-DD date"}},
      {"bad-email",
       {"« {value} » n’est pas une adresse courriel valide",
        "“{value}” is not a valid e-mail address"}},
      {"duplicate-code",
       {"le code « {code} » est déjà utilisé à la ligne {line}",
        "code “{code}” is already used on line {line}"}},
      {"units-hours",
       {"{units, plural, one {# unité ne correspond} other {# unités ne correspondent}} pas à "
        "{hours} h (1 unité = 15 h, donc {expected, plural, one {# attendue} other {# attendues}})",
        "{units, plural, one {# unit does} other {# units do}} not match {hours} h "
        "(1 unit = 15 h, so {expected} expected)"}},
      {"csv-empty", {"le fichier CSV est vide", "the CSV file is empty"}},
      {"csv-quote", {"guillemet ouvert et jamais fermé", "quote opened and never closed"}},
      {"csv-columns",
       {"la rangée {row} a {found} colonnes alors que l’en-tête en a {expected}",
        "row {row} has {found} columns while the header has {expected}"}},
      {"csv-missing-column",
       {"colonne obligatoire « {name} » absente de l’en-tête",
        "required column “{name}” missing from the header"}},
      {"csv-empty-field",
       {"rangée {row} : la colonne « {name} » est vide", "row {row}: column “{name}” is empty"}},
      {"permanent-code",
       {"« {value} » n’est pas un code permanent : 4 lettres puis 8 chiffres attendus "
        "(ex. TREM15560099)",
        "“{value}” is not a permanent code: 4 letters then 8 digits expected "
        "(e.g. TREM15560099)"}},
      {"duplicate-candidate",
       {"le code permanent de la rangée {row} figure déjà à la rangée {first}",
        "the permanent code of row {row} already appears on row {first}"}},
      {"too-many-errors",
       {"{count, plural, one {# autre erreur n’est pas affichée} other {# autres erreurs ne sont "
        "pas affichées}}",
        "{count, plural, one {# more error is not shown} other {# more errors are not shown}}"}},
      {"expr-bad-number", {"nombre mal formé", "malformed number"}},
      {"expr-unclosed-string", {"texte entre guillemets jamais fermé", "quoted text never closed"}},
      {"expr-bad-char", {"caractère inattendu « {char} »", "unexpected character “{char}”"}},
      {"expr-expected-end", {"fin de l’expression attendue", "end of expression expected"}},
      {"expr-too-deep", {"expression trop imbriquée", "expression nested too deeply"}},
      {"expr-too-long",
       {"expression trop longue (plus de {max} caractères)",
        "expression too long (over {max} characters)"}},
      {"expr-expected-field",
       {"nom de champ attendu après « . »", "field name expected after “.”"}},
      {"expr-expected-bracket", {"« ] » attendu", "“]” expected"}},
      {"expr-expected-paren", {"« ) » attendu", "“)” expected"}},
      {"expr-expected-comma", {"« , » ou « ) » attendu", "“,” or “)” expected"}},
      {"expr-expected-value", {"valeur attendue", "value expected"}},
      {"unknown-name", {"« {name} » n’existe pas ici", "“{name}” does not exist here"}},
      {"unknown-field",
       {"le champ « {name} » n’existe pas dans « {owner} »",
        "field “{name}” does not exist in “{owner}”"}},
      {"unknown-function", {"fonction « {name} » inconnue", "unknown function “{name}”"}},
      {"bad-arguments",
       {"la fonction « {name} » attend {expected}", "function “{name}” expects {expected}"}},
      {"type-error",
       {"« {op} » ne s’applique pas à : {found}", "“{op}” does not apply to: {found_en}"}},
      {"index-range",
       {"l’indice {index} est hors de la liste ({count} éléments)",
        "index {index} is outside the list ({count} items)"}},
      {"unknown-message",
       {"message « {name} » absent des catalogues (locales/)",
        "message “{name}” missing from the catalogs (locales/)"}},
      {"expr-unclosed-brace",
       {"« '{' » sans « '}' » correspondante", "“'{'” without a matching “'}'”"}},
      {"include-outside",
       {"« {name} » est hors des dossiers de gabarits : une inclusion ne peut pas en sortir",
        "“{name}” is outside the template folders: an include cannot leave them"}},
      {"missing-data",
       {"ce document a besoin {name, select, programme {d’un programme (--programme)} candidat "
        "{d’une personne candidate (--candidat)} other {du dossier de la personne}}",
        "this document needs {name, select, programme {a program (--program)} candidat "
        "{a candidate (--candidate)} other {the candidate’s record}}"}},
      {"include-missing",
       {"fichier à inclure introuvable : « {name} »", "file to include not found: “{name}”"}},
      {"include-depth",
       {"inclusions imbriquées sur plus de {max} niveaux (boucle d’inclusions ?)",
        "includes nested over {max} levels deep (an include loop?)"}},
      {"loop-limit",
       {"les boucles dépassent {max} tours : arrêt", "loops exceed {max} rounds: stopped"}},
      {"else-without-if", {"<sinon> doit suivre un <si>", "<sinon> must follow a <si>"}},
      {"text-outside-paragraph",
       {"texte hors d’un paragraphe : mettez-le dans un <p>",
        "text outside a paragraph: put it in a <p>"}},
      {"bad-length",
       {"« {value} » n’est pas une longueur (ex. 12pt, 2,5cm, 1in, 50%)",
        "“{value}” is not a length (e.g. 12pt, 2.5cm, 1in, 50%)"}},
      {"bad-columns",
       {"« {value} » : colonnes attendues comme « auto 2* 3cm 25% »",
        "“{value}”: columns expected as “auto 2* 3cm 25%”"}},
      {"did-you-mean", {"vouliez-vous dire « {name} » ?", "did you mean “{name}”?"}},
  };
  return entries;
}

// Compiling a pattern costs far more than formatting it: compiled ones are kept per thread.
const icu::MessageFormat* compiled(std::string_view pattern, std::string_view locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> cache;
  std::string key = std::string(locale) + '\n' + std::string(pattern);
  if (const auto it = cache.find(key); it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  auto format = std::make_unique<icu::MessageFormat>(
      source, icu::Locale(std::string(locale).c_str()), status);
  if (U_FAILURE(status)) format.reset();
  if (cache.size() > 4096) cache.clear();  // bounded: patterns come from catalogs and templates
  return cache.emplace(std::move(key), std::move(format)).first->second.get();
}

}  // namespace

std::string format_message(std::string_view pattern, const MessageArgs& args,
                           std::string_view locale) {
  const icu::MessageFormat* format = compiled(pattern, locale);
  if (!format) return std::string(pattern);
  UErrorCode status = U_ZERO_ERROR;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* text = std::get_if<std::string>(&value))
      values.emplace_back(icu::UnicodeString::fromUTF8(*text));
    else
      values.emplace_back(std::get<double>(value));
  }
  icu::UnicodeString result;
  format->format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, status);
  if (U_FAILURE(status)) return std::string(pattern);
  std::string out;
  result.toUTF8String(out);
  return out;
}

std::string diagnostic_message(std::string_view code, const MessageArgs& args, bool english) {
  const auto it = catalog().find(code);
  if (it == catalog().end()) return std::string(code);
  return format_message(english ? it->second.english : it->second.french, args,
                        english ? "en-CA" : "fr-CA");
}

}  // namespace acquis

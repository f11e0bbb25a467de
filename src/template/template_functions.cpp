// The helpers templates may call: counting, sorting (ICU collation), case, joining, formatting
// in the document's locale, defaults and messages.
#include "template/template_run.hpp"

#include "i18n/formats.hpp"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>

namespace acquis {

namespace {

using Args = std::vector<Value>;

bool usage(std::string_view name, const char* expected, ExprError& error) {
  error = {0, "bad-arguments", {{"name", std::string(name)}, {"expected", expected}}, {}};
  return false;
}

bool count(const Args& a, Value& out) {
  if (a.size() != 1) return false;
  if (const List* l = a[0].list())
    out = Value(static_cast<double>(l->size()));
  else if (const Map* m = a[0].map())
    out = Value(static_cast<double>(m->size()));
  else if (const std::string* s = a[0].text())
    out = Value(static_cast<double>(s->size()));
  else if (a[0].is_null())
    out = Value(0.0);
  else
    return false;
  return true;
}

std::string sort_key(const Value& v, const std::string& field) {
  const Value* item = &v;
  if (const Map* m = v.map(); m && !field.empty()) {
    const auto it = m->find(field);
    item = it == m->end() ? nullptr : &it->second;
  }
  if (!item) return {};
  if (const std::string* s = item->text()) return *s;
  if (const double* n = item->number()) return std::to_string(*n);
  return {};
}

bool sort(const Args& a, Language language, Value& out) {
  if (a.empty() || a.size() > 2 || !a[0].list() || (a.size() == 2 && !a[1].text())) return false;
  const std::string field = a.size() == 2 ? *a[1].text() : std::string();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(
      icu::Locale(language == Language::English ? "en_CA" : "fr_CA"), status));
  List items = *a[0].list();
  std::stable_sort(items.begin(), items.end(), [&](const Value& x, const Value& y) {
    UErrorCode s = U_ZERO_ERROR;
    return collator->compareUTF8(sort_key(x, field), sort_key(y, field), s) == UCOL_LESS;
  });
  out = Value(std::move(items));
  return U_SUCCESS(status);
}

bool change_case(const Args& a, bool upper, Language language, Value& out) {
  if (a.size() != 1 || !a[0].text()) return false;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(*a[0].text());
  const icu::Locale loc(language == Language::English ? "en_CA" : "fr_CA");
  if (upper)
    text.toUpper(loc);
  else
    text.toLower(loc);
  std::string result;
  text.toUTF8String(result);
  out = Value(std::move(result));
  return true;
}

bool join(const Args& a, const TemplateRun& run, Value& out) {
  if (a.empty() || a.size() > 2 || !a[0].list() || (a.size() == 2 && !a[1].text())) return false;
  const std::string separator = a.size() == 2 ? *a[1].text() : std::string(", ");
  std::string text;
  for (const Value& item : *a[0].list())
    text += (text.empty() ? "" : separator) + run.to_text(item);
  out = Value(std::move(text));
  return true;
}

bool format(std::string_view name, const Args& a, Language language, Value& out) {
  if (a.size() != 1) return false;
  if (name == "date" || name == "date_abregee" || name == "heure") {
    if (!a[0].text()) return false;
    const auto text = name == "heure" ? format_time_of_day(*a[0].text(), language)
                                      : format_date(*a[0].text(), language, name != "date");
    out = text ? Value(*text) : Value(*a[0].text());
    return true;
  }
  const double* n = a[0].number();
  if (!n) return false;
  if (name == "heures") out = Value(format_hours(*n, language));
  if (name == "nombre") out = Value(format_number(*n, language));
  if (name == "pourcentage") out = Value(format_percent(*n, language));
  if (name == "montant") out = Value(format_money(*n, language));
  return true;
}

// Whether a record's fields have the values of a[1..]: 'champ', valeur, 'champ', valeur…
bool matches(const Value& item, const Args& a) {
  const Map* m = item.map();
  for (std::size_t k = 1; m && k + 1 < a.size(); k += 2) {
    const auto it = a[k].text() ? m->find(*a[k].text()) : m->end();
    if (it == m->end() || !it->second.same_as(a[k + 1])) return false;
  }
  return m != nullptr;
}

// trouver(liste, 'champ', valeur, …): the first record whose fields have these values;
// filtrer(…): all of them, in order.
bool find(const Args& a, bool all, Value& out) {
  if (a.size() < 3 || a.size() % 2 == 0 || (!a[0].list() && !a[0].is_null())) return false;
  List found;
  for (const Value& item : a[0].list() ? *a[0].list() : List{}) {
    if (!matches(item, a)) continue;
    if (!all) return (out = item), true;
    found.push_back(item);
  }
  out = all ? Value(std::move(found)) : Value();
  return true;
}

// tranches(liste, n): the list cut into lists of n items, in order (the last may be shorter):
// labels by page, pages by row.
bool slices(const Args& a, Value& out) {
  const double* n = a.size() == 2 ? a[1].number() : nullptr;
  if (!n || *n < 1 || *n > 1000 || (!a[0].list() && !a[0].is_null())) return false;
  List groups;
  const auto size = static_cast<std::size_t>(*n);
  for (const Value& item : a[0].list() ? *a[0].list() : List{}) {
    if (groups.empty() || groups.back().list()->size() == size) groups.emplace_back(List{});
    List grown = *groups.back().list();
    grown.push_back(item);
    groups.back() = Value(std::move(grown));
  }
  out = Value(std::move(groups));
  return true;
}

}  // namespace

// t('id', n), t('id', n, genre): a message of the catalog, n for plurals, genre for
// agreement (f, m, x).
static bool message(const Args& a, const TemplateRun& run, Value& out, ExprError& error) {
  if (a.empty() || a.size() > 3 || !a[0].text()) return usage("t", "('id'[, n[, genre]])", error);
  MessageArgs args;
  if (a.size() >= 2) {
    if (const double* n = a[1].number())
      args.push_back({"n", *n});
    else
      args.push_back({"n", run.to_text(a[1])});
  }
  if (a.size() == 3) args.push_back({"genre", run.to_text(a[2])});
  const auto text = run.catalogs().format(run.options().language, *a[0].text(), args, run.diags());
  if (!text) {
    error = {0,
             "unknown-message",
             {{"name", *a[0].text()}},
             closest_name(*a[0].text(), run.catalogs().ids())};
    return false;
  }
  out = Value(*text);
  return true;
}

bool TemplateRun::call(std::string_view name, const std::vector<Value>& a, Value& out,
                       ExprError& error) const {
  const Language language = options_.language;
  if (name == "t") return message(a, *this, out, error);
  if (name == "compte" || name == "count") return count(a, out) || usage(name, "(liste)", error);
  if (name == "trier" || name == "sort")
    return sort(a, language, out) || usage(name, "(liste[, 'champ'])", error);
  if (name == "majuscules" || name == "minuscules")
    return change_case(a, name == "majuscules", language, out) || usage(name, "(texte)", error);
  if (name == "trouver" || name == "filtrer")
    return find(a, name == "filtrer", out) || usage(name, "(liste, 'champ', valeur, …)", error);
  if (name == "tranches") return slices(a, out) || usage(name, "(liste, n)", error);
  if (name == "joindre")
    return join(a, *this, out) || usage(name, "(liste[, 'séparateur'])", error);
  if (name == "defaut" || name == "default") {
    if (a.size() != 2) return usage(name, "(valeur, sinon)", error);
    out = a[0].truthy() ? a[0] : a[1];
    return true;
  }
  static const std::vector<std::string> kFormats = {"date",   "date_abregee", "heure",  "heures",
                                                    "nombre", "pourcentage",  "montant"};
  if (std::find(kFormats.begin(), kFormats.end(), name) != kFormats.end())
    return format(name, a, language, out) ||
           usage(name,
                 name == "heure"                            ? "('HH:MM')"
                 : name != "date" && name != "date_abregee" ? "(nombre)"
                                                            : "('AAAA-MM-JJ')",
                 error);
  static const std::vector<std::string> kAll = {
      "t",      "compte",      "trier",   "majuscules",   "minuscules", "joindre",
      "defaut", "trouver",     "date",    "date_abregee", "heure",      "heures",
      "nombre", "pourcentage", "montant", "filtrer",      "tranches"};
  error = {0, "unknown-function", {{"name", std::string(name)}}, closest_name(name, kAll)};
  return false;
}

}  // namespace acquis

#include <acquis/app/access_journal.hpp>
#include <acquis/app/dossier_store.hpp>
#include <acquis/files.hpp>

#include "app/dossier_parts.hpp"
#include "app/folder_lock.hpp"
#include "app/people_lists.hpp"
#include "app/versions.hpp"
#include "core/diagnostics.hpp"
#include "data/loaders.hpp"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>
#include <variant>

namespace fs = std::filesystem;

namespace acquis::app {

namespace {

constexpr const char* kPartNames[] = {"etapes",   "pieces",       "autoevaluation",
                                      "entrevue", "observations", "evaluations"};

fs::path dossier_path(const DataSet& data, const std::string& code) {
  if (const AssessmentRecord* record = data.record(code)) return record->file;
  return fs::path(data.directory) / "dossiers" / (code + ".xml");
}

bool parse(const std::string& text, pugi::xml_document& document) {
  return static_cast<bool>(document.load_string(
      text.c_str(), pugi::parse_default | pugi::parse_comments | pugi::parse_declaration));
}

std::string new_dossier(const Candidate& person) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dossier code-permanent=\"" +
         person.permanent_code + "\" programme=\"" + person.program + "\"/>\n";
}

// The parts that differ between the version the change was made on, when it is still kept
// (the dossier itself before, or one of its former versions), and the dossier now.
std::vector<DossierPart> parts_changed_since(const fs::path& file, const std::string& code,
                                             const std::string& tag, const std::string& now) {
  std::string base;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(file.parent_path() / "versions", error)) {
    std::string text;
    if (entry.path().filename().string().rfind(code + "-", 0) == 0 &&
        read_text(entry.path(), text) && dossier_tag(&text) == tag)
      base = std::move(text);
  }
  pugi::xml_document before, after;
  if (tag == dossier_tag(nullptr)) base = "<dossier/>";
  if (base.empty() || !parse(base, before) || !parse(now, after)) return {};
  std::vector<DossierPart> changed;
  for (const DossierPart part : kDossierParts)
    if (part_text(before.child("dossier"), part) != part_text(after.child("dossier"), part))
      changed.push_back(part);
  return changed;
}

// The JSON key of the attribute a "missing-attribute" diagnostic names.
std::string missing_key(const Diagnostic& d) {
  for (const auto& [name, value] : d.args)
    if (name == "name") {
      const std::string attribute = std::get<std::string>(value);
      return attribute == "code" ? "competence" : attribute;
    }
  return {};
}

// What the loader does not check: nothing done is dated after today, and a competency (or an
// element of it) is judged once in an interview and answered once in a self-assessment.
class ValueCheck {
 public:
  ValueCheck(const DossierEdit& edit, DossierSave& result) : edit_(edit), result_(result) {}

  bool run() {
    const AssessmentRecord& v = edit_.values;
    switch (edit_.part) {
      case DossierPart::Steps:
        for (const auto& s : v.steps)
          past(s.done, "/etapes/" + std::to_string(s.number) + "/faite");
        break;
      case DossierPart::Documents:
        for (const auto& d : v.documents) past(d.received, "/pieces/" + d.kind + "/recue");
        break;
      case DossierPart::SelfAssessment:
        past(v.self_assessment_date, "/autoevaluation/date");
        for (std::size_t i = 0; i < v.answers.size(); ++i)
          once(v.answers[i].competency + "/" + v.answers[i].element,
               "/autoevaluation/reponses/" + std::to_string(i) + "/competence");
        break;
      case DossierPart::Interview:
        past(v.interview_date, "/entrevue/date");
        for (std::size_t i = 0; i < v.outcomes.size(); ++i)
          once(v.outcomes[i].competency + "/" + v.outcomes[i].element,
               "/entrevue/resultats/" + std::to_string(i) + "/competence");
        break;
      case DossierPart::Observations:
        for (std::size_t i = 0; i < v.observations.size(); ++i)
          past(v.observations[i].date, "/observations/" + std::to_string(i) + "/date");
        break;
      case DossierPart::Evaluations:
        for (std::size_t i = 0; i < v.verdicts.size(); ++i)
          past(v.verdicts[i].date, "/evaluations/" + std::to_string(i) + "/date");
        break;
    }
    return result_.diagnostics.empty();
  }

 private:
  void past(const std::string& date, const std::string& pointer) {
    // Dates that are not dates are the loader's to report.
    if (edit_.today.empty() || date.size() != 10 || date <= edit_.today) return;
    error("dossier.future-date", {{"value", date}}, pointer);
  }
  void once(const std::string& key, const std::string& pointer) {
    if (!seen_.insert(key).second)
      error("dossier.judged-twice", {{"competency", key.substr(0, key.find('/'))}}, pointer);
  }
  void error(const char* id, MessageArgs args, const std::string& pointer) {
    result_.diagnostics.push_back({Severity::Error, id, std::move(args), {}, {}, {}});
    result_.pointers.push_back(pointer);
  }

  const DossierEdit& edit_;
  DossierSave& result_;
  std::set<std::string> seen_;
};

bool check_values(const DossierEdit& edit, DossierSave& result) {
  return ValueCheck(edit, result).run();
}

std::string relative(const DataSet& data, const fs::path& file) {
  const fs::path path = file.lexically_relative(data.directory);
  return path.empty() ? file.string() : path.string();
}

}  // namespace

const char* dossier_part_name(DossierPart part) {
  return kPartNames[static_cast<int>(part)];
}

bool parse_dossier_part(const std::string& name, DossierPart& part) {
  for (const DossierPart p : kDossierParts)
    if (name == dossier_part_name(p)) return part = p, true;
  return false;
}

// FNV-1a over the bytes: a tag tells versions apart, it is no secret.
std::string dossier_tag(const std::string* text) {
  if (!text) return "\"absent\"";
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : *text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("\"d-") + hex + "\"";
}

DossierFile read_dossier(const DataSet& data, const std::string& permanent_code) {
  DossierFile file;
  file.path = dossier_path(data, permanent_code).string();
  std::error_code error;
  file.exists = fs::exists(file.path, error) && read_text(file.path, file.text);
  if (!file.exists) file.text.clear();
  file.tag = dossier_tag(file.exists ? &file.text : nullptr);
  return file;
}

bool dossier_record(const DataSet& data, const DossierFile& file, AssessmentRecord& record) {
  if (!file.exists) return true;
  Diagnostics diags;
  const KnownData known{&data.programs, &data.employers, &data.candidates, nullptr};
  return load_assessment(SourceText(file.path, file.text), record, diags, known) &&
         !diags.has_errors();
}

DossierSave save_dossier_part(const DataSet& data, const DossierEdit& edit) {
  DossierSave result;
  using Outcome = DossierSave::Outcome;
  const Candidate* person = data.candidate(edit.permanent_code);
  if (!person) return result.outcome = Outcome::UnknownPerson, result;
  const FolderLock lock(data.directory);
  result.now = read_dossier(data, edit.permanent_code);
  if (result.now.tag != edit.expected_tag) {
    result.changed = parts_changed_since(result.now.path, edit.permanent_code, edit.expected_tag,
                                         result.now.text);
    return result.outcome = Outcome::Conflict, result;
  }
  // A dossier with errors is fixed in its file first: saved from the page, what the page could
  // not read would be lost (and one in a file of another name would get a second file).
  AssessmentRecord current;
  pugi::xml_document document;
  if (data.broken_records.count(edit.permanent_code) ||
      !dossier_record(data, result.now, current) ||
      !parse(result.now.exists ? result.now.text : new_dossier(*person), document) ||
      !document.child("dossier"))
    return result.outcome = Outcome::BrokenRecord, result;
  if (!check_values(edit, result)) return result.outcome = Outcome::Invalid, result;
  write_part(document.child("dossier"), edit.part, edit.values);
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  const std::string text = out.str();

  Diagnostics diags;
  AssessmentRecord checked;
  const KnownData known{&data.programs, &data.employers, &data.candidates, nullptr};
  load_assessment(SourceText(result.now.path, text), checked, diags, known);
  for (Diagnostic& d : diags.take()) {
    if (d.severity != Severity::Error) continue;
    result.pointers.push_back(pointer_at(text, d.location.line, d.location.column));
    if (d.code == "missing-attribute" && !result.pointers.back().empty())
      result.pointers.back() += "/" + missing_key(d);
    d.location.file = relative(data, result.now.path);
    result.diagnostics.push_back(std::move(d));
  }
  if (!result.diagnostics.empty()) return result.outcome = Outcome::Invalid, result;
  if (result.now.exists && text == result.now.text) return result.outcome = Outcome::Saved, result;

  if (result.now.exists) {
    const fs::path kept = keep_version(result.now.path, edit.permanent_code);
    if (kept.empty()) return result.outcome = Outcome::Unwritable, result;
    result.previous_version = relative(data, kept);
  }
  std::error_code ignored;
  fs::create_directories(fs::path(result.now.path).parent_path(), ignored);
  if (!write_file_atomically(result.now.path, text))
    return result.outcome = Outcome::Unwritable, result;
  result.now.text = text;
  result.now.exists = true;
  result.now.tag = dossier_tag(&text);
  record_access(data.directory,
                {edit.by, "dossier-enregistre", edit.permanent_code, dossier_part_name(edit.part)});
  return result.outcome = Outcome::Saved, result;
}

}  // namespace acquis::app

#include <acquis/app/form_import.hpp>

#include <acquis/files.hpp>

#include "app/folder_lock.hpp"
#include "app/form_content.hpp"
#include "app/form_reader.hpp"
#include "app/versions.hpp"
#include "core/diagnostics.hpp"
#include "data/candidates.hpp"
#include "data/loaders.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace acquis::app {

namespace {

constexpr const char* kIdentityField = "acquis";
constexpr const char* kIdentityPrefix = "acquis-formulaire/1;";

struct Identity {
  std::string document, program, person;
};

// "acquis-formulaire/1;document=…;programme=…;personne=…" (layout's add_form_identity).
bool parse_identity(const std::vector<FilledField>& fields, Identity& identity) {
  const auto field = std::find_if(fields.begin(), fields.end(),
                                  [](const FilledField& f) { return f.name == kIdentityField; });
  if (field == fields.end() || !field->value.starts_with(kIdentityPrefix)) return false;
  std::istringstream parts(field->value.substr(std::string(kIdentityPrefix).size()));
  for (std::string part; std::getline(parts, part, ';');) {
    const std::size_t equals = part.find('=');
    const std::string key = part.substr(0, equals), value = part.substr(equals + 1);
    if (key == "document") identity.document = value;
    if (key == "programme") identity.program = value;
    if (key == "personne") identity.person = value;
  }
  return !identity.document.empty();
}

std::string value_of(const PersonEntry& entry, const std::string& column) {
  for (const auto& [name, value] : entry.values)
    if (name == column) return value;
  return {};
}

// Whether the names a form gives (when it gives them) are the person's.
bool same_person(const PersonEntry& entry, const Candidate& person) {
  const std::string given = value_of(entry, "prenom"), family = value_of(entry, "nom");
  return (given.empty() || fold_for_matching(given) == fold_for_matching(person.given_name)) &&
         (family.empty() || fold_for_matching(family) == fold_for_matching(person.family_name));
}

// What the importer writes: the list of people when the form changes it, then the dossier.
struct Writes {
  fs::path list, dossier;
  ListChange list_change;
  bool list_changed = false;
  std::string dossier_xml;
};

class Importer {
 public:
  Importer(const DataSet& data, const FormImportRequest& request, FormImport& result)
      : data_(data), request_(request), result_(result) {}

  void run() {
    std::vector<FilledField> fields;
    if (!read(fields)) return;
    const Program* program = nullptr;
    if (!take_fields(fields, program)) return;
    Candidate person;
    if (!find_person(*program, person)) return;
    content_->know_record(data_.record(person.permanent_code));
    if (content_->empty()) return refuse(content_->empty_reason(), {});
    content_->summarize(result_);
    const FolderLock lock(data_.directory);  // the list and dossier are read again under it
    Writes writes;
    if (!plan_list(person, writes) || !plan_dossier(person, writes)) return;
    write(person, writes);
  }

 private:
  bool read(std::vector<FilledField>& fields) {
    const std::size_t size = std::max(request_.size, request_.bytes.size());
    if (size > kMaxFormBytes)
      return refuse("form.too-large", {{"size", static_cast<double>(size >> 20)},
                                       {"max", static_cast<double>(kMaxFormBytes >> 20)}}),
             false;
    if (const std::string problem = read_form_fields(request_.bytes, fields); !problem.empty())
      return refuse(problem, {}), false;
    if (!parse_identity(fields, identity_)) return refuse("form.not-ours", {}), false;
    result_.document = identity_.document;
    result_.program = identity_.program;
    if (identity_.document != "cahier-autoevaluation" &&
        identity_.document != "fiche-inscription" && identity_.document != "cahier-observation")
      return refuse("form.not-importable", {{"document", identity_.document}}), false;
    return true;
  }

  bool take_fields(const std::vector<FilledField>& fields, const Program*& program);
  bool find_person(const Program& program, Candidate& person);
  bool plan_list(const Candidate& person, Writes& writes);
  bool plan_dossier(const Candidate& person, Writes& writes);
  void write(const Candidate& person, Writes& writes);

  void error(const std::string& code, MessageArgs args) {
    errors_.push_back({Severity::Error, code, std::move(args), request_.file_name, {}, {}});
  }
  void refuse(const std::string& code, MessageArgs args) {
    error(code, std::move(args));
    refuse_with(errors_);
  }
  void refuse_with(std::vector<Diagnostic>& errors) {
    for (Diagnostic& d : errors) result_.diagnostics.push_back(std::move(d));
    errors.clear();
  }
  std::string relative(const fs::path& file) const {
    const fs::path path = file.lexically_relative(data_.directory);
    return path.empty() ? file.string() : path.string();
  }

  const DataSet& data_;
  const FormImportRequest& request_;
  FormImport& result_;
  Identity identity_;
  std::unique_ptr<FormContent> content_;
  std::vector<Candidate> people_;  // the list's people once changed
  std::vector<Diagnostic> errors_;
};

// The form's fields, for the program it was made for; a registration form made blank of any
// program says the program in a field of its own.
bool Importer::take_fields(const std::vector<FilledField>& fields, const Program*& program) {
  const bool registration = identity_.document == "fiche-inscription";
  program = data_.program(identity_.program);
  if (!identity_.program.empty() && !program)
    return refuse("form.unknown-program", {{"program", identity_.program}}), false;
  if (!program && !registration) return refuse("form.no-program", {}), false;
  content_ = registration ? registration_content(data_, request_.today)
             : identity_.document == "cahier-observation"
                 ? observation_content(*program, request_.today)
                 : booklet_content(*program);
  const FieldProblem problem = [this](const std::string& id, MessageArgs args) {
    error(id, std::move(args));
  };
  std::set<std::string> seen;
  for (const FilledField& field : fields) {
    if (!seen.insert(field.name).second || field.kind == "double")
      problem("form.field-twice", {{"field", field.name}});
    else if (field.name != kIdentityField)
      content_->take(field, problem);
  }
  content_->check_together(problem);
  if (!errors_.empty()) return refuse_with(errors_), false;
  if (program) return true;
  const std::string typed = content_->typed_program();
  if (typed.empty()) return refuse("form.no-program", {}), false;
  program = program_named(data_, typed);
  if (!program) return refuse("form.typed-program-unknown", {{"program", typed}}), false;
  result_.program = program->code;
  return true;
}

// The person the form was made for, or whose code was typed in a blank one; the one asked
// for (--candidat) must be the same. A registration form may bring someone new.
bool Importer::find_person(const Program& program, Candidate& person) {
  const std::string typed = content_->typed_code();
  if (!identity_.person.empty() && !typed.empty() && typed != identity_.person)
    return refuse("form.code-changed", {{"code", typed}, {"expected", identity_.person}}), false;
  std::string code = identity_.person.empty() ? typed : identity_.person;
  if (code.empty()) code = request_.person;
  if (code.empty()) return refuse("form.no-person", {}), false;
  if (!request_.person.empty() && request_.person != code)
    return refuse("form.other-person", {{"code", code}, {"expected", request_.person}}), false;
  PersonEntry probe;
  const bool registration = content_->person_entry(probe);  // it may bring someone new
  const Candidate* known = data_.candidate(code);
  if (!known && !registration) return refuse("form.unknown-person", {{"code", code}}), false;
  // A blank registration form bearing the code of someone in the list must bear their name.
  if (known && registration && identity_.person.empty() && !same_person(probe, *known))
    return refuse("form.code-taken", {{"code", code}}), false;
  person = known ? *known : Candidate{};
  person.permanent_code = code;
  if (!known || (registration && person.program.empty())) person.program = program.code;
  if (person.program != program.code)
    return refuse("form.other-program",
                  {{"program", program.code}, {"person_program", person.program}}),
           false;
  if (data_.broken_records.count(code)) return refuse("form.record-broken", {}), false;
  result_.person = code;
  return true;
}

// The list of people with the form's name and contact for the person (added when new), read
// back by the loader before anything is written.
bool Importer::plan_list(const Candidate& person, Writes& writes) {
  PersonEntry entry{person.permanent_code, {}};
  if (!content_->person_entry(entry)) return true;
  if (data_.candidate_errors) return refuse("form.list-broken", {}), false;
  // After the names, as lists lay them out.
  entry.values.insert(entry.values.begin() + std::min<std::ptrdiff_t>(2, std::ssize(entry.values)),
                      {"code_permanent", person.permanent_code});
  entry.values.emplace_back("programme", person.program);
  writes.list = people_list_path(data_);
  ListChange& change = writes.list_change;
  if (!list_with_person(writes.list, entry, change)) return refuse("form.list-broken", {}), false;
  if (change.added && (value_of(entry, "prenom").empty() || value_of(entry, "nom").empty()))
    return refuse("form.new-person-name", {{"code", person.permanent_code}}), false;
  writes.list_changed = change.added || !change.changed.empty();
  result_.person_added = change.added;
  result_.list_changes = change.changed;
  result_.list = relative(writes.list);
  if (!writes.list_changed) return true;
  Diagnostics diags;
  const std::vector<Candidate> people = read_list_text(data_, writes.list, change.text, diags);
  if (!diags.has_errors()) return people_ = people, true;
  refuse("form.list-invalid", {});
  for (Diagnostic& d : diags.take()) result_.diagnostics.push_back(std::move(d));
  return false;
}

// The person's dossier with what the form said, checked as `acquis verifier` would.
bool Importer::plan_dossier(const Candidate& person, Writes& writes) {
  const AssessmentRecord* record = data_.record(person.permanent_code);
  writes.dossier = record
                       ? fs::path(record->file)
                       : fs::path(data_.directory) / "dossiers" / (person.permanent_code + ".xml");
  pugi::xml_document document;
  if (fs::exists(writes.dossier)) {
    if (!document.load_file(writes.dossier.c_str(),
                            pugi::parse_default | pugi::parse_comments | pugi::parse_declaration))
      return refuse("form.record-broken", {}), false;
  } else {
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = document.append_child("dossier");
    root.append_attribute("code-permanent") = person.permanent_code.c_str();
    root.append_attribute("programme") = person.program.c_str();
  }
  content_->write_into(document.child("dossier"), request_.today);
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  writes.dossier_xml = out.str();
  result_.dossier = relative(writes.dossier);
  Diagnostics diags;
  AssessmentRecord checked;
  const std::vector<Candidate>& people = writes.list_changed ? people_ : data_.candidates;
  const KnownData known{&data_.programs, &data_.employers, &people, nullptr};
  if (load_assessment(SourceText(writes.dossier.string(), writes.dossier_xml), checked, diags,
                      known))
    return true;
  std::vector<Diagnostic> problems = diags.take();
  refuse("form.dossier-invalid", {});
  for (Diagnostic& d : problems) result_.diagnostics.push_back(std::move(d));
  return false;
}

// The list first: a dossier needs its person in the list, not the other way round.
void Importer::write(const Candidate& person, Writes& writes) {
  if (!request_.write) return void(result_.ok = true);
  if (writes.list_changed && !write_file_atomically(writes.list.string(), writes.list_change.text))
    return refuse("form.list-unwritable", {{"file", result_.list}});
  const char* unwritable =
      writes.list_changed ? "form.dossier-unwritable-list-written" : "form.dossier-unwritable";
  if (fs::exists(writes.dossier)) {
    const fs::path kept = keep_version(writes.dossier, person.permanent_code);
    if (kept.empty()) return refuse(unwritable, {{"file", result_.dossier}});
    result_.previous_version = relative(kept);
  }
  std::error_code ignored;
  fs::create_directories(writes.dossier.parent_path(), ignored);
  if (!write_file_atomically(writes.dossier.string(), writes.dossier_xml))
    return refuse(unwritable, {{"file", result_.dossier}});
  result_.ok = true;
}

}  // namespace

FormImport import_form(const DataSet& data, const FormImportRequest& request) {
  FormImport result;
  Importer(data, request, result).run();
  return result;
}

}  // namespace acquis::app

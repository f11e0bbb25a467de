#include <acquis/app/form_import.hpp>

#include <acquis/files.hpp>

#include "app/form_reader.hpp"
#include "app/versions.hpp"
#include "core/diagnostics.hpp"
#include "data/loaders.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace acquis::app {

namespace {

constexpr const char* kIdentityField = "acquis";
constexpr const char* kIdentityPrefix = "acquis-formulaire/1;";
const std::vector<std::string> kLevels = {"maitrise", "partiel", "non"};
const std::vector<std::string> kEnclosed = {"curriculum-vitae", "attestation-emploi",
                                            "cartes-competence", "releve-notes"};

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

// Typed text as a dossier keeps it: lines ended by \n, no other control characters, no blank
// edges.
std::string clean_text(const std::string& typed) {
  std::string out;
  for (char c : typed)
    if (c == '\n' || c == '\t' || static_cast<unsigned char>(c) >= 0x20) out += c == '\t' ? ' ' : c;
  const std::size_t first = out.find_first_not_of(" \n");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \n") - first + 1);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

struct Booklet {
  struct Answer {
    std::string competency, element, level;
  };
  std::vector<Answer> answers;
  std::map<std::string, std::string> examples;  // by competency
  std::vector<std::string> enclosed;
  std::string typed_code;  // a blank booklet's code permanent
};

class Importer {
 public:
  Importer(const DataSet& data, const FormImportRequest& request, FormImport& result)
      : data_(data), request_(request), result_(result) {}

  void run() {
    std::vector<FilledField> fields;
    if (!read(fields)) return;
    const Program* program = data_.program(identity_.program);
    if (!program) return refuse("form.unknown-program", {{"program", identity_.program}});
    for (const FilledField& field : fields)
      if (field.name != kIdentityField) take(field, *program);
    if (!errors_.empty()) return refuse_with(errors_);
    const Candidate* person = find_person(*program);
    if (!person) return;
    if (booklet_.answers.empty() && booklet_.examples.empty() && booklet_.enclosed.empty())
      return refuse("form.empty", {});
    write(*person);
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
    if (identity_.document != "cahier-autoevaluation")
      return refuse("form.not-importable", {{"document", identity_.document}}), false;
    return true;
  }

  // One field of the booklet: "<program>/<competency>[/<element>]", ".../exemples",
  // "<program>/joint/<document>", "<program>/nom", "<program>/code-permanent".
  void take(const FilledField& field, const Program& program) {
    std::string prefix = program.code + "/";  // a period is an underscore in field names
    std::replace(prefix.begin(), prefix.end(), '.', '_');
    if (!field.name.starts_with(prefix))
      return error("form.field-foreign", {{"field", field.name}, {"program", program.code}});
    const std::string rest = field.name.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    const std::string head = rest.substr(0, slash);
    const std::string tail = slash == std::string::npos ? "" : rest.substr(slash + 1);
    if (rest == "nom") return;  // the name is the list of people's, found by the code
    if (rest == "code-permanent") return void(booklet_.typed_code = clean_text(field.value));
    if (head == "joint" && field.kind == "case") return enclosed(field, tail);
    const Competency* competency = program.competency(head);
    if (!competency) return error("form.field-unknown", {{"field", field.name}});
    if (tail == "exemples" && field.kind == "texte") {
      if (std::string text = clean_text(field.value); !text.empty())
        booklet_.examples[head] = std::move(text);
      return;
    }
    if (field.kind != "radio" || (!tail.empty() && !competency->element(tail)))
      return error("form.field-unknown", {{"field", field.name}});
    answer(field, head, tail);
  }

  void enclosed(const FilledField& field, const std::string& kind) {
    if (std::find(kEnclosed.begin(), kEnclosed.end(), kind) == kEnclosed.end())
      return error("form.field-unknown", {{"field", field.name}});
    if (field.value != "Off" && field.value != "Oui")
      return error(
          "form.field-value",
          {{"field", field.name}, {"value", field.value}, {"options", std::string("Oui")}});
    if (field.value == "Oui") booklet_.enclosed.push_back(kind);
  }

  void answer(const FilledField& field, const std::string& competency, const std::string& element) {
    if (field.value == "Off") return;  // not answered
    const bool known = std::find(kLevels.begin(), kLevels.end(), field.value) != kLevels.end();
    if (!known)
      return error("form.field-value",
                   {{"field", field.name}, {"value", field.value}, {"options", joined(kLevels)}});
    booklet_.answers.push_back({competency, element, field.value});
  }

  // The person the form was made for, or whose code was typed in a blank one; the one asked
  // for (--candidat) must be the same.
  const Candidate* find_person(const Program& program) {
    std::string code = identity_.person.empty() ? booklet_.typed_code : identity_.person;
    if (code.empty()) code = request_.person;
    if (code.empty()) return refuse("form.no-person", {}), nullptr;
    if (!request_.person.empty() && request_.person != code)
      return refuse("form.other-person", {{"code", code}, {"expected", request_.person}}), nullptr;
    const Candidate* person = data_.candidate(code);
    if (!person) return refuse("form.unknown-person", {{"code", code}}), nullptr;
    if (person->program != program.code)
      return refuse("form.other-program",
                    {{"program", program.code}, {"person_program", person->program}}),
             nullptr;
    if (data_.broken_records.count(code)) return refuse("form.record-broken", {}), nullptr;
    result_.person = code;
    return person;
  }

  void write(const Candidate& person);
  bool dossier_xml(const Candidate& person, const fs::path& file, std::string& xml);
  void self_assessment(pugi::xml_node dossier);

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

  const DataSet& data_;
  const FormImportRequest& request_;
  FormImport& result_;
  Identity identity_;
  Booklet booklet_;
  std::vector<Diagnostic> errors_;
};

// The new <autoevaluation>, where the former one was (or first).
void Importer::self_assessment(pugi::xml_node dossier) {
  pugi::xml_node former = dossier.child("autoevaluation");
  pugi::xml_node node = former ? dossier.insert_child_before("autoevaluation", former)
                               : dossier.prepend_child("autoevaluation");
  if (former) dossier.remove_child(former);
  node.append_attribute("date") = request_.today.c_str();
  for (const Booklet::Answer& a : booklet_.answers) {
    pugi::xml_node answer = node.append_child("reponse");
    answer.append_attribute("competence") = a.competency.c_str();
    if (!a.element.empty()) answer.append_attribute("element") = a.element.c_str();
    answer.append_attribute("niveau") = a.level.c_str();
  }
  for (const auto& [competency, text] : booklet_.examples) {
    pugi::xml_node examples = node.append_child("exemples");
    examples.append_attribute("competence") = competency.c_str();
    examples.text() = text.c_str();
  }
  for (const std::string& kind : booklet_.enclosed)
    node.append_child("joint").append_attribute("type") = kind.c_str();
  result_.answers = booklet_.answers.size();
  result_.examples = booklet_.examples.size();
  result_.enclosed = booklet_.enclosed.size();
}

// The person's dossier with the booklet's answers, checked as `acquis verifier` would.
bool Importer::dossier_xml(const Candidate& person, const fs::path& file, std::string& xml) {
  pugi::xml_document document;
  if (fs::exists(file)) {
    if (!document.load_file(file.c_str(),
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
  self_assessment(document.child("dossier"));
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  xml = out.str();
  Diagnostics diags;
  AssessmentRecord checked;
  const KnownData known{&data_.programs, &data_.employers, &data_.candidates, nullptr};
  if (load_assessment(SourceText(file.string(), xml), checked, diags, known)) return true;
  std::vector<Diagnostic> problems = diags.take();
  refuse("form.dossier-invalid", {});
  for (Diagnostic& d : problems) result_.diagnostics.push_back(std::move(d));
  return false;
}

void Importer::write(const Candidate& person) {
  const AssessmentRecord* record = data_.record(person.permanent_code);
  const fs::path file =
      record ? fs::path(record->file)
             : fs::path(data_.directory) / "dossiers" / (person.permanent_code + ".xml");
  std::string xml;
  if (!dossier_xml(person, file, xml)) return;
  const fs::path relative = file.lexically_relative(data_.directory);
  result_.dossier = relative.empty() ? file.string() : relative.string();
  if (!request_.write) return void(result_.ok = true);
  if (fs::exists(file)) {
    const fs::path kept = keep_version(file, person.permanent_code);
    if (kept.empty()) return refuse("form.dossier-unwritable", {{"file", result_.dossier}});
    result_.previous_version = kept.lexically_relative(data_.directory).string();
  }
  std::error_code ignored;
  fs::create_directories(file.parent_path(), ignored);
  if (!write_file_atomically(file.string(), xml))
    return refuse("form.dossier-unwritable", {{"file", result_.dossier}});
  result_.ok = true;
}

}  // namespace

FormImport import_form(const DataSet& data, const FormImportRequest& request) {
  FormImport result;
  Importer(data, request, result).run();
  return result;
}

}  // namespace acquis::app

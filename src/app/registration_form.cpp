// The registration form's fields ("inscription/…"): the person's name and contact go to the
// list of people; the rest (birth date, status, schooling, jobs, documents joined) to the
// dossier's <inscription>.
#include "app/form_content.hpp"

#include <algorithm>
#include <map>

namespace acquis::app {

namespace {

using Registration = AssessmentRecord::Registration;

// The radio groups and their values.
const std::map<std::string, std::vector<std::string>> kChoices = {
    {"sexe", {"f", "m", "x"}}, {"statut", {"citoyen", "resident", "autre"}}};

// The checkboxes of documents joined, and the kinds a dossier names them by.
const std::map<std::string, std::string> kDocuments = {
    {"residence", "preuve-residence"}, {"identite", "piece-identite"},
    {"cv", "curriculum-vitae"},        {"emploi", "attestation-emploi"},
    {"releves", "releve-notes"},       {"cartes", "cartes-competence"}};

// Text fields, by name after "inscription/": where each goes, and whether it is a date.
struct TextField {
  std::string Registration::*member;  // null: the person's identity (the list of people)
  bool date = false, several_lines = false;
};
const std::map<std::string, TextField> kTexts = {
    {"naissance", {&Registration::birth_date, true}},
    {"statut-precision", {&Registration::status_detail}},
    {"mere", {&Registration::mother}},
    {"pere", {&Registration::father}},
    {"adresse", {&Registration::address, false, true}},
    {"scolarite/derniere", {&Registration::last_grade}},
    {"scolarite/diplomes", {&Registration::diplomas, false, true}},
    {"scolarite/formation-generale", {&Registration::general_education, false, true}},
    {"employeur", {&Registration::employer}},
    {"poste", {&Registration::position}}};

// The identity fields and the list's columns they fill.
const std::map<std::string, std::string> kIdentity = {
    {"nom", "nom"}, {"prenom", "prenom"}, {"telephone", "telephone"}, {"courriel", "courriel"}};

constexpr std::size_t kJobs = 3;         // the form's rows of work experience
constexpr std::size_t kMaxTyped = 2000;  // characters of one field: an address, a list of diplomas

bool holds_word(const std::string& text, const std::string& word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    if (starts && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))))
      return true;
  }
  return false;
}

class RegistrationContent : public FormContent {
 public:
  RegistrationContent(const DataSet& data, std::string today)
      : data_(data), today_(std::move(today)) {}

  void take(const FilledField& field, const FieldProblem& problem) override {
    const std::string prefix = "inscription/";
    const std::string name =
        field.name.starts_with(prefix) ? field.name.substr(prefix.size()) : std::string();
    if (field.kind == "radio" && kChoices.count(name)) return choice(field, name, problem);
    if (field.kind == "case" && name.starts_with("document/")) return document(field, problem);
    if (field.kind != "texte") return problem("form.field-not-in-form", {{"field", field.name}});
    const std::string value = clean_text(field.value, true);
    if (!acceptable_text(field, clean_text(field.value), kMaxTyped, problem)) return;
    if (name == "code-permanent") return code(field, value, problem);
    if (name == "programme") return void(typed_program_ = value);
    if (kIdentity.count(name)) return identity(field, kIdentity.at(name), value, problem);
    if (name.starts_with("experience/")) return job(field, name, value, problem);
    const auto text = kTexts.find(name);
    if (text == kTexts.end()) return problem("form.field-not-in-form", {{"field", field.name}});
    const std::string kept = clean_text(field.value, !text->second.several_lines);
    if (text->second.date && !acceptable_date(field, kept, today_, problem)) return;
    if (!kept.empty()) ++filled_;
    registration_.*(text->second.member) = kept;
  }

  // A job ends after it begins.
  void check_together(const FieldProblem& problem) const override {
    for (std::size_t i = 0; i < kJobs; ++i)
      if (!jobs_[i].from.empty() && !jobs_[i].to.empty() && jobs_[i].to < jobs_[i].from)
        problem("form.job-dates",
                {{"n", static_cast<double>(i + 1)}, {"from", jobs_[i].from}, {"to", jobs_[i].to}});
  }

  bool empty() const override { return filled_ == 0; }
  std::string typed_code() const override { return typed_code_; }
  std::string typed_program() const override { return typed_program_; }

  bool person_entry(PersonEntry& entry) const override {
    for (const char* column : {"prenom", "nom"})
      entry.values.emplace_back(column, value_of(column));
    entry.values.emplace_back("genre", gender_);
    for (const char* column : {"courriel", "telephone"})
      entry.values.emplace_back(column, value_of(column));
    entry.values.emplace_back("employeur", employer_id());
    return true;
  }

  void write_into(pugi::xml_node dossier, const std::string& today) const override {
    pugi::xml_node former = dossier.child("inscription");
    pugi::xml_node node = former ? dossier.insert_child_before("inscription", former)
                                 : dossier.prepend_child("inscription");
    if (former) dossier.remove_child(former);
    const Registration& r = registration_;
    node.append_attribute("date") = today.c_str();
    const auto attribute = [&node](const char* name, const std::string& value) {
      if (!value.empty()) node.append_attribute(name) = value.c_str();
    };
    attribute("naissance", r.birth_date);
    attribute("statut", r.status);
    attribute("statut-precision", r.status_detail);
    attribute("mere", r.mother);
    attribute("pere", r.father);
    attribute("derniere-annee", r.last_grade);
    attribute("employeur", r.employer);
    attribute("poste", r.position);
    const auto element = [&node](const char* name, const std::string& value) {
      if (!value.empty()) node.append_child(name).text() = value.c_str();
    };
    element("adresse", r.address);
    element("diplomes", r.diplomas);
    element("formation-generale", r.general_education);
    for (const Registration::Job& j : jobs_) {
      if (j.employer.empty() && j.position.empty() && j.from.empty() && j.to.empty()) continue;
      pugi::xml_node job = node.append_child("experience");
      for (const auto& [name, value] : {std::pair{"employeur", &j.employer},
                                        {"poste", &j.position},
                                        {"du", &j.from},
                                        {"au", &j.to}})
        if (!value->empty()) job.append_attribute(name) = value->c_str();
    }
    for (const std::string& kind : r.enclosed)
      node.append_child("joint").append_attribute("type") = kind.c_str();
  }

  void summarize(FormImport& result) const override {
    result.registration_fields = filled_;
    result.enclosed = registration_.enclosed.size();
  }

 private:
  void choice(const FilledField& field, const std::string& group, const FieldProblem& problem) {
    if (field.value == "Off") return;
    const std::vector<std::string>& options = kChoices.at(group);
    if (std::find(options.begin(), options.end(), field.value) == options.end())
      return problem("form.field-value",
                     {{"field", field.name}, {"value", field.value}, {"options", joined(options)}});
    (group == "sexe" ? gender_ : registration_.status) = field.value;
    ++filled_;
  }

  void document(const FilledField& field, const FieldProblem& problem) {
    const auto kind = kDocuments.find(field.name.substr(field.name.rfind('/') + 1));
    if (kind == kDocuments.end()) return problem("form.field-not-in-form", {{"field", field.name}});
    if (!ticked(field, problem)) return;
    // In the order the dossier lists them.
    std::vector<std::string>& enclosed = registration_.enclosed;
    enclosed.push_back(kind->second);
    std::sort(enclosed.begin(), enclosed.end(), [](const std::string& a, const std::string& b) {
      const auto rank = [](const std::string& k) {
        return std::find(kRegistrationDocuments.begin(), kRegistrationDocuments.end(), k);
      };
      return rank(a) < rank(b);
    });
    ++filled_;
  }

  void code(const FilledField& field, const std::string& value, const FieldProblem& problem) {
    std::string code;
    for (char c : value)
      if (c != ' ') code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!code.empty() && !is_permanent_code(code))
      return problem("form.field-code", {{"field", field.name}, {"value", value}});
    typed_code_ = code;
  }

  void identity(const FilledField& field, const std::string& column, const std::string& value,
                const FieldProblem& problem) {
    if (column == "courriel" && !value.empty() && !is_email(value))
      return problem("form.field-email", {{"field", field.name}, {"value", value}});
    identity_[column] = value;
    if (!value.empty()) ++filled_;
  }

  // "experience/<1…3>/<employeur|poste|du|au>"
  void job(const FilledField& field, const std::string& name, const std::string& value,
           const FieldProblem& problem) {
    const std::string rest = name.substr(std::string("experience/").size());
    const std::size_t slash = rest.find('/');
    const std::string row = rest.substr(0, slash), part = rest.substr(slash + 1);
    if (row.size() != 1 || row[0] < '1' || row[0] > '0' + static_cast<int>(kJobs) ||
        slash == std::string::npos)
      return problem("form.field-not-in-form", {{"field", field.name}});
    Registration::Job& j = jobs_[static_cast<std::size_t>(row[0] - '1')];
    std::string* member = part == "employeur" ? &j.employer
                          : part == "poste"   ? &j.position
                          : part == "du"      ? &j.from
                          : part == "au"      ? &j.to
                                              : nullptr;
    if (!member) return problem("form.field-not-in-form", {{"field", field.name}});
    if ((part == "du" || part == "au") && !acceptable_date(field, value, today_, problem)) return;
    *member = value;
    if (!value.empty()) ++filled_;
  }

  std::string value_of(const std::string& column) const {
    const auto it = identity_.find(column);
    return it == identity_.end() ? std::string() : it->second;
  }

  // The employer typed, when it names one of the data's (by name or id, case aside).
  std::string employer_id() const {
    const std::string typed = fold_for_matching(registration_.employer);
    if (typed.empty()) return {};
    for (const Employer& e : data_.employers)
      if (fold_for_matching(e.name) == typed || fold_for_matching(e.id) == typed) return e.id;
    return {};
  }

  const DataSet& data_;
  const std::string today_;
  Registration registration_;
  Registration::Job jobs_[kJobs];
  std::map<std::string, std::string> identity_;  // by the list's column
  std::string gender_, typed_code_, typed_program_;
  std::size_t filled_ = 0;
};

}  // namespace

const Program* program_named(const DataSet& data, const std::string& typed) {
  const std::string wanted = fold_for_matching(typed);
  for (const Program& p : data.programs)
    for (const std::string& name :
         {p.code, p.english_code, p.designation(Language::French), p.designation(Language::English),
          p.title.in(Language::French), p.title.in(Language::English), p.title_feminine,
          p.title_masculine})
      if (!name.empty() && fold_for_matching(name) == wanted) return &p;
  const Program* found = nullptr;
  for (const Program& p : data.programs)
    if (holds_word(wanted, fold_for_matching(p.code))) {
      if (found) return nullptr;  // two programs: which one is not for us to guess
      found = &p;
    }
  return found;
}

std::unique_ptr<FormContent> registration_content(const DataSet& data, const std::string& today) {
  return std::make_unique<RegistrationContent>(data, today);
}

}  // namespace acquis::app

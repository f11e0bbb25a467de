// The self-assessment booklet's fields: "<program>/<competency>[/<element>]" (a rating scale),
// ".../exemples", "<program>/joint/<document>", "<program>/nom", "<program>/code-permanent".
#include "app/form_content.hpp"

#include <algorithm>
#include <map>

namespace acquis::app {

namespace {

constexpr std::size_t kMaxExamples = 5000;  // characters: a page of examples
const std::vector<std::string> kLevels = {"maitrise", "partiel", "non"};
const std::vector<std::string> kEnclosed = {"curriculum-vitae", "attestation-emploi",
                                            "cartes-competence", "releve-notes"};

class BookletContent : public FormContent {
 public:
  explicit BookletContent(const Program& program) : program_(program) {}

  void take(const FilledField& field, const FieldProblem& problem) override {
    const std::string prefix = field_prefix(program_);
    if (!field.name.starts_with(prefix))
      return problem("form.field-foreign", {{"field", field.name}, {"program", program_.code}});
    const std::string rest = field.name.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    const std::string head = rest.substr(0, slash);
    const std::string tail = slash == std::string::npos ? "" : rest.substr(slash + 1);
    if (rest == "nom") return;  // the name is the list of people's, found by the code
    if (rest == "code-permanent") return void(typed_code_ = clean_text(field.value, true));
    if (head == "joint" && field.kind == "case") return enclosed(field, tail, problem);
    const Competency* competency = program_.competency(head);
    if (!competency) return problem("form.field-unknown", {{"field", field.name}});
    if (tail == "exemples" && field.kind == "texte") {
      std::string text = clean_text(field.value);
      if (!text.empty() && acceptable_text(field, text, kMaxExamples, problem))
        examples_[head] = std::move(text);
      return;
    }
    if (field.kind != "radio" || (!tail.empty() && !competency->element(tail)))
      return problem("form.field-unknown", {{"field", field.name}});
    answer(field, head, tail, problem);
  }

  bool empty() const override { return answers_.empty() && examples_.empty() && enclosed_.empty(); }
  std::string typed_code() const override { return typed_code_; }
  bool person_entry(PersonEntry&) const override { return false; }

  // The new <autoevaluation>, where the former one was (or first).
  void write_into(pugi::xml_node dossier, const std::string& today) const override {
    pugi::xml_node former = dossier.child("autoevaluation");
    pugi::xml_node node = former ? dossier.insert_child_before("autoevaluation", former)
                                 : dossier.prepend_child("autoevaluation");
    if (former) dossier.remove_child(former);
    node.append_attribute("date") = today.c_str();
    for (const Answer& a : answers_) {
      pugi::xml_node answer = node.append_child("reponse");
      answer.append_attribute("competence") = a.competency.c_str();
      if (!a.element.empty()) answer.append_attribute("element") = a.element.c_str();
      answer.append_attribute("niveau") = a.level.c_str();
    }
    for (const auto& [competency, text] : examples_) {
      pugi::xml_node examples = node.append_child("exemples");
      examples.append_attribute("competence") = competency.c_str();
      examples.text() = text.c_str();
    }
    for (const std::string& kind : enclosed_)
      node.append_child("joint").append_attribute("type") = kind.c_str();
  }

  void summarize(FormImport& result) const override {
    result.answers = answers_.size();
    result.examples = examples_.size();
    result.enclosed = enclosed_.size();
  }

 private:
  struct Answer {
    std::string competency, element, level;
  };

  void enclosed(const FilledField& field, const std::string& kind, const FieldProblem& problem) {
    if (std::find(kEnclosed.begin(), kEnclosed.end(), kind) == kEnclosed.end())
      return problem("form.field-unknown", {{"field", field.name}});
    if (ticked(field, problem)) enclosed_.push_back(kind);
  }

  void answer(const FilledField& field, const std::string& competency, const std::string& element,
              const FieldProblem& problem) {
    if (field.value == "Off") return;  // not answered
    const bool known = std::find(kLevels.begin(), kLevels.end(), field.value) != kLevels.end();
    if (!known)
      return problem("form.field-value",
                     {{"field", field.name}, {"value", field.value}, {"options", joined(kLevels)}});
    answers_.push_back({competency, element, field.value});
  }

  const Program& program_;
  std::vector<Answer> answers_;
  std::map<std::string, std::string> examples_;  // by competency
  std::vector<std::string> enclosed_;
  std::string typed_code_;  // a blank booklet's code permanent
};

}  // namespace

std::unique_ptr<FormContent> booklet_content(const Program& program) {
  return std::make_unique<BookletContent>(program);
}

}  // namespace acquis::app

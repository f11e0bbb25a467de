// One candidate's assessment record.
#include "data/dossier_steps.hpp"
#include "data/loaders.hpp"
#include "data/xml_fields.hpp"

namespace acquis {

namespace {

void read_self_assessment(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r) {
  xml.check_names(node, {"date"}, {"reponse", "exemples", "joint"});
  r.self_assessment_date = fields::date(xml, node, "date");
  for (pugi::xml_node a : node.children("reponse")) {
    xml.check_names(a, {"competence", "element", "niveau"}, {});
    r.answers.push_back({xml.attribute(a, "competence", true), xml.attribute(a, "element", true),
                         fields::choice(xml, a, "niveau", {"maitrise", "partiel", "non"}, true)});
  }
  // What the person wrote in the booklet: examples from their work, the documents enclosed.
  for (pugi::xml_node e : node.children("exemples")) {
    xml.check_names(e, {"competence"}, {});
    r.examples.push_back({xml.attribute(e, "competence", true), fields::text(e)});
  }
  for (pugi::xml_node j : node.children("joint")) {
    xml.check_names(j, {"type"}, {});
    r.enclosed.push_back(fields::choice(
        xml, j, "type",
        {"curriculum-vitae", "attestation-emploi", "cartes-competence", "releve-notes"}, true));
  }
}

void read_interview(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r) {
  xml.check_names(node, {"date"}, {"competence", "formation-generale", "recommandation"});
  r.interview_date = fields::date(xml, node, "date");
  for (pugi::xml_node c : node.children("competence")) {
    xml.check_names(c, {"code", "element", "statut"}, {});
    const std::string status =
        fields::choice(xml, c, "statut", {"maitrisee", "non-maitrisee"}, true);
    r.outcomes.push_back(
        {xml.attribute(c, "code", true), status == "maitrisee", c.attribute("element").value()});
  }
  for (pugi::xml_node g : node.children("formation-generale"))
    r.general_education.push_back(fields::text(g));
  r.recommendation = fields::text(node.child("recommandation"));
}

void read_results(XmlFile& xml, pugi::xml_node root, AssessmentRecord& r) {
  for (pugi::xml_node o : root.children("observation")) {
    xml.check_names(
        o, {"competence", "element", "date", "resultat", "commentaire", "commentaire-en"}, {});
    r.observations.push_back(
        {xml.attribute(o, "competence", true),
         o.attribute("element").value(),
         fields::date(xml, o, "date"),
         fields::choice(xml, o, "resultat", {"atteint", "non-atteint"}, true),
         {o.attribute("commentaire").value(), o.attribute("commentaire-en").value()}});
  }
  for (pugi::xml_node x : root.children("reconnaissance")) {
    xml.check_names(x, {"competence", "mode", "date", "en"}, {});
    r.exemptions.push_back({xml.attribute(x, "competence", true),
                            fields::choice(xml, x, "mode", {"equivalence", "substitution"}, true),
                            fields::date(xml, x, "date"), fields::text(x)});
  }
  for (pugi::xml_node e : root.children("evaluation")) {
    xml.check_names(e, {"competence", "date", "verdict", "enseignant"}, {});
    r.verdicts.push_back({xml.attribute(e, "competence", true), fields::date(xml, e, "date"),
                          fields::choice(xml, e, "verdict", {"succes", "echec"}, true),
                          e.attribute("enseignant").value()});
  }
}

// The person, the program and every competency and element a record names exist in the data.
class References {
 public:
  References(XmlFile& xml, const Program* program) : xml_(xml), program_(program) {}

  // <… competence="…" element="…">: the element is optional (a task number or element code).
  void check(pugi::xml_node node, const char* competency_attribute, const char* element_attribute) {
    if (!program_) return;
    const std::string code = node.attribute(competency_attribute).value();
    const Competency* competency = program_->competency(code);
    if (!competency) {
      if (!code.empty())
        xml_.report().error("unknown-competency", xml_.offset(node, competency_attribute),
                            {{"code", code}, {"program", program_->code}});
      return;
    }
    const std::string element = element_attribute ? node.attribute(element_attribute).value() : "";
    if (!element.empty() && !competency->element(element))
      xml_.report().error("unknown-element-ref", xml_.offset(node, element_attribute),
                          {{"code", element}, {"competency", code}});
  }

 private:
  XmlFile& xml_;
  const Program* program_;
};

void check_references(XmlFile& xml, pugi::xml_node root, const AssessmentRecord& r,
                      const KnownData& known) {
  const auto person = [&](const std::string& code) {
    for (const Candidate& c : *known.candidates)
      if (c.permanent_code == code) return true;
    return false;
  };
  if (known.candidates && !r.permanent_code.empty() && !person(r.permanent_code))
    xml.report().error("unknown-person", xml.offset(root, "code-permanent"));
  if (known.records && known.records->count(r.permanent_code))
    xml.report().error("duplicate-record", xml.offset(root, "code-permanent"),
                       {{"file", known.records->at(r.permanent_code).file}});
  const Program* program = known.program(r.program);
  if (known.programs && !program && !r.program.empty())
    xml.report().error("unknown-program", xml.offset(root, "programme"), {{"value", r.program}});
  References references(xml, program);
  for (pugi::xml_node a : root.child("autoevaluation").children("reponse"))
    references.check(a, "competence", "element");
  for (pugi::xml_node e : root.child("autoevaluation").children("exemples"))
    references.check(e, "competence", nullptr);
  for (pugi::xml_node c : root.child("entrevue").children("competence"))
    references.check(c, "code", "element");
  for (pugi::xml_node o : root.children("observation"))
    references.check(o, "competence", "element");
  for (pugi::xml_node e : root.children("evaluation")) references.check(e, "competence", nullptr);
  for (pugi::xml_node x : root.children("reconnaissance"))
    references.check(x, "competence", nullptr);
  // The general-education and job-market parts belong to a semi-skilled-trade certificate.
  if (program && program->level != "CFMS")
    for (pugi::xml_node v : root.children("volet"))
      xml.report().error("part-not-cfms", xml.offset(v),
                         {{"program", program->code}, {"level", program->level}});
}

}  // namespace

bool load_assessment(SourceText source, AssessmentRecord& record, Diagnostics& diags,
                     const KnownData& known) {
  record.file = source.file();
  const auto xml = XmlFile::parse(std::move(source), diags, Privacy::Personal);
  if (!xml) return false;
  const pugi::xml_node root = xml->root();
  if (!xml->expect_root("dossier")) return false;
  xml->check_names(root, {"code-permanent", "programme"},
                   {"inscription", "etapes", "pieces", "autoevaluation", "entrevue", "observation",
                    "evaluation", "reconnaissance", "volet"});
  record.permanent_code = xml->attribute(root, "code-permanent", true);
  if (!record.permanent_code.empty() && !is_permanent_code(record.permanent_code))
    xml->report().error("permanent-code", xml->offset(root, "code-permanent"),
                        {{"value", record.permanent_code}});
  record.program = xml->attribute(root, "programme", true);
  if (pugi::xml_node registration = root.child("inscription"))
    read_registration(*xml, registration, record);
  StepNodes step_nodes;
  if (pugi::xml_node steps = root.child("etapes")) read_steps(*xml, steps, record, step_nodes);
  if (pugi::xml_node documents = root.child("pieces")) read_documents(*xml, documents, record);
  read_parts(*xml, root, record);
  if (pugi::xml_node self = root.child("autoevaluation")) read_self_assessment(*xml, self, record);
  if (pugi::xml_node interview = root.child("entrevue")) read_interview(*xml, interview, record);
  read_results(*xml, root, record);
  check_references(*xml, root, record, known);
  check_chronology(*xml, root, record, step_nodes);
  return !xml->report().failed();
}

}  // namespace acquis

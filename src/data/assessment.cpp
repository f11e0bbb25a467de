// One candidate's assessment record.
#include "data/loaders.hpp"
#include "data/xml_fields.hpp"

namespace acquis {

namespace {

void read_self_assessment(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r) {
  xml.check_names(node, {"date"}, {"reponse"});
  r.self_assessment_date = fields::date(xml, node, "date");
  for (pugi::xml_node a : node.children("reponse")) {
    xml.check_names(a, {"competence", "element", "niveau"}, {});
    r.answers.push_back({xml.attribute(a, "competence", true), xml.attribute(a, "element", true),
                         fields::choice(xml, a, "niveau", {"maitrise", "partiel", "non"}, true)});
  }
}

void read_interview(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r) {
  xml.check_names(node, {"date"}, {"competence", "formation-generale", "recommandation"});
  r.interview_date = fields::date(xml, node, "date");
  for (pugi::xml_node c : node.children("competence")) {
    xml.check_names(c, {"code", "statut"}, {});
    const std::string status =
        fields::choice(xml, c, "statut", {"maitrisee", "non-maitrisee"}, true);
    r.outcomes.push_back({xml.attribute(c, "code", true), status == "maitrisee"});
  }
  for (pugi::xml_node g : node.children("formation-generale"))
    r.general_education.push_back(collapsed_text(g));
  r.recommendation = collapsed_text(node.child("recommandation"));
}

void read_results(XmlFile& xml, pugi::xml_node root, AssessmentRecord& r) {
  for (pugi::xml_node o : root.children("observation")) {
    xml.check_names(o, {"competence", "element", "date", "resultat", "commentaire"}, {});
    r.observations.push_back({xml.attribute(o, "competence", true), o.attribute("element").value(),
                              fields::date(xml, o, "date"),
                              fields::choice(xml, o, "resultat", {"atteint", "non-atteint"}, true),
                              o.attribute("commentaire").value()});
  }
  for (pugi::xml_node e : root.children("evaluation")) {
    xml.check_names(e, {"competence", "date", "verdict", "enseignant"}, {});
    r.verdicts.push_back({xml.attribute(e, "competence", true), fields::date(xml, e, "date"),
                          fields::choice(xml, e, "verdict", {"succes", "echec"}, true),
                          e.attribute("enseignant").value()});
  }
}

}  // namespace

bool load_assessment(SourceText source, AssessmentRecord& record, Diagnostics& diags) {
  const auto xml = XmlFile::parse(std::move(source), diags);
  if (!xml) return false;
  const pugi::xml_node root = xml->root();
  if (!xml->expect_root("dossier")) return false;
  xml->check_names(root, {"code-permanent", "programme"},
                   {"autoevaluation", "entrevue", "observation", "evaluation"});
  record.permanent_code = xml->attribute(root, "code-permanent", true);
  if (!record.permanent_code.empty() && !is_permanent_code(record.permanent_code))
    xml->report().error("permanent-code", xml->offset(root, "code-permanent"),
                        {{"value", record.permanent_code}});
  record.program = xml->attribute(root, "programme", true);
  if (pugi::xml_node self = root.child("autoevaluation")) read_self_assessment(*xml, self, record);
  if (pugi::xml_node interview = root.child("entrevue")) read_interview(*xml, interview, record);
  read_results(*xml, root, record);
  return !xml->report().failed();
}

}  // namespace acquis

// The registration form as a dossier keeps it (<inscription>), read back from a filled form.
#include "data/dossier_steps.hpp"
#include "data/xml_fields.hpp"

#include <string>

namespace acquis {

namespace {

// A text element's content as typed: its lines kept, its edges trimmed.
std::string typed_text(pugi::xml_node parent, const char* name) {
  const std::string text = parent.child_value(name);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

void read_registration(XmlFile& xml, pugi::xml_node node, AssessmentRecord& record) {
  xml.check_names(node,
                  {"date", "naissance", "statut", "statut-precision", "mere", "pere",
                   "derniere-annee", "employeur", "poste"},
                  {"adresse", "diplomes", "formation-generale", "experience", "joint"});
  AssessmentRecord::Registration& r = record.registration;
  xml.attribute(node, "date", true);  // reports it missing
  r.date = fields::date(xml, node, "date");
  r.birth_date = fields::date(xml, node, "naissance");
  r.status = fields::choice(xml, node, "statut", {"citoyen", "resident", "autre"}, false);
  r.status_detail = node.attribute("statut-precision").value();
  r.mother = node.attribute("mere").value();
  r.father = node.attribute("pere").value();
  r.last_grade = node.attribute("derniere-annee").value();
  r.employer = node.attribute("employeur").value();
  r.position = node.attribute("poste").value();
  r.address = typed_text(node, "adresse");
  r.diplomas = typed_text(node, "diplomes");
  r.general_education = typed_text(node, "formation-generale");
  for (pugi::xml_node job : node.children("experience")) {
    xml.check_names(job, {"employeur", "poste", "du", "au"}, {});
    r.jobs.push_back({job.attribute("employeur").value(), job.attribute("poste").value(),
                      fields::date(xml, job, "du"), fields::date(xml, job, "au")});
  }
  for (pugi::xml_node joined : node.children("joint")) {
    xml.check_names(joined, {"type"}, {});
    r.enclosed.push_back(fields::choice(xml, joined, "type", kRegistrationDocuments, true));
  }
}

}  // namespace acquis

// A dossier's <etapes>, <pieces>, <volet>s and <inscription>, and the checks that its dates follow
// the process. Internal to data/.
#pragma once

#include <acquis/data.hpp>

#include "xml/xml_file.hpp"

#include <map>

namespace acquis {

// Each recorded step's element, by step number: where to point at a date out of order.
using StepNodes = std::map<int, pugi::xml_node>;

void read_steps(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r, StepNodes& nodes);
void read_documents(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r);
// <volet nom statut date heures>: the general-education and job-market parts of a CFMS.
void read_parts(XmlFile& xml, pugi::xml_node root, AssessmentRecord& r);
// <inscription>: what the filled registration form said (data/registration.cpp).
void read_registration(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r);

// No step done before a step it follows; the interview's date the same as step 7's; no
// observation or verdict before the interview.
void check_chronology(XmlFile& xml, pugi::xml_node root, const AssessmentRecord& r,
                      const StepNodes& nodes);

}  // namespace acquis

// Requests may come as XML too (Content-Type application/xml or text/xml), for school-board
// systems that speak it: the same fields, as attributes and child elements, become the JSON
// the routes read.
//   <demande document="attestation" langue="fr-CA" programme="5195" format="zip">
//     <candidat prenom="Éloïse" nom="Côté-Bérubé" code_permanent="COTE12345678"/>
//     <candidats_csv>…</candidats_csv>
//   </demande>
#pragma once

#include "problem.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace acquis::serve {

// False with a 400 problem giving the line and column when the XML is malformed.
bool xml_request(const std::string& body, nlohmann::json& out, Problem& problem);

}  // namespace acquis::serve

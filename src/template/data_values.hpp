// The data of a render as template values, with French field names (the names template
// authors write): programme.competences[0].enonce, candidat.prenom, organisation.nom…
// Bilingual texts are given in the document's language.
#pragma once

#include <acquis/templates.hpp>

#include "template/value.hpp"

namespace acquis {

Map data_scope(const TemplateData& data, const std::string& language);

}  // namespace acquis

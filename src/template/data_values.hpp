// The data of a render as template values, with French field names (the names template
// authors write): programme.competences[0].enonce, candidat.prenom, organisation.nom…
// Bilingual texts are given in the document's language.
#pragma once

#include <acquis/templates.hpp>

#include "template/value.hpp"

namespace acquis {

class TemplateCache;

// With a cache, the program's values are made once per language and shared.
Map data_scope(const TemplateData& data, Language language, TemplateCache* cache = nullptr);

}  // namespace acquis

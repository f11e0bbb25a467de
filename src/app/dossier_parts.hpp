// The dossier's XML part by part, for dossier_store: a part written from the model, a part's
// text to compare two versions, and the JSON pointer of what a diagnostic's line and column
// fall on. Internal to app/.
#pragma once

#include <acquis/app/dossier_store.hpp>

#include <pugixml.hpp>

#include <string>

namespace acquis::app {

// Replaces the part's elements under <dossier> by `values`' (English twins of French texts left
// unchanged are kept; an element the part does not hold, such as <exemples>, stays).
void write_part(pugi::xml_node dossier, DossierPart part, const AssessmentRecord& values);
// The part's elements as text: equal when the part did not change.
std::string part_text(pugi::xml_node dossier, DossierPart part);
// Where the page shows a problem found at `line`:`column` of `text`: "/etapes/7/faite",
// "/entrevue/resultats/1/statut"…, or "" when it falls on no part's element.
std::string pointer_at(const std::string& text, int line, int column);

}  // namespace acquis::app

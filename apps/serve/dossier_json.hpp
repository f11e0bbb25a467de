// A person's dossier as the advisors' page reads and edits it, part by part (the parts of
// app::DossierPart, keyed as the dossier's XML names them): the steps by number, the
// supporting documents by kind, the self-assessment, the interview, the observation sessions
// and the verdicts. A part sent back is read into the model's fields; its values are checked
// by the dossier's loader when saved, as `acquis verifier` checks them.
#pragma once

#include <acquis/app/dossier_store.hpp>
#include <acquis/data.hpp>

#include "problem.hpp"

#include <nlohmann/json.hpp>

namespace acquis::serve {

// Every part, empty ones too (an absent dossier: all empty).
nlohmann::ordered_json dossier_json(const AssessmentRecord* record);
nlohmann::ordered_json part_json(const AssessmentRecord* record, app::DossierPart part);

// The part `part` of `json` into `record`; false with the fields of a wrong shape in `problem`
// (their pointers from the part's root: "/entrevue/resultats/2/statut").
bool part_from_json(app::DossierPart part, const nlohmann::json& json, AssessmentRecord& record,
                    Problem& problem);

}  // namespace acquis::serve

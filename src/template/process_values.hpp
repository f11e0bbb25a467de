// A person's progress through the process as template values (`etapes`, `pieces`, `volets`).
#pragma once

#include <acquis/data.hpp>

#include "template/value.hpp"

namespace acquis {

// The 14 steps as process_steps gives them, each {numero, prevue, faite, par, role, heure,
// lieu, remarque}.
Value steps_value(const std::vector<AssessmentRecord::Step>& process, Language language);
// Where the person is: the latest step done (etape, etape_date; 0 before any), the next step
// planned after it (prochaine_etape, prochaine_date; 0 when none), and how many supporting
// documents are still awaited (pieces_attendues).
Map progress_values(const AssessmentRecord* record, const Candidate* candidate, bool certified);
// Every kind of supporting document, in the checklist's order: {type, demandee, recue}.
Value documents_value(const AssessmentRecord* record);
// The three parts of a semi-skilled-trade certificate, {nom, statut, date, heures, remarque}:
// general education and job-market preparation as the dossier records them, then the trade
// ("metier"), reussi on the day of its last success once every competency is passed, en-cours
// after the interview. Empty for another level; statut empty without a dossier (unknown).
// With `as_of` (YYYY-MM-DD), as they stood that day: a part completed later is under way.
Value parts_value(const Program* program, const AssessmentRecord* record,
                  const Certification& certification, Language language,
                  const std::string& as_of = {});

}  // namespace acquis

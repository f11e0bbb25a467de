// `acquis lire FICHIER.pdf [--candidat CODE]`: a filled self-assessment booklet taken back into
// the person's dossier (app::import_form).
#pragma once

#include "arguments.hpp"

namespace acquis::cli {

int read_form(const Arguments& args);

}  // namespace acquis::cli

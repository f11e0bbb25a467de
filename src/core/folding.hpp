// Text folded for matching what people type against what the data says: accents, case and the
// apostrophe's form set aside, as ICU's primary collation strength would (« Côté » finds
// « cote », « L’Écuyer » finds « l'ecuyer »).
#pragma once

#include <string>

namespace acquis {

// Decomposed (NFD), combining marks dropped, the typographer's apostrophe made a keyboard's,
// case folded, trimmed.
std::string fold_for_matching(const std::string& text);

}  // namespace acquis

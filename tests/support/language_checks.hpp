// Checks on a document's language: no French left in an English document, and « ministère »
// written as Quebec usage wants it in a French one.
#pragma once

#include <string>
#include <vector>

namespace acquis::test {

// The proper names the sample data prints as they are in every language: the organization's,
// the employers' and the people's names, addresses and places (read from samples/).
const std::vector<std::string>& sample_proper_names();

// The French words of an English document's text (pdftotext, normalized), once proper names
// are taken out: French function words, words only French uses, words with French accents
// (but « résumé »), elisions (« l’ », « d’ »).
std::vector<std::string> french_words(const std::string& text,
                                      const std::vector<std::string>& proper_names);

// « ministère » in lower case only before its name (« ministère de l’Éducation »), « Ministère »
// with a capital only alone (« le Ministère »): each place where a French text does otherwise.
std::vector<std::string> ministry_case_faults(const std::string& text);

}  // namespace acquis::test

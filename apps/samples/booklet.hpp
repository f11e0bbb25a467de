// The self-assessment booklet (cahier d'autoévaluation) of workload W2, built through the C++ API
// from a referential in the W2 format (../shared/bench/referential.xml). Until the template
// language exists, this is how the sample booklet, its tests and the W2 benchmark are made.
#pragma once

#include <acquis/document.hpp>

#include <string>
#include <vector>

namespace acquis::samples {

struct Competency {
  std::string number, statement;
  std::vector<std::string> tasks;
};

struct BookletData {
  std::string organization, service, program, code, title;
  std::vector<std::string> introduction;
  std::vector<Competency> competencies;
};

// Reads the W2 XML; false (and `error` set) when the file is missing or malformed.
// False with `error`, a diagnostic put into words, when the file cannot be used.
bool read_booklet_data(const std::string& path, BookletData& data, std::string& error);

struct BookletOptions {
  std::string logo;   // a PNG or JPEG for the cover; none when empty
  bool full = false;  // adds documents to attach, the process diagram and the signatures
};

// W2 as specified: cover, five justified paragraphs, then per competency a heading kept with a
// table of tasks × {Je maîtrise, Partiellement, Je ne maîtrise pas}; header with the program,
// footer "Page X de Y".
Document self_assessment_booklet(const BookletData& data, const BookletOptions& options);

}  // namespace acquis::samples

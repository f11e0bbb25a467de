// The data documents are made from, as the loaders give it (see src/data/ for the formats).
// Invented sample files live in samples/.
#pragma once

#include <string>
#include <vector>

namespace acquis {

struct Candidate {
  std::string given_name, family_name;
  std::string permanent_code;  // personal information: printed where a document needs it only
  std::string email, phone, employer, program;
  std::size_t row = 0;  // spreadsheet row (CSV) or line (XML), to point at it in messages
};

// A code permanent has the shape of 4 capital letters and 8 digits. Only the shape is checked:
// a code is never derived or repaired.
bool is_permanent_code(const std::string& code);

}  // namespace acquis

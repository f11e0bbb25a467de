// Sample documents built through the C++ API (templates come later): the W1 attestation and a
// two-page justified French text. Shared by the sample generator, the tests and the benchmarks.
#pragma once

#include <acquis/document.hpp>

#include <string>
#include <vector>

namespace acquis::samples {

struct AttestationData {
  std::string given_name, family_name, permanent_code, trade, program_code, date_text;
  std::string organization = "Centre de services scolaire des Navigateurs-du-Fleuve";
  std::string signatory_left = "Marie-Ève Tremblay";
  std::string role_left = "Directrice du service de la RAC";
  std::string signatory_right = "Jean-François Gagnon";
  std::string role_right = "Directeur général";
};

Document attestation(const AttestationData& data);

struct TextSection {
  std::string heading;
  std::vector<std::string> paragraphs;
};

// Reads "# heading" lines and blank-line separated paragraphs.
std::vector<TextSection> read_sections(const std::string& path);
Document justified_text(const std::vector<TextSection>& sections, const std::string& title);

}  // namespace acquis::samples

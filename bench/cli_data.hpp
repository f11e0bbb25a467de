// The reference workloads' data (../shared/bench) converted to an Acquis data folder, as a
// user would keep it: organisation.xml, programmes/*.xml, candidats.csv.
#pragma once

#include <filesystem>
#include <string>

namespace acquis::bench {

// W1: certs.csv → a program per trade (code and title only) and a candidates CSV with the
// certificate's number and date. `copies` > 1 repeats the rows with fresh codes permanents
// (10,000 candidates from 1,000).
void write_w1_folder(const std::string& certs_csv, const std::string& organisation_xml,
                     const std::filesystem::path& folder, int copies = 1);

// W2: referential.xml → the program (20 competencies × 8 tasks) with its five introduction
// paragraphs.
bool write_w2_folder(const std::string& referential_xml, const std::string& organisation_xml,
                     const std::filesystem::path& folder);

}  // namespace acquis::bench

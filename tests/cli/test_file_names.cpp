// A batch's file names: plain lowercase ASCII words from any name, the code permanent as is.
#include "app/file_names.hpp"

#include <catch2/catch.hpp>

using acquis::Candidate;
using acquis::app::FileNamer;

namespace {

std::string name_of(const std::string& given, const std::string& family) {
  static const FileNamer namer;
  Candidate c;
  c.given_name = given;
  c.family_name = family;
  c.permanent_code = "ABCD12345678";
  return namer.file_name("attestation", c);
}

}  // namespace

TEST_CASE("file names: accents dropped, words joined by dashes, lowercase", "[cli][names]") {
  CHECK(name_of("Éloïse", "Côté-Bérubé") == "attestation_cote-berube-eloise_ABCD12345678.pdf");
  CHECK(name_of("Jean-François", "D’Amour  Saint-Onge") ==
        "attestation_d-amour-saint-onge-jean-francois_ABCD12345678.pdf");
  CHECK(name_of("NOÉMIE", "ÇAPLAN") == "attestation_caplan-noemie_ABCD12345678.pdf");
}

TEST_CASE("file names: letters without a plain-letter decomposition, and other scripts",
          "[cli][names]") {
  CHECK(name_of("Æsa", "Øvergård") == "attestation_overgard-aesa_ABCD12345678.pdf");
  CHECK(name_of("Jürgen", "Straße") == "attestation_strasse-jurgen_ABCD12345678.pdf");
  CHECK(name_of("Łucja", "Dąbrowska") == "attestation_dabrowska-lucja_ABCD12345678.pdf");
  CHECK(name_of("Анна", "Иванова") == "attestation_ivanova-anna_ABCD12345678.pdf");
  CHECK(name_of("Νίκος", "Παπαδόπουλος") == "attestation_papadopoulos-nikos_ABCD12345678.pdf");
}

TEST_CASE("file names: a name with no letter left still gives a name", "[cli][names]") {
  CHECK(name_of("—", "…") == "attestation_x_ABCD12345678.pdf");
}

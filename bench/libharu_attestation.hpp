// The W1 attestation drawn with libharu's own TrueType/UTF-8 path, for comparison only:
// same page, same faces, text placed with HPDF_Page_ShowText. Acquis never uses this path.
#pragma once

#include "sample_documents.hpp"

#include <cstdint>
#include <vector>

namespace acquis::bench {

std::vector<std::uint8_t> libharu_attestation(const samples::AttestationData& data);

}  // namespace acquis::bench

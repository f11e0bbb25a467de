// The engine's layout rules, checked on the word boxes of a produced PDF (`pdftotext -bbox`), so
// that they hold for every document whatever its template. Each rule lists its faults, one line
// each, so that a test can also show it catches them.
#pragma once

#include "pdf_checks.hpp"

#include <string>
#include <vector>

namespace acquis::test {

// The "Date :" lines of one signature block not on one baseline.
std::vector<std::string> misaligned_signature_dates(const std::vector<Word>& words);

// Pages after the first that hold a signature block and nothing else (beyond the running header
// and footer): the signatures must stay with what they sign.
std::vector<std::string> lone_signature_pages(const std::vector<Word>& words);

// Line ends inside a date ("22 novembre | 2026"), a code ("991- | 046", "DEP | 5195",
// "5373 / | 5873") or an amount ("30 | h").
std::vector<std::string> broken_codes_or_dates(const std::vector<Word>& words);

// Hyphens ending a short line (a narrow table cell), where words are never to be cut.
std::vector<std::string> hyphens_in_narrow_cells(const std::vector<Word>& words);

// All four on a PDF: each fault is a failed check.
void check_layout_rules(const std::string& pdf);

}  // namespace acquis::test

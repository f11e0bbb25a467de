// Candidates from spreadsheet CSV: encodings, delimiters, quotes, and one expected message at
// the expected line:column for each broken input.
#include "core/file_reporter.hpp"
#include "data/candidates.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {

struct Loaded {
  std::vector<Candidate> candidates;
  std::vector<Diagnostic> diagnostics;
};

Loaded load(const std::string& csv) {
  Diagnostics diags;
  Loaded out;
  out.candidates = parse_candidates_csv(SourceText("candidats.csv", csv), diags);
  out.diagnostics = diags.take();
  return out;
}

// Exactly one error: its code, line and column.
void expect_error(const Loaded& loaded, const std::string& code, int line, int column) {
  INFO(loaded.diagnostics.size() << " diagnostics");
  for (const auto& d : loaded.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(loaded.diagnostics.size() == 1);
  const Diagnostic& d = loaded.diagnostics[0];
  INFO(format_diagnostic(d));
  CHECK(d.severity == Severity::Error);
  CHECK(d.code == code);
  CHECK(d.location.file == "candidats.csv");
  CHECK(d.location.line == line);
  CHECK(d.location.column == column);
}

const std::string kHeader = "prenom,nom,code_permanent,courriel\n";

}  // namespace

TEST_CASE("CSV: UTF-8 with BOM, semicolons, quotes, line breaks inside quotes", "[data][csv]") {
  const Loaded loaded = load(
      "\xEF\xBB\xBFPrénom;Nom;Code permanent;Employeur\r\n"
      "\"Éloïse\";\"Côté-Bérubé\";COTE12345678;\"Soudure \"\"Rive-Sud\"\"\"\r\n"
      "Jean;\"Gagnon\nTremblay\";GAGJ01019912;\r\n"
      "\r\n"
      "Lou;Roy;ROYL23456701;Acier inc.\r\n");
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.candidates.size() == 3);
  CHECK(loaded.candidates[0].given_name == "Éloïse");
  CHECK(loaded.candidates[0].employer == "Soudure \"Rive-Sud\"");
  CHECK(loaded.candidates[1].family_name == "Gagnon\nTremblay");
  CHECK(loaded.candidates[2].row == 4);  // spreadsheet rows: header 1, then 2, 3, 4
}

TEST_CASE("CSV: Windows-1252 and tabs are recognised", "[data][csv]") {
  const Loaded loaded =
      load("pr\xE9nom\tnom\tcode_permanent\n\xC9lo\xEFse\tC\xF4t\xE9\tCOTE12345678\n");
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.candidates.size() == 1);
  CHECK(loaded.candidates[0].given_name == "Éloïse");
  CHECK(loaded.candidates[0].family_name == "Côté");
}

// A candidates file is personal data: its errors say where (line, column) and what is
// expected, never the value, and show no line of the file.
TEST_CASE("CSV: a malformed code permanent is reported at its cell, without quoting it",
          "[data][csv][diagnostics]") {
  const Loaded loaded = load(kHeader + "Éloïse,Côté,COTE12345678,\nJean,Roy,ROY123,\n");
  expect_error(loaded, "permanent-code.masked", 3, 10);
  CHECK(loaded.candidates.size() == 1);
  const std::string text = format_diagnostic(loaded.diagnostics[0]);
  CHECK(text ==
        "candidats.csv:3:10: erreur: ce code permanent n’en est pas un : 4 lettres puis 8 "
        "chiffres attendus (ex. TREM15560099)");
  CHECK(text.find("ROY123") == std::string::npos);
  CHECK(text.find("Jean") == std::string::npos);
}

TEST_CASE("CSV: lowercase codes are not repaired", "[data][csv][diagnostics]") {
  expect_error(load(kHeader + "Jean,Roy,royj12345678,\n"), "permanent-code.masked", 2, 10);
}

TEST_CASE("CSV: a duplicate code permanent names the first row", "[data][csv][diagnostics]") {
  const Loaded loaded = load(kHeader + "A,B,ABCD12345678,\nC,D,EFGH12345678,\nE,F,ABCD12345678,\n");
  expect_error(loaded, "duplicate-candidate", 4, 5);
  CHECK(acquis::diagnostic_text(loaded.diagnostics[0]).find("rangée 2") != std::string::npos);
}

TEST_CASE("CSV: a row with too many columns", "[data][csv][diagnostics]") {
  expect_error(load(kHeader + "A,B,ABCD12345678,,en trop\n"), "csv-columns", 2, 1);
}

TEST_CASE("CSV: an unclosed quote points at the quote", "[data][csv][diagnostics]") {
  expect_error(load(kHeader + "A,\"Côté,ABCD12345678,\n"), "csv-quote", 2, 3);
}

TEST_CASE("CSV: an empty required cell", "[data][csv][diagnostics]") {
  expect_error(load(kHeader + "A,,ABCD12345678,\n"), "csv-empty-field", 2, 3);
}

TEST_CASE("CSV: a malformed e-mail address", "[data][csv][diagnostics]") {
  expect_error(load(kHeader + "A,B,ABCD12345678,eloise.cote@\n"), "bad-email.masked", 2, 18);
}

TEST_CASE("CSV: a missing column, with a suggestion", "[data][csv][diagnostics]") {
  const Loaded loaded = load("prenon,nom,code_permanent\nA,B,ABCD12345678\n");
  expect_error(loaded, "csv-missing-column", 1, 1);
  CHECK(acquis::suggestion_text(loaded.diagnostics[0]) == "vouliez-vous dire « prenon » ?");
  CHECK(loaded.candidates.empty());
}

TEST_CASE("CSV: an empty file", "[data][csv][diagnostics]") {
  expect_error(load(""), "csv-empty", 1, 1);
}

TEST_CASE("CSV: messages in English on request, with the line and column", "[data][csv]") {
  const Loaded loaded = load(kHeader + "Jean,Roy,ROY123,\n");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(format_diagnostic(loaded.diagnostics[0], acquis::Language::English) ==
        "candidats.csv:2:10: error: this permanent code is not one: 4 letters then 8 digits "
        "expected (e.g. TREM15560099)");
}

TEST_CASE("CSV: a file full of errors is capped with a count of the rest", "[data][csv]") {
  std::string csv = kHeader;
  for (int i = 0; i < 40; ++i) csv += "A,B,BAD,\n";
  const Loaded loaded = load(csv);
  REQUIRE(loaded.diagnostics.size() == FileReporter::kMaxErrors + 1);
  CHECK(loaded.diagnostics.back().code == "too-many-errors");
  CHECK(acquis::diagnostic_text(loaded.diagnostics.back()) ==
        "15 autres erreurs ne sont pas affichées");
}

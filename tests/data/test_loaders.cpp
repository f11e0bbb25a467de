// The XML data loaders: the samples load, and each broken input gives the expected message at
// the expected line:column.
#include "data/loaders.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace acquis;

namespace {

std::vector<Diagnostic> errors_of(bool (*loader)(SourceText, Diagnostics&),
                                  const std::string& xml) {
  Diagnostics diags;
  loader(SourceText("essai.xml", xml), diags);
  return diags.take();
}

bool program(SourceText s, Diagnostics& d) {
  Program p;
  return load_program(std::move(s), p, d);
}
bool organization(SourceText s, Diagnostics& d) {
  Organization o;
  return load_organization(std::move(s), o, d);
}
bool assessment(SourceText s, Diagnostics& d) {
  AssessmentRecord r;
  return load_assessment(std::move(s), r, d);
}

void expect(const std::vector<Diagnostic>& found, const std::string& code, int line, int column,
            const std::string& hint = {}) {
  for (const auto& d : found) INFO(format_diagnostic(d));
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == code);
  CHECK(found[0].location.line == line);
  CHECK(found[0].location.column == column);
  if (!hint.empty()) CHECK(acquis::suggestion_text(found[0]) == hint);
}

const std::string kProgram = "<programme code=\"5195\" niveau=\"DEP\">\n  <titre>Soudage</titre>\n";

}  // namespace

TEST_CASE("the sample data files load without a message", "[data][samples]") {
  Diagnostics diags;
  SourceText source("", "");
  Program p;
  REQUIRE(read_source("samples/programmes/soudage-montage.xml", source, diags));
  CHECK(load_program(source, p, diags));
  CHECK(p.competencies.size() == 20);
  CHECK(p.competencies[0].elements.size() == 3);
  CHECK(p.item_kind == "element");
  CHECK(p.title.in(Language::English) == "Welding and Fitting");
  Organization o;
  REQUIRE(read_source("samples/organisation.xml", source, diags));
  CHECK(load_organization(source, o, diags));
  CHECK(o.signatories.size() == 2);
  std::vector<Employer> employers;
  REQUIRE(read_source("samples/employeurs.xml", source, diags));
  CHECK(load_employers(source, employers, diags));
  CHECK(employers.size() == 2);
  AssessmentRecord r;
  REQUIRE(read_source("samples/dossiers/COTE12345678.xml", source, diags));
  CHECK(load_assessment(source, r, diags));
  CHECK(r.outcomes.size() == 2);
  std::vector<Candidate> candidates;
  REQUIRE(read_source("samples/candidats.xml", source, diags));
  CHECK(load_candidates_xml(source, candidates, diags));
  CHECK(candidates.size() == 2);
  CHECK(candidates[0].gender == "f");
  for (const auto& d : diags.items()) INFO(format_diagnostic(d));
  CHECK(diags.items().empty());
}

TEST_CASE("XML: malformed", "[data][diagnostics]") {
  expect(errors_of(program, kProgram + "  <competence code=\"01\">\n</programme>\n"),
         "xml.end-element-mismatch", 4, 3);
}

TEST_CASE("XML: the wrong root element", "[data][diagnostics]") {
  expect(errors_of(program, "<referentiel/>"), "xml-root", 1, 1);
}

TEST_CASE("XML: an unknown element, with a suggestion", "[data][diagnostics]") {
  expect(errors_of(program, kProgram + "  <competance code=\"01\"/>\n</programme>"),
         "unknown-element", 3, 3, "vouliez-vous dire « competence » ?");
}

TEST_CASE("XML: an unknown attribute, with a suggestion", "[data][diagnostics]") {
  expect(errors_of(program, kProgram + "  <competence code=\"01\" heurs=\"15\"><enonce>E</enonce>"
                                       "</competence>\n</programme>"),
         "unknown-attribute", 3, 25, "vouliez-vous dire « heures » ?");
}

TEST_CASE("referential: a duplicate competency code", "[data][diagnostics]") {
  const auto found =
      errors_of(program, kProgram +
                             "  <competence code=\"01\"><enonce>A</enonce></competence>\n"
                             "  <competence code=\"01\"><enonce>B</enonce></competence>\n"
                             "</programme>");
  expect(found, "duplicate-code", 4, 15);
  CHECK(acquis::diagnostic_text(found[0]) == "le code « 01 » est déjà utilisé à la ligne 3");
}

TEST_CASE("referential: a competency without its statement", "[data][diagnostics]") {
  expect(errors_of(program, kProgram + "  <competence code=\"02\">\n    <tache>T</tache>\n"
                                       "  </competence>\n</programme>"),
         "missing-text", 3, 3);
}

TEST_CASE("referential: units that do not match the hours", "[data][diagnostics]") {
  const auto found = errors_of(program, kProgram +
                                            "  <competence code=\"03\" heures=\"45\" unites=\"2\">"
                                            "<enonce>C</enonce></competence>\n</programme>");
  expect(found, "units-hours", 3, 37);
  CHECK(acquis::diagnostic_text(found[0]) ==
        "2 unités ne correspondent pas à 45 h (1 unité = 15 h, donc 3 attendues)");
}

TEST_CASE("referential: units are not checked where the level has none", "[data][diagnostics]") {
  CHECK(errors_of(program,
                  "<programme code=\"221.B0\" niveau=\"DEC\"><titre>T</titre>"
                  "<competence code=\"0A1\" heures=\"45\" unites=\"2\"><enonce>C</enonce>"
                  "</competence></programme>")
            .empty());
}

TEST_CASE("referential: a number that is not one", "[data][diagnostics]") {
  expect(errors_of(program, kProgram + "  <competence code=\"04\" heures=\"quinze\">"
                                       "<enonce>C</enonce></competence>\n</programme>"),
         "bad-number", 3, 25);
}

TEST_CASE("referential: an unknown level, with a suggestion", "[data][diagnostics]") {
  expect(errors_of(program, "<programme code=\"5195\" niveau=\"DPE\"><titre>T</titre></programme>"),
         "bad-choice", 1, 24, "vouliez-vous dire « DEP » ?");
}

TEST_CASE("referential: a required attribute missing", "[data][diagnostics]") {
  expect(errors_of(program, "<programme niveau=\"DEP\">\n<titre>T</titre></programme>"),
         "missing-attribute", 1, 1);
}

TEST_CASE("organization: no name, a malformed colour", "[data][diagnostics]") {
  const auto found = errors_of(organization,
                               "<organisation>\n  <courriel>rac@x.example</courriel>\n"
                               "  <couleurs principale=\"bleu\"/>\n</organisation>");
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == "missing-text");
  CHECK(found[0].location.line == 1);
  CHECK(found[1].code == "bad-choice");
  CHECK(found[1].location.line == 3);
  CHECK(found[1].location.column == 13);
}

TEST_CASE("organization: an e-mail address without @", "[data][diagnostics]") {
  expect(errors_of(organization,
                   "<organisation><nom>CSS</nom>\n<courriel>rac.example</courriel>"
                   "</organisation>"),
         "bad-email", 2, 1);
}

TEST_CASE("organization: planning numbers out of their range, in place", "[data][diagnostics]") {
  const auto found = errors_of(organization,
                               "<organisation><nom>CSS</nom><courriel>rac@x.example</courriel>\n"
                               "<delai-retour jours=\"0\"/>\n"
                               "<engagement-specialiste heures=\"2,5\"/></organisation>");
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == "bad-choice");
  CHECK(found[0].location.line == 2);
  CHECK(found[1].location.line == 3);
  Organization o;
  Diagnostics d;
  CHECK(load_organization(SourceText("organisation.xml",
                                     "<organisation><nom>CSS</nom><courriel>rac@x.example"
                                     "</courriel><delai-retour jours=\"30\"/>"
                                     "<engagement-specialiste heures=\"8\"/></organisation>"),
                          o, d));
  CHECK(o.return_days == 30);
  CHECK(o.specialist_hours == 8);
}

TEST_CASE("assessment: an impossible date, an unknown verdict, a bad code permanent",
          "[data][diagnostics]") {
  const auto found = errors_of(assessment,
                               "<dossier code-permanent=\"COTE1234\" programme=\"5195\">\n"
                               "  <autoevaluation date=\"2026-02-30\"/>\n"
                               "  <evaluation competence=\"01\" verdict=\"reussi\"/>\n"
                               "</dossier>");
  REQUIRE(found.size() == 3);
  CHECK(found[0].code == "permanent-code.masked");  // a record is personal data: not quoted
  CHECK(found[0].location.column == 10);
  CHECK(found[0].location.excerpt.empty());
  CHECK(found[1].code == "bad-date.masked");
  CHECK(found[1].location.line == 2);
  CHECK(found[2].code == "bad-choice.masked");
  CHECK(found[2].location.line == 3);
}

TEST_CASE("assessment: the registration form read back, its address's lines kept", "[data]") {
  Diagnostics diags;
  AssessmentRecord r;
  CHECK(load_assessment(
      SourceText("essai.xml",
                 "<dossier code-permanent=\"DIAA15569905\" programme=\"5195\">\n"
                 "  <inscription date=\"2026-12-07\" naissance=\"1995-06-15\" statut=\"resident\""
                 " mere=\"Fatou Diallo\" employeur=\"Acier Rive-Sud inc.\">\n"
                 "    <adresse>12, rue des Érables\nLévis (Québec)</adresse>\n"
                 "    <experience employeur=\"Métal Beauce\" du=\"2019-05-01\"/>\n"
                 "    <joint type=\"piece-identite\"/>\n"
                 "  </inscription>\n</dossier>"),
      r, diags));
  for (const auto& d : diags.items()) INFO(format_diagnostic(d));
  CHECK(r.registration.birth_date == "1995-06-15");
  CHECK(r.registration.status == "resident");
  CHECK(r.registration.address == "12, rue des Érables\nLévis (Québec)");
  REQUIRE(r.registration.jobs.size() == 1);
  CHECK(r.registration.jobs[0].from == "2019-05-01");
  CHECK(r.registration.enclosed == std::vector<std::string>{"piece-identite"});
}

TEST_CASE("assessment: a registration without its date, with a bad birth date and status",
          "[data][diagnostics]") {
  const auto found = errors_of(assessment,
                               "<dossier code-permanent=\"DIAA15569905\" programme=\"5195\">\n"
                               "  <inscription naissance=\"15/06/1995\" statut=\"touriste\">\n"
                               "    <joint type=\"passeport\"/>\n"
                               "  </inscription>\n</dossier>");
  REQUIRE(found.size() == 4);
  CHECK(found[0].code == "missing-attribute");
  CHECK(found[1].code == "bad-date.masked");
  CHECK(found[2].code == "bad-choice.masked");
  CHECK(found[3].code == "bad-choice.masked");
  CHECK(found[3].location.line == 3);
}

TEST_CASE("an unreadable file is reported with its path", "[data][diagnostics]") {
  Diagnostics diags;
  SourceText source("", "");
  CHECK(!read_source("samples/absent.xml", source, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0], acquis::Language::English) ==
        "samples/absent.xml: error: cannot read the file");
}

TEST_CASE("referential: units published as fractions are kept exact", "[data]") {
  Diagnostics diags;
  Program p;
  CHECK(load_program(SourceText("essai.xml",
                                "<programme code=\"5358\" niveau=\"DEP\" heures=\"90\" "
                                "unites=\"6\"><titre>T</titre>\n"
                                "  <competence code=\"01\" heures=\"35\" unites=\"2 1/3\">"
                                "<enonce>A</enonce></competence>\n"
                                "  <competence code=\"02\" heures=\"55\" unites=\"3 2/3\">"
                                "<enonce>B</enonce></competence>\n</programme>"),
                     p, diags));
  for (const auto& d : diags.items()) INFO(format_diagnostic(d));
  CHECK(diags.count() == 0);
  REQUIRE(p.competencies.size() == 2);
  CHECK(p.competencies[0].units_published == "2\u00A01/3");
  CHECK(std::abs(p.competencies[0].units - 7.0 / 3) < 1e-12);
  CHECK(p.competencies[1].units_published == "3\u00A02/3");
  CHECK(p.units_published.empty());
  CHECK(p.units == 6);
}

TEST_CASE("referential: a fraction that is not one is refused", "[data][diagnostics]") {
  for (const char* bad : {"2 4/3", "1/0", "2 1/", "deux/3"})
    expect(errors_of(program, kProgram + "  <competence code=\"01\" unites=\"" + bad +
                                  "\"><enonce>A</enonce></competence>\n</programme>"),
           "bad-number", 3, 25);
}

TEST_CASE("referential: the program's totals are the sums of its competencies",
          "[data][diagnostics]") {
  const auto found = errors_of(program,
                               "<programme code=\"5195\" niveau=\"DEP\" heures=\"60\">\n"
                               "  <titre>T</titre>\n"
                               "  <competence code=\"01\" heures=\"15\" unites=\"1\">"
                               "<enonce>A</enonce></competence>\n"
                               "  <competence code=\"02\" heures=\"30\" unites=\"2\">"
                               "<enonce>B</enonce></competence>\n</programme>");
  expect(found, "program-total", 1, 37);
  CHECK(acquis::diagnostic_text(found[0]) ==
        "le programme compte 60 h, mais ses compétences en totalisent 45 : l’un ou l’autre est à "
        "corriger");
}

TEST_CASE("referential: a competency's context and criteria of its own", "[data]") {
  Diagnostics diags;
  Program p;
  CHECK(load_program(
      SourceText("essai.xml", kProgram + "  <competence code=\"01\">"
                                         "<enonce>A</enonce>\n"
                                         "    <contexte en=\"Alone\">Seul</contexte>\n"
                                         "    <critere en=\"Safely\">En sécurité</critere>\n"
                                         "    <element>E</element>\n"
                                         "  </competence>\n</programme>"),
      p, diags));
  REQUIRE(p.competencies.size() == 1);
  const Competency& c = p.competencies[0];
  REQUIRE(c.context.size() == 1);
  CHECK(c.context[0].in(Language::English) == "Alone");
  REQUIRE(c.criteria.size() == 1);
  CHECK(c.criteria[0].in(Language::French) == "En sécurité");
  CHECK(c.elements.size() == 1);
}

TEST_CASE("certification: an optional competency counts only when the person took it up",
          "[data]") {
  Program p;
  p.code = "243.X0";
  for (const char* code : {"4EF0", "0X23", "0X24"}) {
    p.competencies.emplace_back();
    p.competencies.back().code = code;
  }
  p.competencies[1].status = "choix-etablissement";
  p.competencies[2].status = "optionnelle";
  Candidate person;
  person.number = "2026-0100";
  person.certification_date = "2026-11-30";
  AssessmentRecord record;
  record.verdicts = {{"4EF0", "2026-11-20", "succes", ""}, {"0X23", "2026-11-21", "succes", ""}};
  CHECK(certification_of(person, &p, &record).certified());
  // Reviewed at the interview, the optional competency must then be passed.
  record.outcomes.push_back({"0X24", false, ""});
  const Certification taken = certification_of(person, &p, &record);
  CHECK_FALSE(taken.certified());
  CHECK(taken.without_success == std::vector<std::string>{"0X24"});
  // A competency recognized by equivalence counts as passed, without a verdict.
  record.exemptions.push_back({"0X24", "equivalence", "2026-09-01", {}});
  CHECK(certification_of(person, &p, &record).certified());
  record.exemptions.clear();
  // The competency chosen by the institution is required like a compulsory one.
  record.outcomes.clear();
  record.verdicts.pop_back();
  CHECK(certification_of(person, &p, &record).without_success == std::vector<std::string>{"0X23"});
}

TEST_CASE("certification: a semi-skilled trade needs its three parts complete", "[data]") {
  Program p;
  p.code = "FMS-8142";
  p.level = "CFMS";
  p.competencies.emplace_back();
  p.competencies.back().code = "T1";
  Candidate person;
  person.number = "2026-0101";
  person.certification_date = "2026-11-30";
  AssessmentRecord record;
  record.verdicts = {{"T1", "2026-11-20", "succes", ""}};
  // The trade passed, nothing said of the other two parts: both are still to do.
  Certification c = certification_of(person, &p, &record);
  CHECK_FALSE(c.certified());
  CHECK(c.contradicted());
  CHECK(c.without_success.empty());
  CHECK(c.incomplete_parts == kCertificateParts);
  CHECK(c.parts_keyword() == "les_deux");
  record.parts.push_back({"formation-generale", "reussi", "2026-10-01", {}, 0});
  record.parts.push_back({"preparation-marche-travail", "en-cours", "", {}, 0});
  c = certification_of(person, &p, &record);
  CHECK(c.incomplete_parts == std::vector<std::string>{"preparation-marche-travail"});
  CHECK(c.parts_keyword() == "preparation_marche_travail");
  record.parts.back().status = "reconnu";
  CHECK(certification_of(person, &p, &record).certified());
  // Another level has no such parts.
  p.level = "DEP";
  record.parts.clear();
  CHECK(certification_of(person, &p, &record).certified());
}

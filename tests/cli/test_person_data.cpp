// A person's rights over their data (issue 15): exporter gives everything the folder holds,
// columns the model does not know and records whose person left the list included; effacer
// removes it from every file, leaves every other byte as it was, and journals the act without
// naming the person.
#include "tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace acquis;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kAcquis = ACQUIS_CLI;

test::CommandResult acquis_run(const std::string& arguments) {
  return test::run(kAcquis + " " + arguments);
}

const std::string kHeader =
    "prenom;nom;code_permanent;programme;date_naissance;notes_conseillere\n";
const std::string kEloise =
    "Éloïse;Côté-Bérubé;COTE12345678;5195;1998-03-14;\"Disponible le soir; préfère le courriel\"\n";
const std::string kAmina = "Amina;Diallo;DIAA15569905;5195;1995-07-02;\n";

std::string folder_with_extra_columns(const std::string& name) {
  const std::string dir = test::copy_of_samples(name);
  fs::remove(dir + "/candidats.xml");
  std::ofstream(dir + "/candidats.csv", std::ios::binary) << kHeader << kEloise << kAmina;
  return dir;
}

}  // namespace

TEST_CASE("person data: exporter gives the columns the model does not know, and the record's text",
          "[cli][privacy]") {
  const std::string dir = folder_with_extra_columns("export-colonnes");
  const auto result = acquis_run("exporter --donnees " + dir + " --candidat COTE12345678");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const json exported = json::parse(result.out);
  CHECK(exported.at("format") == "acquis-donnees-personnelles/2");
  const json& entry = exported.at("sources").at("listes").at(0);
  CHECK(entry.at("fichier") == "candidats.csv");
  CHECK(entry.at("rangee") == 2);
  CHECK(entry.at("champs").at("date_naissance") == "1998-03-14");
  CHECK(entry.at("champs").at("notes_conseillere") == "Disponible le soir; préfère le courriel");
  const json& record = exported.at("sources").at("dossiers").at(0);
  CHECK(record.at("fichier") == "dossiers/COTE12345678.xml");
  CHECK(record.at("contenu") == test::read_file(dir + "/dossiers/COTE12345678.xml"));
  CHECK(result.out.find("Amina") == std::string::npos);
}

TEST_CASE("person data: exporter finds a record whose person has left the list", "[cli][privacy]") {
  const std::string dir = folder_with_extra_columns("export-parti");
  std::ofstream(dir + "/candidats.csv", std::ios::binary) << kHeader << kAmina;
  const auto result = acquis_run("exporter --donnees " + dir + " --candidat COTE12345678");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const json exported = json::parse(result.out);
  CHECK(exported.at("sources").at("listes").empty());
  CHECK(exported.at("sources")
            .at("dossiers")
            .at(0)
            .at("contenu")
            .get<std::string>()
            .find("COTE12345678") != std::string::npos);
}

TEST_CASE("person data: effacer asks for confirmation, then removes the person from every file",
          "[cli][privacy]") {
  const std::string dir = test::copy_of_samples("effacer");
  const std::string csv = test::read_file(dir + "/candidats.csv");
  const std::string xml = test::read_file(dir + "/candidats.xml");
  REQUIRE(csv.find("COTE12345678") != std::string::npos);
  REQUIRE(xml.find("COTE12345678") != std::string::npos);

  const auto asked = acquis_run("effacer --donnees " + dir + " --candidat COTE12345678");
  CHECK(asked.exit_code == 2);
  CHECK(asked.err.find("candidats.csv, rangée 2") != std::string::npos);
  CHECK(asked.err.find("dossiers/COTE12345678.xml") != std::string::npos);
  CHECK(asked.err.find("--confirmer") != std::string::npos);
  CHECK(test::read_file(dir + "/candidats.csv") == csv);
  CHECK(fs::exists(dir + "/dossiers/COTE12345678.xml"));

  fs::permissions(dir + "/candidats.csv", fs::perms::owner_read | fs::perms::owner_write);
  const auto erased = acquis_run("effacer --donnees " + dir +
                                 " --candidat COTE12345678 --confirmer --par Conseillère-RAC");
  INFO(erased.err);
  REQUIRE(erased.exit_code == 0);
  // Rewritten with the permissions it had: a list kept private stays private.
  CHECK(fs::status(dir + "/candidats.csv").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write));
  // The row alone is gone: every other byte of the list is as it was.
  const std::size_t row = csv.find("Éloïse;Côté-Bérubé;COTE12345678");
  const std::string expected = csv.substr(0, row) + csv.substr(csv.find('\n', row) + 1);
  CHECK(test::read_file(dir + "/candidats.csv") == expected);
  // In the XML list too: the element's lines go, nothing else moves.
  const std::size_t element = xml.find("  <candidat prenom=\"Éloïse\"");
  const std::size_t element_end = xml.find("/>\n", element) + 3;
  CHECK(test::read_file(dir + "/candidats.xml") ==
        xml.substr(0, element) + xml.substr(element_end));
  CHECK_FALSE(fs::exists(dir + "/dossiers/COTE12345678.xml"));
  // The journal says when and by whom, never who.
  const std::string journal = test::read_file(dir + "/journal.log");
  CHECK(journal.find("effacement d’une personne : 2 entrées de liste, 1 dossier ; par "
                     "Conseillère-RAC") != std::string::npos);
  CHECK(journal.find("COTE") == std::string::npos);
  CHECK(journal.find("Éloïse") == std::string::npos);
  // The folder is still whole, and the person is no longer in it.
  CHECK(acquis_run("verifier --donnees " + dir).exit_code == 0);
  CHECK(acquis_run("exporter --donnees " + dir + " --candidat COTE12345678").exit_code == 2);
  CHECK(acquis_run("effacer --donnees " + dir + " --candidat COTE12345678 --confirmer").exit_code ==
        2);
}

TEST_CASE("person data: the former versions of a dossier (acquis lire) are given and erased",
          "[cli][privacy]") {
  const std::string dir = test::copy_of_samples("effacer-versions");
  fs::create_directories(dir + "/dossiers/versions");
  const std::string kept = dir + "/dossiers/versions/COTE12345678-20261207-101500.xml";
  fs::copy_file(dir + "/dossiers/COTE12345678.xml", kept);
  fs::copy_file(dir + "/dossiers/DIAA15569905.xml",
                dir + "/dossiers/versions/DIAA15569905-20261207-101500.xml");
  const auto exported = acquis_run("exporter --donnees " + dir + " --candidat COTE12345678");
  REQUIRE(exported.exit_code == 0);
  const json records = json::parse(exported.out).at("sources").at("dossiers");
  REQUIRE(records.size() == 2);
  CHECK(records.at(1).at("fichier") == "dossiers/versions/COTE12345678-20261207-101500.xml");
  const auto erased =
      acquis_run("effacer --donnees " + dir + " --candidat COTE12345678 --confirmer");
  INFO(erased.err);
  REQUIRE(erased.exit_code == 0);
  CHECK_FALSE(fs::exists(kept));
  CHECK(fs::exists(dir + "/dossiers/versions/DIAA15569905-20261207-101500.xml"));
}

TEST_CASE("person data: a Windows-1252 list comes back in UTF-8, the others' names intact",
          "[cli][privacy]") {
  const std::string dir = test::copy_of_samples("effacer-1252");
  fs::remove(dir + "/candidats.xml");
  // "Éloïse Côté-Bérubé" and "Gagnon" as a Windows-1252 spreadsheet writes them.
  std::ofstream(dir + "/candidats.csv", std::ios::binary)
      << "prenom;nom;code_permanent;programme\n"
      << "\xC9lo\xEFse;C\xF4t\xE9-B\xE9rub\xE9;COTE12345678;5195\n"
      << "Ren\xE9;Gagnon;GAGJ01019912;5195\n";
  const auto erased =
      acquis_run("effacer --donnees " + dir + " --candidat COTE12345678 --confirmer");
  INFO(erased.err);
  REQUIRE(erased.exit_code == 0);
  CHECK(test::read_file(dir + "/candidats.csv") ==
        "\xEF\xBB\xBFprenom;nom;code_permanent;programme\nRené;Gagnon;GAGJ01019912;5195\n");
  // A UTF-8 list with a byte-order mark keeps it.
  const auto again =
      acquis_run("effacer --donnees " + dir + " --candidat GAGJ01019912 --confirmer");
  CHECK(again.exit_code == 0);
  CHECK(test::read_file(dir + "/candidats.csv") ==
        "\xEF\xBB\xBFprenom;nom;code_permanent;programme\n");
  std::ofstream(dir + "/candidats.csv", std::ios::binary)
      << "\xEF\xBB\xBFprenom;nom;code_permanent;programme\nRené;Gagnon;GAGJ01019912;5195\n";
  const auto other = acquis_run("exporter --donnees " + dir + " --candidat GAGJ01019912");
  CHECK(other.exit_code == 0);
  CHECK(other.out.find("\"prenom\": \"René\"") != std::string::npos);
}

TEST_CASE("person data: a record that does not parse is still the person's, given and erased",
          "[cli][privacy]") {
  const std::string dir = test::copy_of_samples("effacer-dossier-casse");
  const std::string path = dir + "/dossiers/COTE12345678.xml";
  std::string broken = test::read_file(path);
  broken.replace(broken.rfind("</dossier>"), 10, "</dossie");
  std::ofstream(path, std::ios::binary) << broken;
  const auto exported = acquis_run("exporter --donnees " + dir + " --candidat COTE12345678");
  CHECK(exported.out.find("dossiers/COTE12345678.xml") != std::string::npos);
  const auto erased =
      acquis_run("effacer --donnees " + dir + " --candidat COTE12345678 --confirmer");
  INFO(erased.err);
  CHECK(erased.exit_code == 0);
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("person data: a list that cannot be read erases nothing", "[cli][privacy]") {
  const std::string dir = test::copy_of_samples("effacer-illisible");
  std::ofstream(dir + "/candidats.csv", std::ios::binary)
      << "prenom;nom;code_permanent;programme\nÉloïse;\"Côté;COTE12345678;5195\n";
  const auto refused =
      acquis_run("effacer --donnees " + dir + " --candidat COTE12345678 --confirmer");
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("rien n’a été effacé") != std::string::npos);
  CHECK(fs::exists(dir + "/dossiers/COTE12345678.xml"));
}

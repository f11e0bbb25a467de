// One person's entry of a list of people changed or added from a registration form: every
// other byte of the list as it was, the file's delimiter, line breaks and encoding kept.
#include "app/people_lists.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace acquis::app;
namespace fs = std::filesystem;

namespace {

fs::path list_file(const std::string& name, const std::string& text) {
  const fs::path dir = fs::temp_directory_path() / "acquis-person-list";
  fs::create_directories(dir);
  const fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

PersonEntry amina(const std::string& phone) {
  return {"DIAA15569905",
          {{"prenom", "Amina"},
           {"nom", "Diallo"},
           {"code_permanent", "DIAA15569905"},
           {"genre", "f"},
           {"courriel", ""},
           {"telephone", phone}}};
}

}  // namespace

TEST_CASE("person list: a CSV row changed in place, the others byte for byte", "[app][list]") {
  const std::string before =
      "prenom;nom;code_permanent;telephone;notes\r\n"
      "Éloïse;Côté;COTE12345678;418 555-0101;\"dit « oui »; rappeler\"\r\n"
      "Amina;Diallo;DIAA15569905;418 555-0103;\r\n";
  ListChange change;
  REQUIRE(list_with_person(list_file("a.csv", before), amina("418 555-0199"), change));
  CHECK_FALSE(change.added);
  CHECK(change.changed == std::vector<std::string>{"telephone", "genre"});
  CHECK(change.text ==
        "prenom;nom;code_permanent;telephone;notes;genre\r\n"
        "Éloïse;Côté;COTE12345678;418 555-0101;\"dit « oui »; rappeler\";\r\n"
        "Amina;Diallo;DIAA15569905;418 555-0199;;f\r\n");
}

TEST_CASE("person list: nothing changes when the form says what the list says", "[app][list]") {
  const std::string before =
      "prenom,nom,code_permanent,telephone,genre\nAmina,Diallo,DIAA15569905,418 555-0103,f\n";
  ListChange change;
  REQUIRE(list_with_person(list_file("b.csv", before), amina("418 555-0103"), change));
  CHECK(change.changed.empty());
  CHECK_FALSE(change.added);
  CHECK(change.text == before);
}

TEST_CASE("person list: a new person added at the end, quoted where the delimiter needs it",
          "[app][list]") {
  const std::string before =
      "prenom,nom,code_permanent,telephone,genre\nÉloïse,Côté,COTE12345678,,f";
  PersonEntry entry = amina("418 555-0199, poste 12");
  ListChange change;
  REQUIRE(list_with_person(list_file("c.csv", before), entry, change));
  CHECK(change.added);
  CHECK(change.text == before + "\nAmina,Diallo,DIAA15569905,\"418 555-0199, poste 12\",f\n");
}

TEST_CASE("person list: a Windows-1252 list comes back in UTF-8 with its mark", "[app][list]") {
  const std::string before =
      "prenom;nom;code_permanent\nJos\xE9"
      "e;Rivard;RIVJ12538801\n";
  ListChange change;
  REQUIRE(list_with_person(list_file("d.csv", before), amina(""), change));
  CHECK(
      change.text ==
      "\xEF\xBB\xBF"
      "prenom;nom;code_permanent;genre\nJosée;Rivard;RIVJ12538801;\nAmina;Diallo;DIAA15569905;f\n");
}

TEST_CASE("person list: a missing list is begun with the entry's columns", "[app][list]") {
  const fs::path path = fs::temp_directory_path() / "acquis-person-list" / "none.csv";
  fs::remove(path);
  ListChange change;
  REQUIRE(list_with_person(path, amina("418 555-0199"), change));
  CHECK(change.added);
  CHECK(change.text ==
        "prenom;nom;code_permanent;genre;telephone\nAmina;Diallo;DIAA15569905;f;418 555-0199\n");
}

TEST_CASE("person list: a list with a broken row is not changed", "[app][list]") {
  const std::string before = "prenom;nom;code_permanent\nAmina;Diallo\n";
  ListChange change;
  CHECK_FALSE(list_with_person(list_file("e.csv", before), amina("1"), change));
}

TEST_CASE("person list: an XML entry changed, its child element kept a child", "[app][list]") {
  const std::string before =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- liste -->\n<candidats>\n"
      "  <candidat prenom=\"Éloïse\" nom=\"Côté\"\n            code-permanent=\"COTE12345678\"/>\n"
      "  <candidat prenom=\"Amina\" nom=\"Diallo\" genre=\"f\">\n"
      "    <code-permanent>DIAA15569905</code-permanent><telephone>418 555-0103</telephone>\n"
      "  </candidat>\n</candidats>\n";
  ListChange change;
  REQUIRE(list_with_person(list_file("f.xml", before), amina("418 555-0199"), change));
  CHECK(change.changed == std::vector<std::string>{"telephone"});
  CHECK(
      change.text ==
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- liste -->\n<candidats>\n"
      "  <candidat prenom=\"Éloïse\" nom=\"Côté\"\n            code-permanent=\"COTE12345678\"/>\n"
      "  <candidat prenom=\"Amina\" nom=\"Diallo\" genre=\"f\">\n"
      "    <code-permanent>DIAA15569905</code-permanent><telephone>418 555-0199</telephone>\n"
      "  </candidat>\n</candidats>\n");
}

TEST_CASE("person list: a new XML entry indented as the others", "[app][list]") {
  const std::string before =
      "<candidats>\n    <candidat prenom=\"Éloïse\" nom=\"Côté\" "
      "code-permanent=\"COTE12345678\"/>\n"
      "</candidats>\n";
  ListChange change;
  REQUIRE(list_with_person(list_file("g.xml", before), amina(""), change));
  CHECK(change.added);
  CHECK(change.text ==
        "<candidats>\n    <candidat prenom=\"Éloïse\" nom=\"Côté\" "
        "code-permanent=\"COTE12345678\"/>\n"
        "    <candidat prenom=\"Amina\" nom=\"Diallo\" code-permanent=\"DIAA15569905\" "
        "genre=\"f\"/>\n"
        "</candidats>\n");
}

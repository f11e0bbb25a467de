// Bad input, class 4: where the output goes. A device or a link to one is written in place,
// never replaced by a file; every write error says its cause and exits 1, standard output too.
#include "bad_input.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

const std::string kProduce =
    std::string(ACQUIS_CLI) +
    " produire attestation --donnees samples --programme 5195 --candidat COTE12345678 ";

bool is_character_device(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISCHR(info.st_mode);
}

}  // namespace

TEST_CASE("bad input / outputs: a full device, directly or through a link, stays a device") {
  REQUIRE(is_character_device("/dev/full"));
  const std::string link = acquis::test::output_dir() + "/lien-plein";
  fs::remove(link);
  fs::create_symlink("/dev/full", link);
  for (const std::string& target : {std::string("/dev/full"), link}) {
    for (const bool merged : {false, true}) {
      const std::string command =
          merged ? std::string(ACQUIS_CLI) + " lot attestation --donnees samples --fusion " + target
                 : kProduce + "-o " + target;
      const auto french = acquis::test::run(command);
      INFO(command << "\n" << french.err);
      CHECK(french.exit_code == 1);
      CHECK(french.err.find("impossible d’écrire " + target + " : le disque est plein") !=
            std::string::npos);
      const auto english = acquis::test::run(command + " --anglais");
      CHECK(english.err.find("cannot write " + target) != std::string::npos);
      CHECK(is_character_device("/dev/full"));
      CHECK(fs::is_symlink(link));
    }
  }
}

TEST_CASE("bad input / outputs: standard output that cannot be written is an error") {
  for (const std::string& command :
       {kProduce + "-o -",
        std::string(ACQUIS_CLI) + " exporter --donnees samples --candidat COTE12345678 -o -",
        std::string(ACQUIS_CLI) + " registre --donnees samples"}) {
    const auto result = acquis::test::run(command + " > /dev/full");
    INFO(command << "\n" << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("impossible d’écrire sur la sortie standard : le disque est plein") !=
          std::string::npos);
  }
}

TEST_CASE("bad input / outputs: a folder where a file should go, and a folder that is missing") {
  const std::string folder = acquis::test::output_dir() + "/un-dossier.pdf";
  fs::create_directories(folder);
  auto result = acquis::test::run(kProduce + "-o " + folder);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("impossible d’écrire " + folder + " : c’est un dossier") !=
        std::string::npos);
  CHECK(fs::is_directory(folder));
  result = acquis::test::run(kProduce + "-o /nulle/part/a.pdf --anglais");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("cannot write /nulle/part/a.pdf") != std::string::npos);
}

// A batch spread over machines: `acquis lot … --tranche K/N` renders a slice of the people, the
// same person always in the same slice, and `acquis assembler` joins the slices' merged files
// back into the whole batch's pages, in its order; what is not a slice of one batch is refused.
#include "pdf_checks.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace acquis;
namespace fs = std::filesystem;

namespace {

const std::string kAcquis = ACQUIS_CLI;

test::CommandResult acquis_run(const std::string& arguments) {
  return test::run(kAcquis + " " + arguments);
}

std::vector<std::string> page_texts(const std::string& pdf) {
  std::vector<std::string> texts;
  for (int page = 1, pages = test::page_count(pdf); page <= pages; ++page)
    texts.push_back(test::normalize_text(test::page_text(pdf, page)));
  return texts;
}

// Renders the 16 slices of `document` one after another into `dir`: the files written.
std::vector<std::string> render_slices(const std::string& document, const std::string& data,
                                       const std::string& dir) {
  std::vector<std::string> files;
  for (int k = 1; k <= 16; ++k) {
    const std::string file = dir + "/tranche-" + std::to_string(k) + ".pdf";
    const auto result = acquis_run("lot " + document + " --donnees " + data + " --fusion " + file +
                                   " --tranche " + std::to_string(k) + "/16 --deterministe");
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    if (fs::exists(file)) files.push_back(file);
  }
  return files;
}

std::string joined(const std::vector<std::string>& files) {
  std::string list;
  for (const std::string& file : files) list += " " + file;
  return list;
}

}  // namespace

TEST_CASE("slices: 16 slices assembled give the whole batch's pages, in its order",
          "[cli][slices]") {
  for (const std::string document : {"fiche-suivi", "attestation"}) {
    const std::string dir = test::output_dir() + "/tranches-" + document;
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string whole = dir + "/lot.pdf";
    REQUIRE(
        acquis_run("lot " + document + " --donnees samples --fusion " + whole + " --deterministe")
            .exit_code == 0);
    const std::vector<std::string> slices = render_slices(document, "samples", dir);
    // Reverse order on the command line: the pages' marks decide, not the arguments.
    std::vector<std::string> reversed(slices.rbegin(), slices.rend());
    const std::string assembled = dir + "/assemble.pdf";
    const auto result = acquis_run("assembler -o " + assembled + joined(reversed));
    INFO(document << ": " << result.err);
    REQUIRE(result.exit_code == 0);
    test::check_valid(assembled);
    CHECK(page_texts(assembled) == page_texts(whole));
    // The slices' marks do not stay in the joined file.
    CHECK(test::read_file(assembled).find("/AcquisOrder") == std::string::npos);
    if (slices.size() < 16) CHECK(result.err.find("absente") != std::string::npos);
  }
}

TEST_CASE("slices: a person's slice depends on them alone, and a slice is the same each time",
          "[cli][slices]") {
  const std::string dir = test::output_dir() + "/tranches-stables";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string first = dir + "/a.pdf", again = dir + "/b.pdf";
  for (const std::string& file : {first, again})
    REQUIRE(acquis_run("lot fiche-suivi --donnees samples --fusion " + file +
                       " --tranche 7/16 --deterministe")
                .exit_code == 0);
  CHECK(test::read_file(first) == test::read_file(again));
  // Without the first ten people on the list, the people of slice 7 are still in slice 7.
  const std::string data = dir + "/donnees";
  fs::copy("samples", data, fs::copy_options::recursive);
  std::ifstream in("samples/candidats.csv");
  std::string line, kept;
  for (int n = 0; std::getline(in, line); ++n)
    if (n == 0 || n > 10) kept += line + "\n";
  std::ofstream(data + "/candidats.csv", std::ios::trunc) << kept;
  const std::string fewer = dir + "/moins.pdf";
  REQUIRE(acquis_run("lot fiche-suivi --donnees " + data + " --fusion " + fewer +
                     " --tranche 7/16 --deterministe")
              .exit_code == 0);
  std::set<std::string> before, after;
  for (const std::string& page : page_texts(first)) before.insert(page);
  for (const std::string& page : page_texts(fewer)) after.insert(page);
  for (const std::string& page : after) CHECK(before.count(page) == 1);
  CHECK_FALSE(after.empty());
}

TEST_CASE("slices: what is not a slice of one batch is refused, nothing written", "[cli][slices]") {
  const std::string dir = test::output_dir() + "/tranches-refusees";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto make = [&](const std::string& name, const std::string& slice) {
    const std::string file = dir + "/" + name;
    REQUIRE(acquis_run("lot fiche-suivi --donnees samples --fusion " + file +
                       (slice.empty() ? "" : " --tranche " + slice))
                .exit_code == 0);
    return file;
  };
  const std::string whole = make("lot.pdf", ""), a = make("a.pdf", "1/16"),
                    b = make("b.pdf", "2/8");
  const std::string damaged = dir + "/abime.pdf";
  std::ofstream(damaged) << test::read_file(a).substr(0, 2000);
  const std::string out = dir + "/sortie.pdf";
  struct Case {
    std::string inputs, expected;
  };
  for (const Case& c :
       {Case{whole, "n’est pas une tranche d’un lot"},
        Case{a + " " + a, "la tranche 1 est donnée deux fois"},
        Case{a + " " + b, "lot en 8 tranches"}, Case{damaged, "n’est pas un PDF lisible"},
        Case{dir + "/absent.pdf", "n’est pas un PDF lisible"}}) {
    const auto result = acquis_run("assembler -o " + out + " " + c.inputs);
    INFO(c.inputs << ": " << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(c.expected) != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(fs::exists(out + ".tmp"));
  }
  for (const std::string bad : {"0/16", "17/16", "a/b", "3", "1/20000"}) {
    const auto result =
        acquis_run("lot fiche-suivi --donnees samples --fusion " + out + " --tranche " + bad);
    INFO(bad << ": " << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("n’est pas une tranche") != std::string::npos);
  }
  CHECK(acquis_run("assembler " + a).exit_code == 2);  // no -o
  // A slice that cannot be written is a failure, not a slice where nobody is concerned.
  const auto unwritable = acquis_run("lot fiche-suivi --donnees samples --fusion " + dir +
                                     "/absent/t.pdf --tranche 1/3");
  CHECK(unwritable.exit_code == 1);
  CHECK(unwritable.err.find("aucune personne n’est concernée") == std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

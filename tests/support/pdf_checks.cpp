#include "pdf_checks.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <regex>
#include <sstream>

namespace acquis::test {

std::vector<Word> words(const std::string& pdf) {
  const auto result = run("pdftotext -bbox " + pdf + " -");
  const std::regex pattern(
      R"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<Word> found;
  int page = 0;
  for (std::sregex_iterator it(result.out.begin(), result.out.end(), pattern), end; it != end;
       ++it) {
    if ((*it)[1].length() == 0) {
      ++page;
      continue;
    }
    found.push_back({page, std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                     std::stod((*it)[4]), (*it)[5]});
  }
  return found;
}

std::string page_text(const std::string& pdf, int page) {
  const std::string n = std::to_string(page);
  return run("pdftotext -f " + n + " -l " + n + " " + pdf + " -").out;
}

int page_count(const std::string& pdf) {
  std::smatch match;
  const std::string info = run("pdfinfo " + pdf).out;
  return std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(match[1]) : 0;
}

void check_valid(const std::string& pdf) {
  const auto qpdf = run("qpdf --check " + pdf);
  CHECK(qpdf.exit_code == 0);
  CHECK(qpdf.out.find("No syntax or stream encoding errors found") != std::string::npos);
  for (const std::string& command :
       {"pdftotext " + pdf + " /dev/null", "pdftoppm -r 20 -png " + pdf + " /dev/null",
        "pdffonts " + pdf, "pdfinfo " + pdf}) {
    const auto result = run(command);
    INFO(command);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());  // poppler prints its warnings on stderr
  }
}

void check_fonts_embedded(const std::string& pdf) {
  const auto result = run("pdffonts " + pdf);
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.out);
  std::string line;
  int fonts = 0;
  std::getline(lines, line);
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK(line.find("CID TrueType") != std::string::npos);
    CHECK(line.find("Identity-H") != std::string::npos);
    CHECK(std::regex_search(line, std::regex(R"(^[A-Z]{6}\+)")));
    CHECK(std::regex_search(line, std::regex(R"(yes\s+yes\s+yes)")));  // emb sub uni
    ++fonts;
  }
  CHECK(fonts >= 2);
}

void check_words_on_page(const std::string& pdf, double margin) {
  const std::string info = run("pdfinfo " + pdf).out;
  double width = 0, height = 0;
  const std::size_t at = info.find("Page size:");
  REQUIRE(at != std::string::npos);
  std::sscanf(info.c_str() + at, "Page size: %lf x %lf", &width, &height);
  REQUIRE(width > 0);
  for (const Word& w : words(pdf)) {
    INFO(w.text << " on page " << w.page);
    CHECK(w.x_min >= margin);
    CHECK(w.x_max <= width - margin);
    CHECK(w.y_min >= margin);
    CHECK(w.y_max <= height - margin);
  }
}

}  // namespace acquis::test

// Numbers in PDF operators: short, exact to the decimals asked, never "-0" or an exponent.
#include "pdf/pdf_format.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

std::string number(double value, int decimals = 3) {
  std::string out;
  acquis::pdf::append_number(out, value, decimals);
  return out;
}

}  // namespace

TEST_CASE("pdf numbers: trailing zeros and the decimal point are dropped") {
  CHECK(number(12.5) == "12.5");
  CHECK(number(12.0) == "12");
  CHECK(number(0.125) == "0.125");
  CHECK(number(612) == "612");
  CHECK(number(0.1 + 0.2) == "0.3");
}

TEST_CASE("pdf numbers: rounded to the decimals asked") {
  CHECK(number(1.23456) == "1.235");
  CHECK(number(1.23456, 1) == "1.2");
  CHECK(number(1.25, 0) == "1");
  CHECK(number(2.5, 0) == "3");
  CHECK(number(0.0004) == "0");
  CHECK(number(792.0 - 36.9999) == "755");
}

TEST_CASE("pdf numbers: negatives, and no minus zero") {
  CHECK(number(-3.25) == "-3.25");
  CHECK(number(-0.0001) == "0");
  CHECK(number(-0.0) == "0");
  CHECK(number(-1234.5678, 2) == "-1234.57");
  CHECK(number(-0.05, 1) == "-0.1");
}

TEST_CASE("pdf numbers: large values stay plain, impossible ones write nothing") {
  CHECK(number(14400) == "14400");
  CHECK(number(123456789.5, 1) == "123456789.5");
  CHECK(number(1e300).empty());
}

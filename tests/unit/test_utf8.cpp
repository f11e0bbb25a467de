#include "core/utf8.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

TEST_CASE("utf8 round-trips French and astral characters", "[utf8]") {
  const std::string text = "Œuvre « été » 😀";
  CHECK(utf8::from_u32(utf8::to_u32(text)) == text);
  CHECK(utf8::to_u32("é").size() == 1);
  CHECK(utf8::code_point_name(0x202F) == "U+202F");
}

TEST_CASE("utf8 decoding of invalid bytes yields U+FFFD and moves on", "[utf8]") {
  const std::string bad =
      "a\xC3"
      "b";
  std::size_t pos = 1;
  CHECK(utf8::next(bad, pos) == 0xFFFD);
  CHECK(pos == 2);
}

TEST_CASE("utf8 previous steps back one code point", "[utf8]") {
  const std::string text = "aé";
  std::size_t pos = text.size();
  CHECK(utf8::previous(text, pos) == U'é');
  CHECK(pos == 1);
}

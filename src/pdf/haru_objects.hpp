// How libharu's objects are written, shared by the writers that go past HPDF_SaveToFile: the
// compact one (haru.cpp, object streams) and the one that writes a merged file as it is made
// (haru_stream.cpp).
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <string>

namespace acquis::pdf::haru {

// Where an object is: a byte offset (type 1), or an object stream and an index (type 2).
struct Place {
  int type = 0;
  std::uint64_t where = 0;
  int index = 0;
};

struct ObjectRow {
  std::uint32_t id;
  Place place;
};

bool is_stream(void* object);
// The object's number, without libharu's flags.
std::uint32_t id_of(const void* object);
// An object's value as libharu writes it (its write hooks run), through a reused memory stream.
bool serialise(void* object, HPDF_Stream scratch, std::string& out);
void append_be(std::string& out, std::uint64_t value, int bytes);

}  // namespace acquis::pdf::haru

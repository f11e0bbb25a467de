#include "data/loaders.hpp"

namespace acquis {

const Program* KnownData::program(const std::string& code) const {
  if (programs)
    for (const Program& p : *programs)
      if (p.answers_to(code)) return &p;
  return nullptr;
}

bool KnownData::knows_employer(const std::string& id) const {
  if (employers)
    for (const Employer& e : *employers)
      if (e.id == id) return true;
  return false;
}

}  // namespace acquis

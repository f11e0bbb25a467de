#include "template/value.hpp"

namespace acquis {

bool Value::truthy() const {
  if (const bool* b = boolean()) return *b;
  if (const double* n = number()) return *n != 0;
  if (const std::string* s = text()) return !s->empty();
  if (const List* l = list()) return !l->empty();
  if (const Map* m = map()) return !m->empty();
  return false;
}

const char* Value::type_name() const {
  static const char* const kNames[] = {"null", "boolean", "number", "text", "list", "record"};
  return kNames[data.index()];
}

bool Value::same_as(const Value& other) const {
  if (data.index() != other.data.index()) return false;
  if (number()) return *number() == *other.number();
  if (text()) return *text() == *other.text();
  if (boolean()) return *boolean() == *other.boolean();
  return is_null();
}

}  // namespace acquis

// Values that templates compute with: the data of a document as a tree of maps and lists, plus
// numbers, text and booleans. Maps keep their keys sorted (stable iteration, did-you-mean lists).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace acquis {

struct Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;

struct Value {
  // Lists and maps are shared: copying a value into a loop variable costs nothing.
  std::variant<std::monostate, bool, double, std::string, std::shared_ptr<const List>,
               std::shared_ptr<const Map>>
      data;

  Value() = default;
  Value(bool b) : data(b) {}                      // NOLINT: implicit on purpose
  Value(double n) : data(n) {}                    // NOLINT
  Value(int n) : data(static_cast<double>(n)) {}  // NOLINT
  Value(std::string s) : data(std::move(s)) {}    // NOLINT
  Value(const char* s) : data(std::string(s)) {}  // NOLINT
  Value(List l) : data(std::make_shared<const List>(std::move(l))) {}  // NOLINT
  Value(Map m) : data(std::make_shared<const Map>(std::move(m))) {}    // NOLINT

  bool is_null() const { return data.index() == 0; }
  const bool* boolean() const { return std::get_if<bool>(&data); }
  const double* number() const { return std::get_if<double>(&data); }
  const std::string* text() const { return std::get_if<std::string>(&data); }
  const List* list() const {
    const auto* p = std::get_if<std::shared_ptr<const List>>(&data);
    return p ? p->get() : nullptr;
  }
  const Map* map() const {
    const auto* p = std::get_if<std::shared_ptr<const Map>>(&data);
    return p ? p->get() : nullptr;
  }
  // Empty text, zero, empty lists and maps, false and null are false.
  bool truthy() const;
  // Same type and value (scalars); two nulls are the same, lists and maps never.
  bool same_as(const Value& other) const;
  // The type's key for messages ("text", "record"): the catalogs put it into words.
  const char* type_name() const;
};

}  // namespace acquis

// Template expressions: field paths, literals, comparisons, boolean logic, arithmetic and calls.
//   programme.competences[0].enonce    compte(c.elements) > 8    non candidat ou x == 'a'
// Parsing and evaluation report errors at a byte offset inside the expression; the caller maps
// it to file:line:column. Keywords exist in French and English (et/and, ou/or, non/not,
// vrai/true, faux/false, nul/null).
#pragma once

#include "template/value.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acquis {

struct ExprError {
  std::size_t offset = 0;
  std::string code;  // a code of the diagnostics catalog
  std::vector<std::pair<std::string, std::string>> args;
  std::string suggestion;  // a name close to a misspelt one
};

struct Expr;  // the parsed form
using ExprPtr = std::shared_ptr<const Expr>;

constexpr std::size_t kMaxExpressionLength = 2000;
constexpr int kMaxExpressionDepth = 64;

// Null and `error` filled when the text is not a valid expression.
ExprPtr parse_expression(std::string_view text, ExprError& error);

// What an expression can see: variables by name, and the functions.
class Scope {
 public:
  virtual ~Scope() = default;
  virtual const Value* lookup(std::string_view name) const = 0;
  virtual std::vector<std::string> names() const = 0;
  // Calls a helper (formatting, messages); false with `error` set when unknown or misused.
  virtual bool call(std::string_view name, const std::vector<Value>& args, Value& result,
                    ExprError& error) const = 0;
};

// False with `error` filled on an unknown name or field, or a type error.
bool evaluate(const Expr& expr, const Scope& scope, Value& result, ExprError& error);

}  // namespace acquis

// The parsed form of an expression. Internal to template/.
#pragma once

#include "template/expression.hpp"

namespace acquis {

enum class ExprKind { Literal, Name, Field, Index, Call, Unary, Binary };

struct Expr {
  ExprKind kind = ExprKind::Literal;
  std::size_t offset = 0;  // in the expression text, for messages
  Value literal;
  std::string name;  // variable, field, function or operator
  std::vector<ExprPtr> operands;
};

ExprPtr make_expr(ExprKind kind, std::size_t offset, std::string name,
                  std::vector<ExprPtr> operands);
ExprPtr make_literal(std::size_t offset, Value value);

}  // namespace acquis

// Expression evaluation: names from the scope, fields of maps, list indexes, operators and calls.
#include "core/file_reporter.hpp"
#include "template/expression_ast.hpp"

#include <algorithm>
#include <cmath>

namespace acquis {

namespace {

std::string number_text(double n) {
  if (std::floor(n) == n && std::abs(n) < 1e15) return std::to_string(static_cast<long long>(n));
  std::string s = std::to_string(n);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

bool type_error(const Expr& e, const std::string& op, const Value& a, const Value* b,
                ExprError& error) {
  // The types by key; the catalogs say them in the reader's language.
  error = {e.offset,
           "type-error",
           {{"op", op},
            {"found", std::string(a.type_name())},
            {"second", std::string(b ? b->type_name() : "none")}},
           {}};
  return false;
}

class Evaluator {
 public:
  Evaluator(const Scope& scope, ExprError& error) : scope_(scope), error_(error) {}

  bool eval(const Expr& e, Value& out) {
    switch (e.kind) {
      case ExprKind::Literal:
        out = e.literal;
        return true;
      case ExprKind::Name:
        return name(e, out);
      case ExprKind::Field:
        return field(e, out);
      case ExprKind::Index:
        return index(e, out);
      case ExprKind::Call:
        return call(e, out);
      case ExprKind::Unary:
        return unary(e, out);
      case ExprKind::Binary:
        return binary(e, out);
    }
    return false;
  }

 private:
  bool name(const Expr& e, Value& out) {
    if (const Value* v = scope_.lookup(e.name)) {
      out = *v;
      return true;
    }
    error_ = {e.offset, "unknown-name", {{"name", e.name}}, closest_name(e.name, scope_.names())};
    return false;
  }

  bool field(const Expr& e, Value& out) {
    Value owner;
    if (!eval(*e.operands[0], owner)) return false;
    if (owner.is_null()) {  // a blank document: no candidate, every field of it is empty
      out = Value();
      return true;
    }
    const Map* map = owner.map();
    if (!map) return type_error(e, "." + e.name, owner, nullptr, error_);
    const auto it = map->find(e.name);
    if (it != map->end()) {
      out = it->second;
      return true;
    }
    std::vector<std::string> keys;
    for (const auto& [key, unused] : *map) keys.push_back(key);
    error_ = {e.offset + 1,
              "unknown-field",
              {{"name", e.name}, {"owner", owner_name(*e.operands[0])}},
              closest_name(e.name, keys)};
    return false;
  }

  static std::string owner_name(const Expr& e) {
    if (e.kind == ExprKind::Name) return e.name;
    if (e.kind == ExprKind::Field) return owner_name(*e.operands[0]) + "." + e.name;
    return "…";
  }

  bool index(const Expr& e, Value& out) {
    Value list, position;
    if (!eval(*e.operands[0], list) || !eval(*e.operands[1], position)) return false;
    const List* items = list.list();
    const double* n = position.number();
    if (list.is_null() && n) {  // as a field of null is null: nothing to index, nothing found
      out = Value();
      return true;
    }
    if (!items || !n) return type_error(e, "[ ]", list, &position, error_);
    if (*n < 0 || *n >= static_cast<double>(items->size()) || std::floor(*n) != *n) {
      error_ = {e.offset,
                "index-range",
                {{"index", number_text(*n)}, {"count", std::to_string(items->size())}},
                {}};
      return false;
    }
    out = (*items)[static_cast<std::size_t>(*n)];
    return true;
  }

  bool call(const Expr& e, Value& out) {
    std::vector<Value> args(e.operands.size());
    for (std::size_t i = 0; i < args.size(); ++i)
      if (!eval(*e.operands[i], args[i])) return false;
    if (scope_.call(e.name, args, out, error_)) return true;
    error_.offset = e.offset;
    return false;
  }

  bool unary(const Expr& e, Value& out) {
    Value v;
    if (!eval(*e.operands[0], v)) return false;
    if (e.name == "not") {
      out = Value(!v.truthy());
      return true;
    }
    const double* n = v.number();
    if (!n) return type_error(e, "-", v, nullptr, error_);
    out = Value(-*n);
    return true;
  }

  bool binary(const Expr& e, Value& out) {
    Value a;
    if (!eval(*e.operands[0], a)) return false;
    if (e.name == "and" && !a.truthy()) return (out = Value(false), true);
    if (e.name == "or" && a.truthy()) return (out = Value(true), true);
    Value b;
    if (!eval(*e.operands[1], b)) return false;
    if (e.name == "and" || e.name == "or") return (out = Value(b.truthy()), true);
    if (e.name == "==" || e.name == "!=")
      return (out = Value(a.same_as(b) == (e.name == "==")), true);
    return arithmetic(e, a, b, out);
  }

  bool arithmetic(const Expr& e, const Value& a, const Value& b, Value& out) {
    const double *x = a.number(), *y = b.number();
    const std::string *s = a.text(), *t = b.text();
    if (e.name == "+" && (s || t) && (s || x) && (t || y)) {
      out = Value((s ? *s : number_text(*x)) + (t ? *t : number_text(*y)));
      return true;
    }
    if (s && t && e.name.find_first_of("<>") == 0)
      return (out = Value(compare(e.name, s->compare(*t))), true);
    if (!x || !y) return type_error(e, e.name, a, &b, error_);
    if (e.name == "+")
      out = Value(*x + *y);
    else if (e.name == "-")
      out = Value(*x - *y);
    else if (e.name == "*")
      out = Value(*x * *y);
    else if (e.name == "/")
      out = *y == 0 ? Value() : Value(*x / *y);
    else
      out = Value(compare(e.name, *x < *y ? -1 : *x > *y ? 1 : 0));
    return true;
  }

  static bool compare(const std::string& op, int order) {
    if (op == "<") return order < 0;
    if (op == "<=") return order <= 0;
    if (op == ">") return order > 0;
    return order >= 0;
  }

  const Scope& scope_;
  ExprError& error_;
};

}  // namespace

bool evaluate(const Expr& expr, const Scope& scope, Value& result, ExprError& error) {
  return Evaluator(scope, error).eval(expr, result);
}

}  // namespace acquis

// Expression parsing: a lexer and a recursive-descent parser, one function per precedence level
//   or → and → not → comparison → sum → product → unary → postfix (.field [index] (call)) → primary
#include "template/expression_ast.hpp"

#include <cctype>
#include <charconv>

namespace acquis {

namespace {

enum class Tok { Number, String, Name, Punct, End };

struct Token {
  Tok kind = Tok::End;
  std::string text;
  std::size_t offset = 0;
  double number = 0;
};

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  bool next(Token& token, ExprError& error) {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    token = {Tok::End, {}, pos_, 0};
    if (pos_ >= text_.size()) return true;
    const char c = text_[pos_];
    if (std::isdigit(static_cast<unsigned char>(c))) return number(token, error);
    if (c == '\'' || c == '"') return string(token, error);
    if (name_char(c)) {
      while (pos_ < text_.size() && name_char(text_[pos_])) token.text += text_[pos_++];
      token.kind = Tok::Name;
      return true;
    }
    return punct(token, error);
  }

 private:
  bool number(Token& token, ExprError& error) {
    const std::size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.'))
      ++pos_;
    const auto [end, ec] = std::from_chars(text_.data() + start, text_.data() + pos_, token.number);
    if (ec != std::errc() || end != text_.data() + pos_) {
      error = {start, "expr-bad-number", {}, {}};
      return false;
    }
    token.kind = Tok::Number;
    return true;
  }

  bool string(Token& token, ExprError& error) {
    const char quote = text_[pos_++];
    while (pos_ < text_.size() && text_[pos_] != quote) token.text += text_[pos_++];
    if (pos_ >= text_.size()) {
      error = {token.offset, "expr-unclosed-string", {}, {}};
      return false;
    }
    ++pos_;
    token.kind = Tok::String;
    return true;
  }

  bool punct(Token& token, ExprError& error) {
    static const char* const kTwo[] = {"==", "!=", "<=", ">=", "&&", "||"};
    for (const char* op : kTwo)
      if (text_.substr(pos_, 2) == op) {
        token = {Tok::Punct, op, pos_, 0};
        pos_ += 2;
        return true;
      }
    const char c = text_[pos_];
    if (std::string_view("<>+-*/().,[]!").find(c) == std::string_view::npos) {
      error = {pos_, "expr-bad-char", {{"char", std::string(1, c)}}, {}};
      return false;
    }
    token = {Tok::Punct, std::string(1, c), pos_++, 0};
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string keyword(const std::string& word) {
  if (word == "et" || word == "and") return "and";
  if (word == "ou" || word == "or") return "or";
  if (word == "non" || word == "not") return "not";
  return {};
}

class Parser {
 public:
  Parser(std::string_view text, ExprError& error) : lexer_(text), error_(error) {}

  ExprPtr parse() {
    if (!advance()) return nullptr;
    ExprPtr expr = disjunction();
    if (expr && current_.kind != Tok::End) return fail("expr-expected-end");
    return expr;
  }

 private:
  bool advance() { return lexer_.next(current_, error_); }
  bool is(const char* text) const {
    return (current_.kind == Tok::Punct || current_.kind == Tok::Name) && current_.text == text;
  }
  bool is_keyword(const char* word) const {
    return current_.kind == Tok::Name && keyword(current_.text) == word;
  }
  ExprPtr fail(const char* code) {
    if (error_.code.empty()) error_ = {current_.offset, code, {}, {}};
    return nullptr;
  }
  ExprPtr binary(std::string op, ExprPtr left, ExprPtr right, std::size_t offset) {
    if (!left || !right) return nullptr;
    return make_expr(ExprKind::Binary, offset, std::move(op), {std::move(left), std::move(right)});
  }
  bool deeper() { return ++depth_ <= kMaxExpressionDepth; }

  ExprPtr disjunction() {
    ExprPtr left = conjunction();
    while (left && (is_keyword("or") || is("||"))) {
      const std::size_t at = current_.offset;
      if (!advance()) return nullptr;
      left = binary("or", left, conjunction(), at);
    }
    return left;
  }

  ExprPtr conjunction() {
    ExprPtr left = negation();
    while (left && (is_keyword("and") || is("&&"))) {
      const std::size_t at = current_.offset;
      if (!advance()) return nullptr;
      left = binary("and", left, negation(), at);
    }
    return left;
  }

  ExprPtr negation() {
    if (!is_keyword("not") && !is("!")) return comparison();
    const std::size_t at = current_.offset;
    if (!deeper()) return fail("expr-too-deep");
    if (!advance()) return nullptr;
    ExprPtr operand = negation();
    return operand ? make_expr(ExprKind::Unary, at, "not", {operand}) : nullptr;
  }

  ExprPtr comparison() {
    ExprPtr left = sum();
    for (const char* op : {"==", "!=", "<=", ">=", "<", ">"})
      if (left && is(op)) {
        const std::size_t at = current_.offset;
        if (!advance()) return nullptr;
        return binary(op, left, sum(), at);
      }
    return left;
  }

  ExprPtr sum() {
    ExprPtr left = product();
    while (left && (is("+") || is("-"))) {
      const std::string op = current_.text;
      const std::size_t at = current_.offset;
      if (!advance()) return nullptr;
      left = binary(op, left, product(), at);
    }
    return left;
  }

  ExprPtr product() {
    ExprPtr left = unary();
    while (left && (is("*") || is("/"))) {
      const std::string op = current_.text;
      const std::size_t at = current_.offset;
      if (!advance()) return nullptr;
      left = binary(op, left, unary(), at);
    }
    return left;
  }

  ExprPtr unary() {
    if (!is("-")) return postfix(primary());
    const std::size_t at = current_.offset;
    if (!deeper()) return fail("expr-too-deep");
    if (!advance()) return nullptr;
    ExprPtr operand = unary();
    return operand ? make_expr(ExprKind::Unary, at, "-", {operand}) : nullptr;
  }

  ExprPtr postfix(ExprPtr expr) {
    while (expr) {
      const std::size_t at = current_.offset;
      if (is(".")) {
        if (!advance()) return nullptr;
        if (current_.kind != Tok::Name) return fail("expr-expected-field");
        expr = make_expr(ExprKind::Field, at, current_.text, {expr});
        if (!advance()) return nullptr;
      } else if (is("[")) {
        expr = index(expr, at);
      } else {
        return expr;
      }
    }
    return expr;
  }

  ExprPtr index(ExprPtr list, std::size_t at) {
    if (!deeper()) return fail("expr-too-deep");
    if (!advance()) return nullptr;
    ExprPtr position = disjunction();
    if (!position) return nullptr;
    if (!is("]")) return fail("expr-expected-bracket");
    if (!advance()) return nullptr;
    return make_expr(ExprKind::Index, at, "", {list, position});
  }

  ExprPtr primary() {
    const Token token = current_;
    if (token.kind == Tok::End) return fail("expr-expected-value");
    if (token.kind == Tok::Number || token.kind == Tok::String) {
      if (!advance()) return nullptr;
      return make_literal(token.offset,
                          token.kind == Tok::Number ? Value(token.number) : Value(token.text));
    }
    if (is("(")) return parenthesized();
    if (token.kind != Tok::Name || !keyword(token.text).empty()) return fail("expr-expected-value");
    if (!advance()) return nullptr;
    if (token.text == "vrai" || token.text == "true")
      return make_literal(token.offset, Value(true));
    if (token.text == "faux" || token.text == "false")
      return make_literal(token.offset, Value(false));
    if (token.text == "nul" || token.text == "null") return make_literal(token.offset, Value());
    if (is("(")) return call(token);
    return make_expr(ExprKind::Name, token.offset, token.text, {});
  }

  ExprPtr parenthesized() {
    if (!deeper()) return fail("expr-too-deep");
    if (!advance()) return nullptr;
    ExprPtr inner = disjunction();
    if (!inner) return nullptr;
    if (!is(")")) return fail("expr-expected-paren");
    if (!advance()) return nullptr;
    return inner;
  }

  ExprPtr call(const Token& name) {
    if (!deeper()) return fail("expr-too-deep");
    if (!advance()) return nullptr;
    std::vector<ExprPtr> args;
    while (!is(")")) {
      ExprPtr arg = disjunction();
      if (!arg) return nullptr;
      args.push_back(arg);
      if (is(",")) {
        if (!advance()) return nullptr;
      } else if (!is(")")) {
        return fail("expr-expected-comma");
      }
    }
    if (!advance()) return nullptr;
    return make_expr(ExprKind::Call, name.offset, name.text, std::move(args));
  }

  Lexer lexer_;
  ExprError& error_;
  Token current_;
  int depth_ = 0;
};

}  // namespace

ExprPtr make_expr(ExprKind kind, std::size_t offset, std::string name,
                  std::vector<ExprPtr> operands) {
  auto expr = std::make_shared<Expr>();
  expr->kind = kind;
  expr->offset = offset;
  expr->name = std::move(name);
  expr->operands = std::move(operands);
  return expr;
}

ExprPtr make_literal(std::size_t offset, Value value) {
  auto expr = std::make_shared<Expr>();
  expr->kind = ExprKind::Literal;
  expr->offset = offset;
  expr->literal = std::move(value);
  return expr;
}

ExprPtr parse_expression(std::string_view text, ExprError& error) {
  if (text.size() > kMaxExpressionLength) {
    error = {0, "expr-too-long", {{"max", std::to_string(kMaxExpressionLength)}}, {}};
    return nullptr;
  }
  return Parser(text, error).parse();
}

}  // namespace acquis

// The expression language on its own: parsing, evaluation, errors at their offsets.
#include "template/expression.hpp"

#include <catch2/catch.hpp>

using namespace acquis;

namespace {

class TestScope : public Scope {
 public:
  Map vars{{"programme", Map{{"titre", "Soudage"},
                             {"heures", 1800},
                             {"competences", List{Map{{"code", "01"}}, Map{{"code", "02"}}}}}},
           {"vide", Value()}};
  const Value* lookup(std::string_view name) const override {
    const auto it = vars.find(name);
    return it == vars.end() ? nullptr : &it->second;
  }
  std::vector<std::string> names() const override { return {"programme", "vide"}; }
  bool call(std::string_view name, const std::vector<Value>& args, Value& out,
            ExprError& error) const override {
    if (name == "compte" && args.size() == 1 && args[0].list()) {
      out = Value(static_cast<double>(args[0].list()->size()));
      return true;
    }
    error = {0, "unknown-function", {{"name", std::string(name)}}, {}};
    return false;
  }
};

Value eval(const std::string& text) {
  ExprError error;
  const ExprPtr expr = parse_expression(text, error);
  INFO(text << " → " << error.code << " at " << error.offset);
  REQUIRE(expr);
  Value out;
  REQUIRE(evaluate(*expr, TestScope{}, out, error));
  return out;
}

ExprError failure(const std::string& text) {
  ExprError error;
  const ExprPtr expr = parse_expression(text, error);
  Value out;
  if (expr) CHECK(!evaluate(*expr, TestScope{}, out, error));
  return error;
}

}  // namespace

TEST_CASE("expressions: paths, indexes, arithmetic, comparison and logic", "[expression]") {
  CHECK(*eval("programme.titre").text() == "Soudage");
  CHECK(*eval("programme.competences[1].code").text() == "02");
  CHECK(*eval("compte(programme.competences) * 2 + 1").number() == 5);
  CHECK(*eval("programme.heures / 15").number() == 120);
  CHECK(*eval("programme.heures >= 1800 et non vide").boolean());
  CHECK(*eval("1 < 2 and 'a' < 'b' or faux").boolean());
  CHECK(*eval("'Compétence ' + programme.competences[0].code").text() == "Compétence 01");
  CHECK(*eval("-(2 - 5)").number() == 3);
  CHECK(eval("vide.champ").is_null());  // a blank document: fields of nothing are nothing
  CHECK(*eval("vide == nul").boolean());
}

TEST_CASE("expressions: errors at their offset, with suggestions", "[expression]") {
  ExprError e = failure("programme.titer");
  CHECK(e.code == "unknown-field");
  CHECK(e.offset == 10);
  CHECK(e.suggestion == "titre");
  e = failure("programm.titre");
  CHECK(e.code == "unknown-name");
  CHECK(e.suggestion == "programme");
  e = failure("programme.heures + ");
  CHECK(e.code == "expr-expected-value");
  CHECK(e.offset == 19);
  e = failure("(1 + 2");
  CHECK(e.code == "expr-expected-paren");
  e = failure("'texte");
  CHECK(e.code == "expr-unclosed-string");
  e = failure("programme.titre * 2");
  CHECK(e.code == "type-error");
  CHECK(e.offset == 16);
  e = failure("programme.competences[5]");
  CHECK(e.code == "index-range");
  e = failure("1 # 2");
  CHECK(e.code == "expr-bad-char");
  CHECK(e.offset == 2);
  CHECK(failure(std::string(3000, '1')).code == "expr-too-long");
  CHECK(failure(std::string(100, '(') + "1" + std::string(100, ')')).code == "expr-too-deep");
}

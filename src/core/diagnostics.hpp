// Where every stage reports problems; stages keep going where they can.
#pragma once

#include <acquis/diagnostic.hpp>

#include <string>
#include <vector>

namespace acquis {

class Diagnostics {
 public:
  // `code` is a message id of the interface catalogs (locales/interface/).
  void error(std::string code, MessageArgs args = {}, std::string source = {}) {
    items_.push_back(
        {Severity::Error, std::move(code), std::move(args), std::move(source), {}, {}});
  }
  void warning(std::string code, MessageArgs args = {}, std::string source = {}) {
    items_.push_back(
        {Severity::Warning, std::move(code), std::move(args), std::move(source), {}, {}});
  }
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  std::size_t count() const { return items_.size(); }
  bool has_errors() const { return acquis::has_errors(items_); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> take() { return std::move(items_); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace acquis

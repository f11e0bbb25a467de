// The state of one template evaluation: files (the template and its includes), variables, the
// message catalogs, limits, and how expression errors become positioned diagnostics.
// Internal to template/.
#pragma once

#include <acquis/templates.hpp>

#include "core/diagnostics.hpp"
#include "i18n/catalog.hpp"
#include "template/expression.hpp"
#include "xml/xml_file.hpp"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace acquis {

constexpr int kMaxIncludeDepth = 8;
constexpr std::size_t kMaxIterations = 100000;  // all loops of one render together

class TemplateRun : public Scope {
 public:
  TemplateRun(const TemplateOptions& options, const Catalogs& catalogs, Diagnostics& diags,
              Map globals);
  ~TemplateRun();  // parsed files go back to the cache, if any
  TemplateRun(const TemplateRun&) = delete;
  TemplateRun& operator=(const TemplateRun&) = delete;

  const TemplateOptions& options() const { return options_; }
  Diagnostics& diags() const { return diags_; }  // helpers called from const scopes warn too
  const Catalogs& catalogs() const { return catalogs_; }

  // The template itself, or an include named by `name` from `from` (null when missing or
  // outside the template directories, reported at `at`).
  XmlFile* open_root(const std::string& path);
  // `key`: the canonical path, under which a cache keeps the parsed file.
  std::unique_ptr<XmlFile> load(const std::string& path, const std::string& key);
  std::string canonical(const std::string& path) const;
  XmlFile* open_include(const std::string& name, XmlFile& from, pugi::xml_node at);

  // Variables: a frame per element that may declare some (soit), searched from the innermost.
  void push_frame() { frames_.emplace_back(); }
  void pop_frame() { frames_.pop_back(); }
  void set(const std::string& name, Value value) { frames_.back()[name] = std::move(value); }

  const Value* lookup(std::string_view name) const override;
  std::vector<std::string> names() const override;
  bool call(std::string_view name, const std::vector<Value>& args, Value& result,
            ExprError& error) const override;

  // An attribute holding an expression (dans, test, valeur); false when it fails (reported).
  bool evaluate_attribute(XmlFile& file, pugi::xml_node node, const char* name, Value& out);
  // Text with {expressions} (an attribute value, or a text node): false when one fails.
  // `fields`, when given, gets the expressions whose values went into `out`.
  bool interpolate(XmlFile& file, std::string_view text, std::size_t offset, std::string& out,
                   std::vector<std::string>* fields = nullptr);
  bool interpolate_attribute(XmlFile& file, pugi::xml_node node, const char* name,
                             std::string& out);
  // A value as document text: numbers in the document's locale, null as nothing.
  std::string to_text(const Value& value) const;

  // Counts one loop iteration; false (reported) past the limit.
  bool count_iteration(XmlFile& file, pugi::xml_node at);
  int include_depth = 0;

  // "fichier.xml:12" for a node: the source blocks carry, for layout errors.
  std::string where(XmlFile& file, pugi::xml_node node) const;

 private:
  // `text` starts `decoded_start` characters into the decoded text found at `raw_start`.
  bool evaluate_text(XmlFile& file, std::string_view text, std::size_t raw_start,
                     std::size_t decoded_start, Value& out);
  void report(XmlFile& file, std::size_t offset, const ExprError& error);

  const TemplateOptions& options_;
  const Catalogs& catalogs_;
  Diagnostics& diags_;
  Map globals_;
  std::vector<Map> frames_;
  std::map<std::string, std::unique_ptr<XmlFile>> files_;
  // Expressions inside loops are met again and again: each text is parsed once per run.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_map<std::string, ExprPtr, TextHash, std::equal_to<>> parsed_;
  std::size_t iterations_ = 0;
  bool iteration_limit_reported_ = false;
};

}  // namespace acquis

#include "template/template_run.hpp"

#include "core/messages.hpp"

#include "i18n/formats.hpp"
#include "template/template_cache.hpp"

#include <cmath>
#include <filesystem>

namespace acquis {

namespace fs = std::filesystem;

TemplateRun::TemplateRun(const TemplateOptions& options, const Catalogs& catalogs,
                         Diagnostics& diags, Map globals)
    : options_(options), catalogs_(catalogs), diags_(diags), globals_(std::move(globals)) {
  globals_["aujourdhui"] = options.today;
  globals_["specimen"] = options.specimen;
  globals_["remplissable"] = options.fillable;
  frames_.emplace_back();
}

TemplateRun::~TemplateRun() {
  if (!options_.cache) return;
  for (auto& [key, file] : files_) {
    if (!file) continue;
    file->stop_reporting();  // its last count goes to this build's diagnostics
    options_.cache->give_back(key, std::move(file));
  }
}

std::string TemplateRun::canonical(const std::string& path) const {
  return options_.cache ? options_.cache->canonical(path) : fs::weakly_canonical(path).string();
}

std::unique_ptr<XmlFile> TemplateRun::load(const std::string& path, const std::string& key) {
  if (!options_.cache) return XmlFile::load(path, diags_);
  if (auto file = options_.cache->take_parsed(key)) {
    file->report_to(diags_);
    return file;
  }
  SourceText source("", "");
  if (!options_.cache->source(path, source, diags_)) return nullptr;
  return XmlFile::parse(std::move(source), diags_);
}

XmlFile* TemplateRun::open_root(const std::string& path) {
  const std::string key = canonical(path);
  auto& slot = files_[key];
  if (!slot) slot = load(path, key);
  return slot.get();
}

// Includes are resolved from the including file's folder and must stay inside one of the
// template directories: a template cannot read other files of the machine.
XmlFile* TemplateRun::open_include(const std::string& name, XmlFile& from, pugi::xml_node at) {
  const std::string target =
      canonical((fs::path(from.source().file()).parent_path() / name).string());
  bool inside = false;
  for (const std::string& dir : options_.template_directories)
    inside = inside || target.rfind(canonical(dir) + "/", 0) == 0;
  if (!inside) {
    from.report().error("include-outside", from.offset(at, "fichier"), {{"name", name}});
    return nullptr;
  }
  auto& slot = files_[target];
  if (!slot) {
    if (!fs::is_regular_file(target)) {
      from.report().error("include-missing", from.offset(at, "fichier"), {{"name", name}});
      return nullptr;
    }
    slot = load(target, target);
  }
  return slot.get();
}

const Value* TemplateRun::lookup(std::string_view name) const {
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame)
    if (const auto it = frame->find(name); it != frame->end()) return &it->second;
  const auto it = globals_.find(name);
  return it == globals_.end() ? nullptr : &it->second;
}

std::vector<std::string> TemplateRun::names() const {
  std::vector<std::string> out;
  for (const auto& [name, unused] : globals_) out.push_back(name);
  for (const Map& frame : frames_)
    for (const auto& [name, unused] : frame) out.push_back(name);
  return out;
}

std::string TemplateRun::to_text(const Value& value) const {
  if (const std::string* s = value.text()) return *s;
  if (const double* n = value.number()) return format_number(*n, options_.language);
  if (const bool* b = value.boolean())
    return message(*b ? "template.yes" : "template.no", options_.language);
  return {};
}

bool TemplateRun::evaluate_text(XmlFile& file, std::string_view text, std::size_t raw_start,
                                std::size_t decoded_start, Value& out) {
  ExprError error;
  ExprPtr expr;
  if (const auto it = parsed_.find(text); it != parsed_.end()) {
    expr = it->second;
  } else {
    expr = parse_expression(text, error);
    if (expr) parsed_.emplace(text, expr);
  }
  if (expr && evaluate(*expr, *this, out, error)) return true;
  error.offset += decoded_start;
  report(file, raw_start, error);
  return false;
}

// pugixml hands out text with entities decoded ("&gt;" is ">"): offsets into that text are
// walked back onto the file, an entity counting as one character.
static std::size_t raw_offset(const std::string& raw, std::size_t start, std::size_t decoded) {
  std::size_t pos = start;
  for (std::size_t i = 0; i < decoded && pos < raw.size(); ++i) {
    if (raw[pos] == '&') {
      const std::size_t end = raw.find(';', pos);
      pos = end == std::string::npos ? pos + 1 : end + 1;
    } else {
      ++pos;
    }
  }
  return pos;
}

void TemplateRun::report(XmlFile& file, std::size_t offset, const ExprError& error) {
  MessageArgs args;
  for (const auto& [name, value] : error.args) args.push_back({name, value});
  file.report().error(error.code, raw_offset(file.source().text(), offset, error.offset), args,
                      error.suggestion);
}

bool TemplateRun::evaluate_attribute(XmlFile& file, pugi::xml_node node, const char* name,
                                     Value& out) {
  const pugi::xml_attribute a = node.attribute(name);
  if (!a) {
    file.attribute(node, name, true);  // reports it missing
    return false;
  }
  std::string_view text = a.value();
  if (text.size() >= 2 && text.front() == '{' && text.back() == '}')  // braces are optional here
    return evaluate_text(file, text.substr(1, text.size() - 2), file.value_offset(node, name), 1,
                         out);
  return evaluate_text(file, text, file.value_offset(node, name), 0, out);
}

bool TemplateRun::interpolate(XmlFile& file, std::string_view text, std::size_t offset,
                              std::string& out, std::vector<std::string>* fields) {
  bool ok = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      out += '}';
      ++i;
      continue;
    }
    if (text[i] != '{') {
      out += text[i];
      continue;
    }
    const std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) {
      file.report().error("expr-unclosed-brace", raw_offset(file.source().text(), offset, i));
      return false;
    }
    Value value;
    const std::string_view expression = text.substr(i + 1, close - i - 1);
    if (evaluate_text(file, expression, offset, i + 1, value))
      out += to_text(value);
    else
      ok = false;
    if (fields) fields->push_back(fold_white_space(expression));
    i = close;
  }
  return ok;
}

bool TemplateRun::interpolate_attribute(XmlFile& file, pugi::xml_node node, const char* name,
                                        std::string& out) {
  return interpolate(file, node.attribute(name).value(), file.value_offset(node, name), out);
}

bool TemplateRun::count_iteration(XmlFile& file, pugi::xml_node at) {
  if (++iterations_ <= kMaxIterations) return true;
  if (!iteration_limit_reported_)
    file.report().error("loop-limit", file.offset(at),
                        {{"max", static_cast<double>(kMaxIterations)}});
  iteration_limit_reported_ = true;
  return false;
}

// Kept on every block: one allocation, no path parsing.
std::string TemplateRun::where(XmlFile& file, pugi::xml_node node) const {
  const std::string& name = file.source().file_name();
  const std::size_t offset = file.offset(node);
  const auto [line, column] = file.source().line_and_column(offset);
  std::string out;
  out.reserve(name.size() + 12);
  return out.append(name)
      .append(1, ':')
      .append(std::to_string(line))
      .append(1, ':')
      .append(std::to_string(column));
}

}  // namespace acquis

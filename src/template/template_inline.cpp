// Inline content: text with {expressions}, b, i, span, lien, br, numero-page, nombre-pages and
// t (a catalog message; its other attributes are the message's arguments).
#include "template/template_builder.hpp"

namespace acquis {

const std::vector<std::string>& inline_element_names() {
  static const std::vector<std::string> names = {"b",  "i",           "span",         "lien",
                                                 "br", "numero-page", "nombre-pages", "t"};
  return names;
}

namespace {

constexpr char kPageMark = '\x01', kCountMark = '\x02';

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// XML whitespace of a text node as single spaces. Afterwards the only line breaks in runs are
// the <br/> ones.
std::string single_spaced(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (!is_space(c))
      out += c;
    else if (out.empty() || out.back() != ' ')
      out += ' ';
  }
  return out;
}

// Across runs: no space at the start of the paragraph, after a space or after a line break,
// none at the end.
void join_spaces(Runs& runs) {
  bool after_space = true;
  for (Run& run : runs) {
    if (run.field != PageField::None) {
      after_space = false;
      continue;
    }
    if (after_space && !run.text.empty() && run.text.front() == ' ') run.text.erase(0, 1);
    if (!run.text.empty()) after_space = run.text.back() == ' ' || run.text.back() == '\n';
  }
  for (auto it = runs.rbegin(); it != runs.rend() && it->field == PageField::None; ++it) {
    while (!it->text.empty() && it->text.back() == ' ') it->text.pop_back();
    if (!it->text.empty()) break;
  }
  std::erase_if(runs, [](const Run& r) { return r.text.empty() && r.field == PageField::None; });
}

}  // namespace

void TemplateBuilder::runs(XmlFile& file, pugi::xml_node parent, const Run& base, Runs& out) {
  ++inline_depth_;
  walk(file, parent, [&](XmlFile& f, pugi::xml_node node) {
    if (node.type() == pugi::node_element) return inline_element(f, node, base, out);
    Run run = base;
    run.text.clear();
    run.source = run_.where(f, node);
    run_.interpolate(f, node.value(), f.offset(node), run.text, &run.data_fields);
    run.text = single_spaced(run.text);
    out.push_back(std::move(run));
  });
  if (--inline_depth_ == 0) join_spaces(out);
}

void TemplateBuilder::inline_element(XmlFile& file, pugi::xml_node node, const Run& base,
                                     Runs& out) {
  const std::string name = node.name();
  Run run = base;
  run.text.clear();
  run.source = run_.where(file, node);
  std::vector<std::string> allowed = style_attribute_names();
  if (name == "lien") allowed.push_back("href");
  if (name == "span") allowed.push_back("langue");
  if (name == "t") return message_runs(file, node, base, out);
  if (name == "b")
    run.style.bold = true;
  else if (name == "i")
    run.style.italic = true;
  else if (name == "numero-page")
    run.field = PageField::PageNumber;
  else if (name == "nombre-pages")
    run.field = PageField::PageCount;
  else if (name == "br")
    run.text.assign(1, '\n');
  else if (name != "span" && name != "lien") {
    file.report().error("unknown-element", file.offset(node),
                        {{"name", name}, {"parent", std::string(node.parent().name())}},
                        file.report().did_you_mean(name, inline_element_names()));
    return;
  }
  file.check_attributes(node, allowed);
  text_style(file, node, run.style);
  if (node.attribute("classe")) run_.interpolate_attribute(file, node, "classe", run.style_class);
  if (name == "lien") run_.interpolate_attribute(file, node, "href", run.link);
  if (node.attribute("langue")) run_.interpolate_attribute(file, node, "langue", run.lang);
  if (run.field != PageField::None || name == "br") {
    out.push_back(std::move(run));
    return;
  }
  runs(file, node, run, out);
}

// <t id="…" n="{compte(x)}" genre="{candidat.genre}"/>; {page} and {total} in the message
// become the page number and count.
void TemplateBuilder::message_runs(XmlFile& file, pugi::xml_node node, const Run& base, Runs& out) {
  const std::string id = file.attribute(node, "id", true);
  MessageArgs args{{"page", std::string(1, kPageMark)}, {"total", std::string(1, kCountMark)}};
  std::vector<std::string> fields;  // the arguments given from data
  for (pugi::xml_attribute a : node.attributes()) {
    const std::string name = a.name();
    if (name == "id") continue;
    Value value;
    const std::string_view raw = a.value();
    if (raw.size() > 2 && raw.front() == '{' && raw.back() == '}' &&
        raw.find('{', 1) == std::string_view::npos) {
      if (!run_.evaluate_attribute(file, node, name.c_str(), value)) continue;
      if (const double* n = value.number())
        args.push_back({name, *n});
      else
        args.push_back({name, run_.to_text(value)});
    } else {
      std::string text;
      run_.interpolate_attribute(file, node, name.c_str(), text);
      args.push_back({name, text});
    }
    if (raw.find('{') != std::string_view::npos) fields.push_back(name);
  }
  if (id.empty()) return;
  const auto text = run_.catalogs().format(run_.options().language, id, args, run_.diags());
  if (!text) {
    file.report().error("unknown-message", file.offset(node, "id"), {{"name", id}},
                        file.report().did_you_mean(id, run_.catalogs().ids()));
    return;
  }
  Run run = base;
  run.source = run_.where(file, node);
  run.text.clear();
  for (std::string& field : fields) run.data_fields.push_back(id + " " + field);
  for (char c : *text) {
    if (c != kPageMark && c != kCountMark) {
      run.text += c;
      continue;
    }
    out.push_back(run);
    Run field = run;
    field.text.clear();
    field.field = c == kPageMark ? PageField::PageNumber : PageField::PageCount;
    out.push_back(field);
    run.text.clear();
  }
  out.push_back(std::move(run));
}

}  // namespace acquis

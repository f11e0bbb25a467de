// Tables and form elements of templates.
#include "template/template_builder.hpp"
#include "template/template_values.hpp"

#include <algorithm>
#include <cmath>

namespace acquis {

using template_values::AttributeReader;

namespace {

std::string plain(const Runs& runs) {
  std::string text;
  for (const Run& r : runs) text += r.text;
  return text;
}

std::optional<std::vector<block::Column>> parse_columns(const std::string& spec) {
  std::vector<block::Column> columns;
  std::size_t pos = 0;
  while (pos < spec.size()) {
    const std::size_t end = std::min(spec.find(' ', pos), spec.size());
    const std::string word = spec.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (word == "auto") {
      columns.push_back(block::Column::automatic());
    } else if (word.back() == '*') {
      const auto weight = parse_length(word.size() == 1 ? "1" : word.substr(0, word.size() - 1));
      if (!weight || weight->unit != Unit::Pt) return std::nullopt;
      columns.push_back(block::Column::proportional(weight->value));
    } else if (const auto width = parse_length(word)) {
      columns.push_back(block::Column::fixed(*width));
    } else {
      return std::nullopt;
    }
  }
  return columns;
}

// A form element's field attributes: nom (the field's name), description (said by a screen
// reader), valeur (a radio button's value in the group `nom`) and libelle (what it says),
// type="date", texte (a text field's opening text). Read only for a
// fillable document; a printed one draws the element alone.
const std::vector<std::string> kFieldAttributes = {"nom",  "description", "valeur",
                                                   "type", "texte",       "libelle"};

std::vector<std::string> with_field(std::vector<std::string> names) {
  names.insert(names.end(), kFieldAttributes.begin(), kFieldAttributes.end());
  return names;
}

}  // namespace

block::FormField TemplateBuilder::form_field(XmlFile& file, pugi::xml_node node) {
  block::FormField field;
  if (!run_.options().fillable || !node.attribute("nom")) return field;
  AttributeReader read(run_, file, node);
  // A period separates the parts of a PDF field's name: one in the data (a college program's
  // code, "EEC.9X") is written as an underscore.
  field.name = read.text("nom");
  std::replace(field.name.begin(), field.name.end(), '.', '_');
  field.description = read.text("description");
  field.option = read.text("valeur");
  field.label = read.text("libelle");
  field.date = read.text("type") == "date";
  field.value = read.text("texte");
  // A date field says the form of a date it expects.
  if (field.date)
    field.description = run_.catalogs()
                            .format(run_.options().language, "champ.date.format",
                                    {{"n", field.description}}, run_.diags())
                            .value_or(field.description);
  if (field.name.empty())
    file.report().error("bad-field-name", file.offset(node, "nom"), {{"value", field.name}});
  return field;
}

// <tableau colonnes="3* auto 2cm" entetes="1" suite="…"><rangee><cellule fusion="2">…
// `suite`: the line above the header rows repeated on a new page; the message tableau.suite
// ("(suite)") by default. `mise-en-page="oui"`: a table that only places things side by side
// (not read as a table); `<cellule entete="oui">`: the label of its row.
block::Table TemplateBuilder::table(XmlFile& file, pugi::xml_node node) {
  file.check_attributes(node, with_style({"colonnes", "entetes", "suite", "mise-en-page"}));
  AttributeReader read(run_, file, node);
  block::Table table;
  style_of(file, node, table);
  if (node.attribute("colonnes")) {
    const std::string spec = read.text("colonnes");
    if (auto columns = parse_columns(spec))
      table.columns = std::move(*columns);
    else
      file.report().error("bad-columns", file.offset(node, "colonnes"), {{"value", spec}});
  }
  table.header_rows = static_cast<int>(read.number("entetes").value_or(0));
  table.layout_only = read.text("mise-en-page") == "oui";
  table.continued = node.attribute("suite")
                        ? read.text("suite")
                        : run_.catalogs()
                              .format(run_.options().language, "tableau.suite", {}, run_.diags())
                              .value_or("");
  each(file, node, "rangee", [&](XmlFile& f, pugi::xml_node row_node) {
    f.check_attributes(row_node, with_style({}));
    block::Row row;
    style_of(f, row_node, row);
    each(f, row_node, "cellule", [&](XmlFile& g, pugi::xml_node cell_node) {
      g.check_attributes(cell_node, with_style({"fusion", "entete"}));
      block::Cell cell;
      style_of(g, cell_node, cell);
      AttributeReader cell_read(run_, g, cell_node);
      cell.colspan = static_cast<int>(cell_read.number("fusion").value_or(1));
      cell.row_header = cell_read.text("entete") == "oui";
      content(g, cell_node, cell.content);
      row.cells.push_back(std::move(cell));
    });
    table.rows.push_back(std::move(row));
  });
  return table;
}

void TemplateBuilder::form(XmlFile& file, pugi::xml_node node, Blocks& out) {
  const std::string name = node.name();
  AttributeReader read(run_, file, node);
  if (name == "case") {
    file.check_attributes(node, with_field(with_style({"cochee"})));
    block::Checkbox box;
    style_of(file, node, box);
    box.field = form_field(file, node);
    Value checked;
    if (node.attribute("cochee") && run_.evaluate_attribute(file, node, "cochee", checked))
      box.checked = checked.truthy();
    runs(file, node, Run{}, box.label);
    {
      out.emplace_back(std::move(box));
      return;
    }
  }
  if (name == "echelle") {
    file.check_attributes(node, with_style({"selection"}));
    block::RatingScale scale;
    style_of(file, node, scale);
    each(file, node, "choix", [&](XmlFile& f, pugi::xml_node choice) {
      Runs label;
      runs(f, choice, Run{}, label);
      scale.labels.push_back(plain(label));
    });
    Value selected;
    if (node.attribute("selection") && run_.evaluate_attribute(file, node, "selection", selected)) {
      for (std::size_t i = 0; i < scale.labels.size(); ++i)
        if (selected.text() ? *selected.text() == scale.labels[i]
                            : selected.number() && *selected.number() == static_cast<double>(i + 1))
          scale.selected = static_cast<int>(i);
    }
    {
      out.emplace_back(std::move(scale));
      return;
    }
  }
  if (name == "lignes") {
    file.check_attributes(node, with_field(with_style({"nombre", "espacement"})));
    block::WriteIn lines;
    style_of(file, node, lines);
    lines.field = form_field(file, node);
    lines.lines = static_cast<int>(read.number("nombre").value_or(3));
    lines.spacing = read.length("espacement").value_or(lines.spacing);
    runs(file, node, Run{}, lines.label);
    {
      out.emplace_back(std::move(lines));
      return;
    }
  }
  // <saisie>: blank room to write in, inside something already framed (a table's cell); a
  // text field when the document is fillable. texte="…": what it holds already (the person's
  // data), printed as a paragraph when the document is not fillable.
  if (name == "saisie" && !run_.options().fillable && node.attribute("texte")) {
    // The data it names is kept with the text, so that a message about it names the data
    // rather than quote a person's.
    Run text;
    run_.interpolate(file, node.attribute("texte").value(), file.value_offset(node, "texte"),
                     text.text, &text.data_fields);
    if (!text.text.empty()) {
      file.check_attributes(node, with_field(with_style({"hauteur"})));
      block::Paragraph paragraph;
      style_of(file, node, paragraph);
      text.source = paragraph.source;
      paragraph.runs.push_back(std::move(text));
      out.emplace_back(std::move(paragraph));
      return;
    }
  }
  if (name == "champ" || name == "saisie") {
    file.check_attributes(node, with_field(with_style({"hauteur"})));
    block::Field field;
    style_of(file, node, field);
    field.height = read.length("hauteur").value_or(field.height);
    field.framed = name == "champ";
    field.field = form_field(file, node);
    runs(file, node, Run{}, field.label);
    {
      out.emplace_back(std::move(field));
      return;
    }
  }
  if (name == "signatures") {
    file.check_attributes(node, with_style({"etiquette-date", "espace"}));
    block::Signatures signatures;
    style_of(file, node, signatures);
    if (node.attribute("etiquette-date")) signatures.date_label = read.text("etiquette-date");
    signatures.room = read.length("espace").value_or(signatures.room);
    each(file, node, "signataire", [&](XmlFile& f, pugi::xml_node who) {
      f.check_attributes(who, {"nom", "role"});
      AttributeReader person(run_, f, who);
      signatures.signatories.push_back({person.text("nom"), person.text("role")});
    });
    {
      out.emplace_back(std::move(signatures));
      return;
    }
  }
  if (name == "demarche") {
    file.check_attributes(node, with_style({"colonnes", "largeur", "hauteur-etape", "alt"}));
    std::vector<Runs> steps;
    each(file, node, "etape", [&](XmlFile& f, pugi::xml_node step) {
      steps.emplace_back();
      runs(f, step, Run{}, steps.back());
    });
    const double width = read.length("largeur").value_or(pt(468)).to_pt(468);
    const double box_height = read.length("hauteur-etape").value_or(pt(54)).to_pt(54);
    block::Diagram chart = process_chart(
        steps, width, static_cast<int>(read.number("colonnes").value_or(4)), box_height);
    style_of(file, node, chart);
    chart.alt = read.text("alt");
    {
      out.emplace_back(std::move(chart));
      return;
    }
  }
  file.report().error("unknown-element", file.offset(node),
                      {{"name", name}, {"parent", std::string(node.parent().name())}},
                      file.report().did_you_mean(name, block_element_names()));
}

}  // namespace acquis

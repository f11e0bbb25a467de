// The self-assessment booklet: every piece of content comes from BookletData; the wording of
// labels is the booklet's own (French, as W2 specifies).
#include "booklet.hpp"

namespace acquis::samples {

namespace {

constexpr Color kNavy{0.09f, 0.20f, 0.40f};
const std::vector<std::string> kScale = {"Je maîtrise", "Partiellement", "Je ne maîtrise pas"};

block::Paragraph paragraph(Runs runs, std::string style_class = {}) {
  block::Paragraph p;
  p.runs = std::move(runs);
  p.style_class = std::move(style_class);
  return p;
}

block::Heading heading(int level, std::string text, std::string source) {
  block::Heading h;
  h.level = level;
  h.runs = {text_run(std::move(text), std::move(source))};
  return h;
}

block::Cell cell(Blocks content, std::string style_class = {}) {
  block::Cell c;
  c.content = std::move(content);
  c.style_class = std::move(style_class);
  return c;
}

// Styles of this booklet on top of the theme: the cover and the centred checkbox columns.
StyleSheet booklet_styles() {
  StyleSheet styles;
  Style title;
  title.size = 30;
  title.bold = true;
  title.color = kNavy;
  title.leading = percent(115);
  title.space_before = pt(70);
  title.space_after = pt(14);
  title.align = Align::Left;
  title.hyphenate = false;
  styles["cover-title"] = title;
  Style subtitle;
  subtitle.size = 16;
  subtitle.color = kNavy;
  subtitle.align = Align::Left;
  subtitle.space_after = pt(4);
  subtitle.hyphenate = false;
  styles["cover-subtitle"] = subtitle;
  Style organization = subtitle;
  organization.size = 11;
  organization.color = Color{0.35f, 0.35f, 0.37f};
  organization.space_before = pt(36);
  styles["cover-organization"] = organization;
  Style choice;
  choice.align = Align::Center;
  styles["choice"] = choice;
  return styles;
}

block::Table task_table(const Competency& competency) {
  block::Table table;
  table.source = "compétence " + competency.number;
  table.columns = {block::Column::proportional(1), block::Column::fixed(pt(64)),
                   block::Column::fixed(pt(64)), block::Column::fixed(pt(64))};
  table.header_rows = 1;
  block::Row header;
  header.cells.push_back(cell({paragraph({text_run("Tâche")})}));
  for (const std::string& label : kScale)
    header.cells.push_back(cell({paragraph({text_run(label)})}, "choice"));
  table.rows.push_back(std::move(header));
  for (std::size_t i = 0; i < competency.tasks.size(); ++i) {
    block::Row row;
    const std::string source = table.source + ", tâche " + std::to_string(i + 1);
    block::Paragraph task = paragraph({text_run(competency.tasks[i], source)});
    task.style.align = Align::Left;
    row.cells.push_back(cell({std::move(task)}));
    for (std::size_t k = 0; k < kScale.size(); ++k)
      row.cells.push_back(cell({block::Checkbox{}}, "choice"));
    table.rows.push_back(std::move(row));
  }
  return table;
}

void add_cover(const BookletData& data, const BookletOptions& options, Blocks& blocks) {
  if (!options.logo.empty()) {
    block::Image logo;
    logo.path = options.logo;
    logo.width = pt(210);
    blocks.emplace_back(std::move(logo));
  }
  blocks.emplace_back(paragraph({text_run(data.title, "referentiel@titre")}, "cover-title"));
  blocks.emplace_back(paragraph({text_run(data.program, "referentiel@programme"),
                                 text_run(" (" + data.code + ")", "referentiel@code")},
                                "cover-subtitle"));
  blocks.emplace_back(
      paragraph({text_run(data.service, "referentiel@service")}, "cover-organization"));
  blocks.emplace_back(
      paragraph({text_run(data.organization, "referentiel@organisation")}, "cover-subtitle"));
  if (options.full) {
    blocks.emplace_back(block::Spacer{{}, pt(40)});
    block::Field name;
    name.label = {text_run("Nom de la personne candidate")};
    name.height = pt(40);
    blocks.emplace_back(std::move(name));
    block::Field code;
    code.label = {text_run("Code permanent")};
    code.height = pt(40);
    blocks.emplace_back(std::move(code));
  }
  blocks.emplace_back(block::PageBreak{});
}

void add_introduction(const BookletData& data, const BookletOptions& options, Blocks& blocks) {
  blocks.emplace_back(heading(1, "Introduction", "referentiel/intro"));
  for (const std::string& text : data.introduction)
    blocks.emplace_back(paragraph({text_run(text, "referentiel/intro/p")}));
  if (!options.full) return;
  blocks.emplace_back(paragraph({bold_run("Échelle utilisée pour chaque tâche :")}));
  block::RatingScale scale;
  scale.labels = kScale;
  blocks.emplace_back(std::move(scale));
  blocks.emplace_back(paragraph({bold_run("Documents à joindre au cahier :")}));
  block::List list;
  for (const char* item : {"votre curriculum vitæ à jour ;", "vos attestations d'emploi ;",
                           "vos cartes de compétence et relevés de notes ;",
                           "toute lettre d'employeur décrivant les tâches accomplies."})
    list.items.push_back({paragraph({text_run(item)})});
  blocks.emplace_back(std::move(list));
}

const char* const kSteps[] = {"Préparation",
                              "Rencontre de l'employeur",
                              "Accueil des personnes candidates",
                              "Préparation du dossier",
                              "Ouverture du dossier",
                              "Analyse du dossier",
                              "Entrevue de validation",
                              "Déclaration au Ministère",
                              "Observation en entreprise",
                              "Acquisition en entreprise",
                              "Évaluation par le personnel enseignant",
                              "Formation générale, au besoin",
                              "Résultats et demande de sanction",
                              "Clôture du dossier"};

void add_closing(Blocks& blocks, double width) {
  blocks.emplace_back(heading(1, "Schéma de la démarche", "schéma"));
  blocks.emplace_back(
      paragraph({text_run("La reconnaissance des acquis et des compétences suit quatorze étapes, "
                          "de la préparation du service à la clôture du dossier.")}));
  std::vector<Runs> steps;
  for (const char* step : kSteps) steps.push_back({text_run(step)});
  blocks.emplace_back(process_chart(steps, width, 4));
  blocks.emplace_back(heading(1, "Déclaration", "déclaration"));
  block::Paragraph declaration = paragraph({text_run(
      "Je déclare que les renseignements fournis dans ce cahier sont exacts et complets.")});
  declaration.style.keep_with_next = true;
  blocks.emplace_back(std::move(declaration));
  block::Signatures signatures;
  signatures.signatories = {{"", "Personne candidate"},
                            {"", "Conseillère ou conseiller en reconnaissance des acquis"}};
  signatures.style.keep_together = true;
  blocks.emplace_back(std::move(signatures));
}

PageTemplate page_template(const BookletData& data) {
  PageTemplate page;
  block::Paragraph header =
      paragraph({text_run(data.program + " (" + data.code + ")", "referentiel@programme"),
                 text_run(" · " + data.title, "referentiel@titre")});
  header.style.space_after = pt(4);
  page.header = {std::move(header), block::Rule{}};
  page.footer = {
      paragraph({text_run("Page "), page_number_run(), text_run(" de "), page_count_run()})};
  return page;
}

}  // namespace

Document self_assessment_booklet(const BookletData& data, const BookletOptions& options) {
  Section section;
  section.page = page_template(data);
  section.first_page = PageTemplate{};
  Blocks& blocks = section.blocks;
  add_cover(data, options, blocks);
  add_introduction(data, options, blocks);
  for (const Competency& competency : data.competencies) {
    blocks.emplace_back(heading(2, "Compétence " + competency.number + " — " + competency.statement,
                                "compétence " + competency.number));
    blocks.emplace_back(task_table(competency));
  }
  if (options.full) add_closing(blocks, section.page.size.width - 144);
  Document document;
  document.metadata.title = data.title + " — " + data.program;
  document.metadata.subject = data.program + " (" + data.code + ")";
  document.metadata.author = data.organization;
  document.styles = booklet_styles();
  document.sections.emplace_back(std::move(section));
  return document;
}

}  // namespace acquis::samples

#include "sample_documents.hpp"

#include <fstream>
#include <sstream>

namespace acquis::samples {

namespace {

constexpr Color kNavy{0.09f, 0.20f, 0.40f};
constexpr Color kGrey{0.35f, 0.35f, 0.35f};

Span span(std::string text, TextStyle style, std::string source = {}, bool hyphenate = true) {
  return {std::move(text), std::move(style), hyphenate, std::move(source), {}, {}};
}

TextStyle serif(double size, bool bold = false, bool italic = false, Color color = {}) {
  return {"serif", bold, italic, size, color};
}

TextStyle sans(double size, bool bold = false, bool italic = false, Color color = {}) {
  return {"sans", bold, italic, size, color};
}

TextBox centered(double y, double height, std::vector<Span> spans, double x = 90,
                 double width = 612) {
  Paragraph paragraph;
  paragraph.spans = std::move(spans);
  paragraph.align = Align::Center;
  paragraph.hyphenate = false;
  return {{x, y, width, height}, std::move(paragraph)};
}

void signature(FixedPage& page, double x, const std::string& name, const std::string& role) {
  page.items.push_back(LineItem{x, 468, x + 220, 468, 0.6, kGrey});
  page.items.push_back(
      centered(474, 18, {span(name, serif(11, true), "signataire", false)}, x, 220));
  page.items.push_back(
      centered(492, 16, {span(role, sans(9, false, false, kGrey), "rôle")}, x, 220));
}

}  // namespace

Document attestation(const AttestationData& d) {
  FixedPage page{PageSize::letter().landscape(), {}};
  page.items.push_back(BoxItem{{22, 22, 748, 568}, 2.4, kNavy, false, {}});
  page.items.push_back(BoxItem{{30, 30, 732, 552}, 0.7, kNavy, false, {}});
  page.items.push_back(centered(72, 80,
                                {span("Attestation de reconnaissance des acquis et des compétences",
                                      serif(26, true, false, kNavy), "titre")}));
  page.items.push_back(centered(172, 22, {span("Décernée à", serif(14, false, true))}));
  page.items.push_back(centered(
      200, 44,
      {span(d.given_name + " " + d.family_name, serif(30, true), "candidat: nom", false)}));
  page.items.push_back(centered(
      250, 18,
      {span("Code permanent : ", sans(11, false, false, kGrey)),
       span(d.permanent_code, sans(11, false, false, kGrey), "candidat: code permanent", false)}));
  page.items.push_back(centered(
      284, 22, {span("pour avoir démontré la maîtrise des compétences du programme", serif(14))}));
  page.items.push_back(
      centered(310, 52,
               {span(d.trade, serif(18, true), "candidat: métier"),
                span(" (" + d.program_code + ")", serif(18), "programme", false)}));
  page.items.push_back(centered(372, 20, {span("Délivrée le " + d.date_text, serif(12))}));
  signature(page, 136, d.signatory_left, d.role_left);
  signature(page, 436, d.signatory_right, d.role_right);
  page.items.push_back(centered(
      548, 16, {span(d.organization, sans(9, false, false, kGrey), "organisation: nom", false)}));
  Document document;
  document.metadata.title = "Attestation de reconnaissance des acquis et des compétences";
  document.metadata.subject = d.trade;
  document.metadata.author = d.organization;
  document.sections.emplace_back(std::move(page));
  return document;
}

std::vector<TextSection> read_sections(const std::string& path) {
  std::ifstream in(path);
  std::vector<TextSection> sections;
  std::string line, paragraph;
  auto flush = [&] {
    if (!paragraph.empty() && !sections.empty()) sections.back().paragraphs.push_back(paragraph);
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("# ", 0) == 0) {
      flush();
      sections.push_back({line.substr(2), {}});
    } else if (line.empty()) {
      flush();
    } else {
      paragraph += paragraph.empty() ? line : " " + line;
    }
  }
  flush();
  return sections;
}

Document justified_text(const std::vector<TextSection>& sections, const std::string& title) {
  Section flow;
  flow.page.margins = {pt(72), pt(81), pt(72), pt(81)};
  for (const TextSection& section : sections) {
    block::Heading heading;
    heading.runs = {text_run(section.heading, "titre de section")};
    heading.style.family = "sans";
    heading.style.size = 15;
    heading.style.space_before = pt(16);
    heading.style.space_after = pt(8);
    flow.blocks.emplace_back(std::move(heading));
    for (const std::string& text : section.paragraphs) {
      block::Paragraph paragraph;
      paragraph.runs = {text_run(text, "texte-justifie.txt")};
      paragraph.style.family = "serif";
      paragraph.style.size = 11;
      paragraph.style.leading = pt(15);
      flow.blocks.emplace_back(std::move(paragraph));
    }
  }
  Document document;
  document.metadata.title = title;
  document.metadata.subject = "Exemple de texte justifié (contenu inventé)";
  document.metadata.author = "Acquis";
  document.sections.emplace_back(std::move(flow));
  return document;
}

}  // namespace acquis::samples

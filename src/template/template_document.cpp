// The document element: metadata, named styles, page templates (gabarits) and sections.
//   <document titre="…"><styles><style nom="…" taille="…"/></styles>
//     <gabarit nom="principal" format="lettre" marges="2,5cm"><en-tete>…</en-tete>
//       <pied-de-page>…</pied-de-page></gabarit>
//     <section gabarit="principal" premiere-page="couverture" formulaire="oui">…blocks…</section>
//     <page-fixe orientation="paysage">…positioned items…</page-fixe></document>
#include "template/data_values.hpp"
#include "template/template_builder.hpp"
#include "template/template_cache.hpp"
#include "template/template_values.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace acquis {

using template_values::AttributeReader;

namespace {

class DocumentBuilder {
 public:
  DocumentBuilder(TemplateBuilder& builder, Document& document)
      : builder_(builder), run_(builder.run()), document_(document) {}

  void build(XmlFile& file) {
    const pugi::xml_node root = file.root();
    if (!file.expect_root("document")) return;
    file.check_attributes(
        root, {"titre", "sujet", "auteur", "mots-cles", "requiert", "archive", "formulaire"});
    if (!required_data(file, root)) return;
    AttributeReader read(run_, file, root);
    Metadata& metadata = document_.metadata;
    metadata.title = read.text("titre");
    metadata.author = read.text("auteur");
    metadata.subject = read.text("sujet");
    metadata.keywords = read.text("mots-cles");
    metadata.language = language_tag(run_.options().language);
    // A document that is kept (a certificate) is PDF/A by default.
    document_.metadata.archival = run_.options().archival || read.text("archive") == "oui";
    if (run_.options().fillable && !fillable_form(file, read.text("formulaire") == "oui")) return;
    builder_.walk(file, root, [&](XmlFile& f, pugi::xml_node node) { part(f, node); });
    if (run_.options().specimen)
      document_.watermark =
          run_.catalogs()
              .format(run_.options().language, "specimen.filigrane", {}, run_.diags())
              .value_or("SPÉCIMEN");
  }

 private:
  // requiert="…": what the document cannot do without. Data (programme, candidat, dossier) is
  // reported as what to give on the command line rather than as empty text; a step of the
  // dossier (entrevue: the validation interview held; entrevue-prevue: planned and not held
  // yet; certifie: the person certified) as the reason the document does not concern the
  // person (yet, or any more).
  bool required_data(XmlFile& file, pugi::xml_node root) {
    // candidats, employeurs: the lists (present, maybe empty), named so that a broken file
    // they come from blocks the document (app::lists_people).
    static const std::set<std::string> kData = {"programme", "candidat", "dossier", "candidats",
                                                "employeurs"};
    static const std::set<std::string> kSteps = {"entrevue", "entrevue-prevue", "certifie"};
    bool ok = true;
    std::vector<std::string> steps;
    std::istringstream names(root.attribute("requiert").value());
    for (std::string name; names >> name;) {
      if (kSteps.count(name)) {
        steps.push_back(name);
      } else if (!kData.count(name)) {
        file.report().error(
            "bad-choice", file.offset(root, "requiert"),
            {{"value", name},
             {"name", std::string("requiert")},
             {"choices",
              std::string("programme, candidat, dossier, candidats, employeurs, entrevue, "
                          "entrevue-prevue, certifie")}});
        ok = false;
      } else if (!present(name)) {
        missing(file, name);
        ok = false;
      }
    }
    // A step is judged only on the data it is about: its absence was said above. A specimen
    // is made at any step.
    if (run_.options().specimen) return ok;
    for (const std::string& step : steps)
      if (ok)
        ok = step == "certifie"   ? certified(file)
             : step == "entrevue" ? interviewed(file)
                                  : interview_planned(file);
    return ok;
  }

  // formulaire="oui": the document can be a PDF form; the form names what it is for, so that
  // `acquis lire` knows where its answers go.
  bool fillable_form(XmlFile& file, bool declared) {
    const std::string document = document_name(file);
    if (!declared) {
      run_.diags().error("not-fillable", {{"document", document}}, document);
      return false;
    }
    Metadata::Form& form = document_.metadata.form;
    form.document = document;
    form.description =
        run_.catalogs()
            .format(run_.options().language, "formulaire.identifiant", {}, run_.diags())
            .value_or(document);
    form.program = text_of("programme", "code");
    form.person = text_of("candidat", "code_permanent");
    return true;
  }

  std::string text_of(std::string_view data, const std::string& key) const {
    const Value* value = run_.lookup(data);
    const Map* map = value ? value->map() : nullptr;
    const auto entry = map ? map->find(key) : Map::const_iterator{};
    return map && entry != map->end() && entry->second.text() ? *entry->second.text() : "";
  }

  // Said of the document, not of a line of its template: the data is what lacks.
  void missing(XmlFile& file, const std::string& name) {
    const std::string document = document_name(file);
    run_.diags().error("missing-data", {{"name", name}}, document);
  }

  bool present(const std::string& name) const {
    const Value* value = run_.lookup(name);
    return value && !value->is_null();
  }

  std::string document_name(XmlFile& file) const {
    return std::filesystem::path(file.source().file()).stem().string();
  }

  // The person is certified, or the document is refused saying why: no sanction yet, or the
  // competencies whose latest verdict is not a success.
  bool certified(XmlFile& file) {
    const Map* person = present("candidat") ? run_.lookup("candidat")->map() : nullptr;
    if (!person) {
      missing(file, "candidat");
      return false;
    }
    const Map& certification = *person->at("certification").map();
    if (certification.at("certifie").truthy()) return true;
    const List& missing = *certification.at("sans_succes").list();
    const std::string document = document_name(file);
    run_.diags().error(
        "not-certified",
        {{"document", document},
         {"count", static_cast<double>(missing.size())},
         {"codes", *certification.at("codes_sans_succes").text()},
         {"volets", *certification.at("mot_volets").text()},
         {"sanction", std::string(certification.at("sanction").truthy() ? "oui" : "non")}},
        document);
    return false;
  }

  // The validation interview has been held: the dossier gives its date.
  bool interviewed(XmlFile& file) {
    const Map* record = present("dossier") ? run_.lookup("dossier")->map() : nullptr;
    if (!record) {
      missing(file, "dossier");
      return false;
    }
    if (record->at("date_entrevue").truthy()) return true;
    const std::string document = document_name(file);
    run_.diags().error("not-interviewed", {{"document", document}}, document);
    return false;
  }

  // The validation interview has a planned date (step 7) and has not been held yet.
  bool interview_planned(XmlFile& file) {
    const Map* record = present("dossier") ? run_.lookup("dossier")->map() : nullptr;
    if (!record) {
      missing(file, "dossier");
      return false;
    }
    const std::string document = document_name(file);
    if (record->at("date_entrevue").truthy()) {
      run_.diags().error("interview-held", {{"document", document}}, document);
      return false;
    }
    const Map& interview = *run_.lookup("etapes")->list()->at(6).map();
    if (interview.at("prevue").truthy()) return true;
    run_.diags().error("interview-not-planned", {{"document", document}}, document);
    return false;
  }

  void part(XmlFile& file, pugi::xml_node node) {
    if (node.type() != pugi::node_element) return;
    const std::string name = node.name();
    if (name == "styles") return styles(file, node);
    if (name == "gabarit") return page_template(file, node);
    if (name == "section") return section(file, node);
    if (name == "page-fixe") {
      document_.sections.emplace_back(builder_.fixed_page(file, node));
      return;
    }
    file.report().error(
        "unknown-element", file.offset(node), {{"name", name}, {"parent", std::string("document")}},
        file.report().did_you_mean(name, {"styles", "gabarit", "section", "page-fixe"}));
  }

  void styles(XmlFile& file, pugi::xml_node node) {
    builder_.each(file, node, "style", [&](XmlFile& f, pugi::xml_node s) {
      f.check_attributes(s, with_style({"nom"}));
      const std::string name = f.attribute(s, "nom", true);
      Style style;
      builder_.text_style(f, s, style);
      if (!name.empty()) document_.styles[name].merge(style);
    });
  }

  void page_template(XmlFile& file, pugi::xml_node node) {
    file.check_names(node,
                     {"nom", "format", "orientation", "marges", "marge-haut", "marge-bas",
                      "marge-gauche", "marge-droite", "en-tete-haut", "pied-bas"},
                     {"en-tete", "pied-de-page"});
    AttributeReader read(run_, file, node);
    PageTemplate t;
    t.size = template_values::page_size(read);
    if (const auto all = read.length("marges")) t.margins = {*all, *all, *all, *all};
    t.margins.top = read.length("marge-haut").value_or(t.margins.top);
    t.margins.bottom = read.length("marge-bas").value_or(t.margins.bottom);
    t.margins.left = read.length("marge-gauche").value_or(t.margins.left);
    t.margins.right = read.length("marge-droite").value_or(t.margins.right);
    t.header_top = read.length("en-tete-haut").value_or(t.header_top);
    t.footer_bottom = read.length("pied-bas").value_or(t.footer_bottom);
    if (pugi::xml_node header = node.child("en-tete")) builder_.blocks(file, header, t.header);
    if (pugi::xml_node footer = node.child("pied-de-page")) builder_.blocks(file, footer, t.footer);
    const std::string name = file.attribute(node, "nom", true);
    templates_[name] = std::move(t);
  }

  const PageTemplate* find_template(XmlFile& file, pugi::xml_node node, const char* attribute) {
    const std::string name = node.attribute(attribute).value();
    if (name.empty()) return nullptr;
    const auto it = templates_.find(name);
    if (it != templates_.end()) return &it->second;
    std::vector<std::string> known;
    for (const auto& [key, unused] : templates_) known.push_back(key);
    file.report().error("bad-choice", file.offset(node, attribute),
                        {{"value", name},
                         {"name", std::string(attribute)},
                         {"choices", std::string("<gabarit nom=…>")}},
                        file.report().did_you_mean(name, known));
    return nullptr;
  }

  void section(XmlFile& file, pugi::xml_node node) {
    file.check_attributes(node, {"gabarit", "premiere-page", "formulaire"});
    Section section;
    AttributeReader read(run_, file, node);
    section.form = read.flag("formulaire").value_or(false);
    section.source = run_.where(file, node);
    if (const PageTemplate* t = find_template(file, node, "gabarit")) section.page = *t;
    if (const PageTemplate* t = find_template(file, node, "premiere-page")) section.first_page = *t;
    builder_.blocks(file, node, section.blocks);
    document_.sections.emplace_back(std::move(section));
  }

  TemplateBuilder& builder_;
  TemplateRun& run_;
  Document& document_;
  std::map<std::string, PageTemplate> templates_;
};

}  // namespace

bool build_document(const std::string& template_path, const TemplateData& data,
                    const TemplateOptions& options, Document& document,
                    std::vector<Diagnostic>& diagnostics) {
  Diagnostics diags;
  std::shared_ptr<const Catalogs> catalogs;
  if (options.cache) {
    catalogs = options.cache->catalogs(options.locales_directory, diags);
  } else {
    auto own = std::make_shared<Catalogs>();
    own->load(options.locales_directory, diags);
    catalogs = std::move(own);
  }
  {
    Map scope = data_scope(data, options.language, options.cache.get());
    // The template's own name: what the organization's form codes are filed under.
    scope["gabarit"] = std::filesystem::path(template_path).stem().string();
    TemplateRun run(options, *catalogs, diags, std::move(scope));
    if (XmlFile* file = run.open_root(template_path)) {
      TemplateBuilder builder(run);
      DocumentBuilder(builder, document).build(*file);
    }
  }  // files report their last counts as they close
  const bool ok = !diags.has_errors();
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return ok;
}

}  // namespace acquis

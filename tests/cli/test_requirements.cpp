// What ../shared/guides/documents.md asks each document to carry, checked by the text it prints:
// for every document, in French and in English, each requirement that applies, for a person at
// a step where it does (a semi-skilled trade for its three parts, an evaluated dossier for the
// verdicts). Then what every document carries: the organization, its form code and version, « Page
// X de Y », and on each page of a personal document the person's name and code permanent.
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace acquis;

namespace {

const std::string kAcquis = ACQUIS_CLI;

struct Requirement {
  const char* what;  // as documents.md says it
  const char* french;
  const char* english;
};

struct Sheet {
  const char* name;
  const char* person;  // "" for an organization's document
  const char* form_code;
  std::vector<Requirement> requirements;
};

const std::vector<Sheet>& documents() {
  static const std::vector<Sheet> all = {
      {"guide-employeur",
       "",
       "RAC-02",
       {{"what semi-skilled trades are", "Un métier semi-spécialisé", "A semi-skilled trade"},
        {"where the official list is", "Répertoire des métiers semi-spécialisés",
         "Répertoire des métiers semi-spécialisés"},
        {"what RAC is", "permet à une personne adulte", "lets an adult"},
        {"its philosophy: respect for the person", "respecte la personne", "respects the person"},
        {"a training plan, not layoffs", "jamais à une mise à pied", "never to a layoff"},
        {"principles of a good evaluation", "Les principes d’une bonne évaluation",
         "The principles of a sound evaluation"},
        {"the employer names a trade specialist", "Nommer une ou un spécialiste du métier",
         "Name a trade specialist"},
        {"the specialist's role and time", "Son engagement", "Their commitment"},
        {"the specialist's time, from the profile", "environ 8 heures par personne",
         "about 8 hours per person"},
        {"observation during work", "pendant le travail habituel", "during regular work"},
        {"training what is missing under agreed conditions", "conditions convenues au départ",
         "conditions agreed with the service at the start"},
        {"the information session and interviews", "séance d’information", "information session"},
        {"the next session, from the profile", "24 septembre 2026", "September 24, 2026"},
        {"benefits for the employer", "Garder son personnel en poste", "Keep staff on the job"},
        {"the certification celebration", "La célébration de la certification",
         "The certification celebration"},
        {"the 14 steps as a diagram with who", "Spécialiste du métier", "Trade specialist"},
        {"the last of the 14 steps", "Clôture du dossier", "Closing the file"},
        {"the programs offered", "Soudage-montage", "Welding and Fitting"},
        {"contact", "rac@navigateurs-du-fleuve.example", "rac@navigateurs-du-fleuve.example"}}},
      {"guide-candidat",
       "",
       "RAC-03",
       {{"who the process is for", "À qui s’adresse la démarche", "Who is the process for"},
        {"no relearning what one knows", "n’a pas à réapprendre", "No one has to relearn"},
        {"competencies, not the path", "et non le parcours", "not the path"},
        {"only missing training", "Seule la formation manquante", "Only the missing training"},
        {"exemptions by equivalence or substitution", "par équivalence ou par substitution",
         "by equivalence or substitution"},
        {"what is free", "sans droits de scolarité", "without tuition fees"},
        {"the steps with who does each", "Qui fait quoi", "Who does what"},
        {"proof of residence", "Preuve de statut et de résidence",
         "Proof of status and of residence"},
        {"code permanent", "Code permanent", "Permanent code"},
        {"the return deadline", "dans les 30 jours", "within 30 days"},
        {"the three parts: general education", "la formation générale", "general education"},
        {"the three parts: job-market preparation", "la préparation au marché du travail",
         "preparation for the job market"},
        {"the three parts: the trade", "le métier : toutes ses tâches",
         "the trade: all of its tasks"},
        {"the Ministry issues and sends it", "ministère de l’Éducation qui délivre",
         "Ministère de l’Éducation issues"},
        {"benefits for the worker", "sans quitter son emploi", "without leaving your job"},
        {"contact", "Pour nous joindre", "Contact us"}}},
      {"plan-organisation",
       "",
       "RAC-01",
       {{"each step: what is done", "Créer l’adresse courriel générique", "generic e-mail"},
        {"who is responsible, from the profile", "Nadia Roy", "Nadia Roy"},
        {"the roles", "Personnel de soutien", "Support staff"},
        {"the generic e-mail", "rac@navigateurs-du-fleuve.example",
         "rac@navigateurs-du-fleuve.example"}}},
      {"cahier-autoevaluation",
       "LEVG30069504",
       "RAC-04",
       {{"instructions", "cochez la case", "tick the box"},
        {"the rating scale", "Je maîtrise", "I can do it"},
        {"each task of each competency", "Vérifier la livraison", "Check the delivery"},
        {"the return deadline", "dans les 30 jours", "within 30 days"},
        {"the employer on a personal copy", "Acier Rive-Sud inc.", "Acier Rive-Sud inc."},
        {"the person's declaration", "Déclaration", "Declaration"}}},
      {"fiche-inscription",
       "COTE12345678",
       "RAC-05",
       {{"date of birth", "Date de naissance", "Date of birth"},
        {"sex", "Sexe", "Sex"},
        {"the parents' names without a code permanent", "Nom et prénom de la mère",
         "Mother’s name at birth"},
        {"address", "Adresse", "Address"},
        {"e-mail", "eloise.cote@exemple.example", "eloise.cote@exemple.example"},
        {"residence status for free tuition", "Citoyenneté canadienne", "Canadian citizen"},
        {"schooling", "Dernière année d’études réussie", "Last school year completed"},
        {"general education completed", "Formation générale réussie",
         "General education completed"},
        {"employer and trade", "Métier ou poste actuel", "Current trade or position"},
        {"consent covering the employer", "à mon employeur", "with my employer"},
        {"consent covering the Ministry", "au ministère de l’Éducation",
         "with the Ministère de l’Éducation"},
        {"the centre's name", "Centre de formation professionnelle de Lévis",
         "Centre de formation professionnelle de Lévis"},
        {"signature", "Date :", "Date:"}}},
      {"fiche-suivi",
       "LEVG30069504",
       "RAC-06",
       {{"the 14 steps", "Clôture du dossier", "Closing the file"},
        {"done dates carried over", "22 septembre 2026", "September 22, 2026"},
        {"who", "Luc Pelletier", "Luc Pelletier"},
        {"the supporting documents", "Pièces justificatives", "Supporting documents"},
        {"the three parts", "Préparation au marché du travail", "Preparation for the job market"},
        {"the employer", "Acier Rive-Sud inc.", "Acier Rive-Sud inc."},
        {"the trade specialist", "Patrice Lemieux", "Patrice Lemieux"},
        {"what step 8 declared", "Déclaré à l’étape 8 (début) 19 mai 2026 · FMS-8142",
         "Reported at step 8 (start) May 19, 2026 · FMS-8142"},
        {"what step 13 declared", "22 septembre 2026 · SU", "September 22, 2026 · SU"}}},
      {"bilan-entrevue",
       "LAVS09579608",
       "RAC-09",
       {{"mastered, ready for evaluation", "prêtes pour l’évaluation", "ready for evaluation"},
        {"not mastered, training", "Compétences à acquérir", "Competencies to acquire"},
        {"general education recognized", "Formation générale reconnue",
         "General education recognized"},
        {"recognition by equivalence, even when none",
         "Compétences reconnues par équivalence ou substitution : aucune",
         "Competencies recognized by equivalence or substitution: none"},
        {"recommendation", "Recommandation", "Recommendation"},
        {"recommendation in the document's language", "formation en transcription médicale",
         "medical transcription training"},
        {"the advisor's name", "Julie Tremblay", "Julie Tremblay"},
        {"copies to the person and the specialist", "Copies", "Copies"}}},
      {"plan-action",
       "BELO17049302",
       "RAC-10",
       {{"each task to acquire", "Consigner l’envoi", "Record the shipment"},
        {"activity and where", "Activité et lieu", "Activity and place"},
        {"who trains", "Qui forme", "Trainer"},
        {"target date", "Échéance", "Target date"},
        {"re-evaluation date", "Réévaluation", "Re-evaluation"},
        {"conditions agreed with the employer", "Conditions convenues avec l’employeur",
         "Conditions agreed with the employer"},
        {"general-education hours to acquire", "150 h", "150 h"},
        {"signatures", "Personne candidate", "Candidate"}}},
      {"cahier-observation",
       "BELO17049302",
       "RAC-12",
       {{"instructions for the specialist", "À remplir par la ou le spécialiste du métier",
         "To be filled in by the trade specialist"},
        {"the employer", "Acier Rive-Sud inc.", "Acier Rive-Sud inc."},
        {"several dated sessions", "21 oct. 2026", "Oct 21, 2026"},
        {"comments in the document's language", "Rotation à revoir", "Stock rotation to review"},
        {"the specialist signs", "Spécialiste du métier", "Trade specialist"}}},
      {"fiche-evaluation",
       "LAVS09579608",
       "RAC-13",
       {{"each competency's verdict", "Succès", "Pass"},
        {"the observation sessions summarized", "Résumé des observations en entreprise",
         "Summary of workplace observations"},
        {"comments", "Commentaires", "Comments"},
        {"the overall result", "Résultat global", "Overall result"},
        {"the teacher", "Hélène Dionne", "Hélène Dionne"},
        {"the specialist signs", "Spécialiste du métier", "Trade specialist"},
        {"the person signs", "Sophie Lavoie", "Sophie Lavoie"}}},
      {"declaration-ministere",
       "LEVG30069504",
       "RAC-11",
       {{"teaching service 07", "07", "07"},
        {"path type 01", "01", "01"},
        {"end reason 22", "22", "22"},
        {"result SU", "SU", "SU"},
        {"start date = interview date", "2026-05-19", "2026-05-19"},
        {"who declared step 8", "étape 8 déclarée", "step 8 declared"},
        {"who declared step 13", "étape 13 déclarée", "step 13 declared"}}},
      {"attestation",
       "LEVG30069504",
       "",
       {{"a number", "2026-0004", "2026-0004"},
        {"a date", "3 octobre 2026", "October 3, 2026"},
        {"the Ministry issues the official certificate", "ministère de l’Éducation",
         "Ministère de l’Éducation"}}},
      {"registre",
       "",
       "RAC-15",
       {{"certified persons", "Lévesque, Gabriel", "Lévesque, Gabriel"},
        {"program", "Préposé à l’entrepôt", "Warehouse Clerk"},
        {"employer", "Acier Rive-Sud inc.", "Acier Rive-Sud inc."}}},
      {"synthese-candidats",
       "",
       "RAC-07",
       {{"candidates and their employers", "Bélanger, Olivier", "Bélanger, Olivier"},
        {"the employer", "Acier Rive-Sud inc.", "Acier Rive-Sud inc."}}},
  };
  return all;
}

void check_document(const Sheet& d, const std::string& language) {
  const bool french = language == "fr-CA";
  const std::string pdf = test::output_dir() + "/exigences-" + d.name + "-" + language + ".pdf";
  const std::string person = *d.person ? std::string(" --candidat ") + d.person : "";
  const auto result = test::run(kAcquis + " produire " + d.name + " --donnees samples" + person +
                                " --langue " + language + " --deterministe -o " + pdf);
  INFO(d.name << " in " << language << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  const std::string raw = test::run("pdftotext " + pdf + " -").out;
  const std::string text = test::normalize_text(raw);
  for (const Requirement& r : d.requirements) {
    const std::string wanted = french ? r.french : r.english;
    INFO("requirement: " << r.what << " — looked for « " << wanted << " »");
    CHECK(text.find(wanted) != std::string::npos);
  }
  // Everywhere: the organization, its code for the form and its version, the page count.
  CHECK(text.find("Navigateurs-du-Fleuve") != std::string::npos);
  if (*d.form_code) {
    CHECK(text.find(std::string(d.form_code) + " · 2026-2027") != std::string::npos);
    // A cover has no footer: the count is then on the pages after it.
    CHECK((text.find(french ? "Page 1 de " : "Page 1 of ") != std::string::npos ||
           text.find(french ? "Page 2 de " : "Page 2 of ") != std::string::npos));
  }
  // A personal document names its person on every page (the certificate is one page).
  if (*d.person) {
    const std::string code = d.person;
    const auto pages = test::pages_of(raw);
    for (std::size_t i = 0; i < pages.size(); ++i) {
      INFO("page " << i + 1);
      CHECK(test::normalize_text(pages[i]).find(code) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("requirements: each document carries what documents.md asks, in both languages",
          "[cli][requirements]") {
  for (const Sheet& d : documents())
    for (const char* language : {"fr-CA", "en-CA"}) check_document(d, language);
}

TEST_CASE("requirements: the check finds a requirement a document lacks", "[cli][requirements]") {
  // The registration form of a blank copy has no e-mail: the same lookup must miss it.
  const std::string pdf = test::output_dir() + "/exigences-vierge.pdf";
  const auto result = test::run(kAcquis + " produire fiche-inscription --donnees samples" +
                                " --programme 5195 --deterministe -o " + pdf);
  REQUIRE(result.exit_code == 0);
  const std::string text = test::normalize_text(test::run("pdftotext " + pdf + " -").out);
  CHECK(text.find("eloise.cote@exemple.example") == std::string::npos);
  CHECK(text.find("Date de naissance") != std::string::npos);
}

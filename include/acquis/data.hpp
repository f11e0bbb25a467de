// The data documents are made from, as the loaders give it. The file formats are described in
// docs/formats.md; invented samples live in samples/.
#pragma once

#include <acquis/language.hpp>

#include <map>
#include <string>
#include <vector>

namespace acquis {

// A text in French with its optional English translation.
struct Text {
  std::string fr, en;
  // The English text when asked for and present, the French one otherwise.
  const std::string& in(Language language) const {
    return language == Language::English && !en.empty() ? en : fr;
  }
};

// An element of competency, or a task of a trade, with its performance criteria.
struct Element {
  std::string code;
  Text text;
  std::vector<Text> criteria;
};

struct Competency {
  std::string code;
  Text statement;
  double hours = 0;
  double units = 0;
  std::string units_published;  // a fraction as the program publishes it ("2 2/3"), else empty
  std::string kind;             // "generale" or "specifique" (training), may be empty
  std::string status = "obligatoire";  // "obligatoire", "optionnelle", "choix-etablissement"
  std::vector<Text> context;           // contexte de réalisation: conditions, tools, references
  std::vector<Text> criteria;          // performance criteria of the competency as a whole
  std::vector<Element> elements;

  const Element* element(const std::string& code) const;
};

// A competency referential: DEP, AEP, ASP (vocational: 1 unit = 15 h), CFMS (semi-skilled
// trades: tasks), DEC, AEC (college), NORME (occupational standard).
struct Program {
  std::string code, level, sector, version;
  std::string english_code;  // the same program in the English sector (5358 → 5858), may be empty
  // An occupational norm published without a code is named by its file's name ("norme-cariste"),
  // which the data uses to refer to it and the documents never print.
  bool code_from_file_name = false;
  Text title;  // the epicene title ("Préposée ou préposé à l’entrepôt")
  std::string title_feminine, title_masculine;  // of a trade, when published
  double hours = 0, units = 0;
  std::string units_published;        // a fraction as published ("91 2/3"), else empty
  std::string item_kind = "element";  // "element" or "tache": what the competencies list
  std::vector<Text> introduction;     // paragraphs presenting the program, may be empty
  std::vector<Competency> competencies;
  std::string file;  // the file it was read from, for messages

  const Competency* competency(const std::string& code) const;
  // Named by its code or by its code in the English sector.
  // The code as published: empty for a norm without one.
  std::string published_code() const { return code_from_file_name ? std::string() : code; }
  // "DEP 5195" (a no-break space between them), "norme professionnelle NP-4021", or the level
  // alone without a published code.
  std::string designation(Language language) const;
  bool answers_to(const std::string& name) const {
    return name == code || (!english_code.empty() && name == english_code);
  }
  // The title as it agrees with a person: "f", "m", else the epicene form (and English).
  const std::string& title_for(const std::string& gender, Language language) const {
    if (language == Language::French && gender == "f" && !title_feminine.empty())
      return title_feminine;
    if (language == Language::French && gender == "m" && !title_masculine.empty())
      return title_masculine;
    return title.in(language);
  }
};

struct Signatory {
  std::string name, role;
  std::string role_en;  // the role in English, may be empty (the French one is printed then)
};

// Who does the steps of the process in the organization (step 1: roles and responsibilities).
struct Responsible {
  std::string role;  // one of kResponsibleRoles
  std::string name, email;
};
inline const std::vector<std::string> kResponsibleRoles = {
    "soutien", "conseiller", "enseignant", "gestionnaire", "orientation", "autre"};

// A form's code and version as the organization files it ("RAC-03", "2026-2027"), printed at
// the foot of each page of that document.
struct FormCode {
  std::string document, code, version;
};

// The information session for employers and candidates (step 2), when one is planned.
struct InformationSession {
  std::string date, time;  // YYYY-MM-DD, HH:MM
  Text place;
};

struct Organization {
  std::string name, service, email, phone, address, website, logo, school_year;
  std::string service_en, phone_en;  // their English wording, may be empty
  Text centre;  // the centre people register with (its registration form), may be empty
  // The language of its name (<nom langue="…">): a French name read in an English document is
  // marked French for screen readers.
  std::string name_language = "fr-CA";
  std::string primary_color = "#17335F", accent_color = "#1A8C9E";
  std::vector<Signatory> signatories;
  std::vector<Responsible> responsibles;
  int return_days = 0;  // days the person has to send the booklet and documents back; 0: unsaid
  int specialist_hours = 0;  // a trade specialist's time per person (preparation, observation)
  std::vector<FormCode> form_codes;
  InformationSession session;
};

struct TradeSpecialist {
  std::string name, trade, email;
};

struct Employer {
  std::string id, name, address, contact, email, phone;
  std::vector<TradeSpecialist> specialists;
};

struct Candidate {
  std::string given_name, family_name;
  std::string permanent_code;  // personal information: printed where a document needs it only
  std::string email, phone, employer, program;
  std::string gender;  // "f", "m" or "x" (for agreement in messages), may be empty
  std::string number;  // the certificate's number (unique in the organization's register)
  std::string certification_date;  // YYYY-MM-DD, the date on the certificate, may be empty
  std::size_t row = 0;             // spreadsheet row (CSV) or line (XML), to point at it
};

// One candidate's assessment: self-assessment, validation interview, observation, evaluation.
struct AssessmentRecord {
  struct Answer {
    std::string competency, element;  // element code or task number
    std::string level;                // "maitrise", "partiel", "non"
  };
  // The validation interview's judgment of a competency as a whole, or of one of its elements
  // or tasks (`element`: its code or number).
  struct Outcome {
    std::string competency;
    bool mastered = false;
    std::string element;
  };
  // Free texts of a dossier (comments, remarks, places) are Text: French, and English when the
  // advisor also wrote it ("en" / "…-en" in the file), for the person's English documents.
  struct Observation {
    std::string competency, element, date, result;
    Text comment;
  };
  struct Verdict {
    std::string competency, date, verdict, teacher;  // verdict: "succes", "echec"
  };
  // A step of the process (1 to 14) as the dossier records it: planned and done dates and who
  // did it; for the validation interview (7), its time and place too.
  struct Step {
    int number = 0;
    std::string planned, done, by, time;  // time: HH:MM
    Text place, remark;
  };
  // A supporting document asked of the person (kinds in kSupportingDocuments); `received` is
  // the day it came in, empty while it is awaited.
  struct SupportingDocument {
    std::string kind, received;
  };
  // A competency recognized without evaluation: by equivalence (a course already passed) or by
  // substitution (another course in its place); it counts as passed.
  struct Exemption {
    std::string competency, kind, date;  // kind: "equivalence", "substitution"
    Text note;
  };
  // A part of a semi-skilled-trade certificate other than the trade itself (kCertificateParts):
  // recognized from earlier schooling ("reconnu") or completed ("reussi") on `date`, else to do
  // or under way, with the hours still to acquire when known.
  struct Part {
    std::string name, status, date;
    Text remark;
    double hours = 0;  // hours still to acquire, 0 when not said
    bool complete() const { return status == "reconnu" || status == "reussi"; }
  };
  std::string permanent_code, program;
  std::vector<Exemption> exemptions;
  std::vector<Part> parts;
  std::vector<Step> steps;  // each number at most once, in the file's order
  std::vector<SupportingDocument> documents;
  // What the person wrote in the self-assessment booklet for a competency.
  struct Example {
    std::string competency;
    Text text;
  };
  // What the registration form (step 3) said, as read back from the filled form: what the
  // list of people has no column for. `date` is empty when the dossier has none.
  struct Registration {
    struct Job {
      std::string employer, position, from, to;  // from, to: YYYY-MM-DD or empty
    };
    std::string date, birth_date, status;  // status: "citoyen", "resident", "autre"
    std::string status_detail;             // what "autre" is, as typed
    std::string mother, father, address;
    std::string last_grade, diplomas, general_education;
    std::string employer, position;  // as typed: the list of people keeps the employer's id
    std::vector<Job> jobs;
    std::vector<std::string> enclosed;  // kRegistrationDocuments ticked on the form
  };
  Registration registration;
  std::string self_assessment_date;
  std::vector<Answer> answers;
  std::vector<Example> examples;
  std::vector<std::string> enclosed;  // documents ticked as enclosed with the booklet
  std::string interview_date;
  Text recommendation;
  std::vector<Outcome> outcomes;
  std::vector<Text> general_education;  // recognized general-education items
  std::vector<Observation> observations;
  std::vector<Verdict> verdicts;
  std::string file;  // the file it was read from, for messages
};

// The supporting documents a dossier lists, in the order of the tracking sheet's checklist:
// proof of residence (free tuition), code permanent, transcripts, the employer's confirmation
// of employment, the filled self-assessment booklet, a résumé.
inline const std::vector<std::string> kSupportingDocuments = {
    "preuve-residence",   "code-permanent",        "releve-notes",
    "attestation-emploi", "cahier-autoevaluation", "curriculum-vitae"};

// The documents the registration form lists to join to it.
inline const std::vector<std::string> kRegistrationDocuments = {
    "preuve-residence",   "piece-identite", "curriculum-vitae",
    "attestation-emploi", "releve-notes",   "cartes-competence"};

// The parts of a semi-skilled-trade certificate (CFMS) besides the trade: general education
// and preparation for the job market. The certificate is issued once all three are complete.
inline const std::vector<std::string> kCertificateParts = {"formation-generale",
                                                           "preparation-marche-travail"};
inline const std::vector<std::string> kPartStatuses = {"a-faire", "en-cours", "reconnu", "reussi"};

// Whether a person is certified. The sanction (a certificate number and date in the list of
// people) says so; the dossier, when there is one, must agree: every competency of the program
// has a success as its latest verdict or is recognized by equivalence or substitution (an
// optional competency only when the person took it up: the interview reviewed it or it has a
// verdict). Without a dossier the sanction is trusted (a
// batch of certificates printed from the list alone). For a semi-skilled trade, the dossier's
// general-education and job-market parts must be complete too.
struct Certification {
  bool has_sanction = false;
  bool dossier_known = false;
  std::vector<std::string> without_success;   // competency codes, in the program's order
  std::vector<std::string> incomplete_parts;  // of kCertificateParts, in its order
  bool complete() const { return without_success.empty() && incomplete_parts.empty(); }
  bool certified() const { return has_sanction && complete(); }
  // A sanction the dossier contradicts: to be fixed in the data, not printed.
  bool contradicted() const { return has_sanction && !complete(); }
  // "02, 03, 04, …": the first three codes without a success, for a message.
  std::string first_codes() const;
  // The incomplete parts as one word a message selects on: "aucun", "formation_generale",
  // "preparation_marche_travail" or "les_deux".
  std::string parts_keyword() const;
};
Certification certification_of(const Candidate& candidate, const Program* program,
                               const AssessmentRecord* record);

// The 14 steps of the process for a person, as their dossier records them, completed by what
// the rest of it implies: the self-assessment's date is step 4's, the interview's step 7's, the
// latest observation's step 9's once an evaluation is held (until then observation goes on),
// the latest verdict's (and its teacher) step 11's, the certificate's step 13's (also without
// a dossier: certified from the list of people).
std::vector<AssessmentRecord::Step> process_steps(const AssessmentRecord* record,
                                                  const Candidate* candidate, bool certified);

// Who is responsible for a step of the process (1 to 14), as the seeds' 14-step table assigns
// it: "gestionnaire", "conseiller", "candidat", "soutien", "specialiste" (the employer's trade
// specialist), "employeur", "enseignant" or "orientation" (guidance or academic counsellor).
const char* step_role(int step);

// Where a person is: the latest step done (0 before any), the soonest step planned and not done
// (0 when none), and how many supporting documents are still awaited.
struct Progress {
  int reached = 0, next = 0;
  std::string reached_on, next_on;  // YYYY-MM-DD
  std::size_t awaited_documents = 0;
};
Progress progress_of(const AssessmentRecord* record, const Candidate* candidate, bool certified);

// Each competency's verdict that counts, by competency code: the latest by date (a failure
// retaken), and of two on one day the one written last.
std::map<std::string, const AssessmentRecord::Verdict*> standing_verdicts(
    const AssessmentRecord& record);

// A code permanent has the shape of 4 capital letters and 8 digits. Only the shape is checked:
// a code is never derived or repaired.
bool is_permanent_code(const std::string& code);

// An e-mail address of a plausible shape: one @ with a name before it and a domain with a dot
// after it, no space. Nothing is looked up.
bool is_email(const std::string& text);

// A calendar date written YYYY-MM-DD (2026-02-29 is not one).
bool is_iso_date(const std::string& text);

}  // namespace acquis

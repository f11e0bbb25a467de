// The advisors' workspace: the people of the data folder (searched, paged), a person's dossier
// edited part by part (each save sends the version it was made on: If-Match), and the
// documents that apply at the person's step, produced in French or English.
"use strict";

Object.assign(TEXTS.fr, {
  "onglet-personnes": "Personnes", "onglet-ponctuel": "Document ponctuel et lots",
  "onglet-profil": "Profil de l’organisation", "personnes": "Personnes candidates",
  "recherche": "Rechercher par nom, code permanent, programme ou employeur",
  "rechercher": "Rechercher", "col-nom": "Nom", "col-etape": "Étape atteinte",
  "col-prochaine": "Prochaine étape", "precedente": "Page précédente", "suivante": "Page suivante",
  "pages": "Pages", "compte": "{total} ; page {page} sur {pages}",
  "personne-1": "1 personne", "personne-n": "{n} personnes",
  "aucune-personne": "Aucune personne ne correspond à cette recherche.",
  "jeton-requis": "Entrez le jeton d’accès pour voir les personnes.",
  "retour": "Retour à la liste", "documents-etape": "Documents selon l’étape",
  "donnees-personnelles": "Données personnelles",
  "donnees-aide": "Toute personne peut obtenir les renseignements que le service détient sur elle, ou les faire effacer (Loi 25).",
  "exporter": "Exporter ses données (JSON)", "effacer": "Effacer la personne",
  "effacer-confirmer": "Effacer définitivement {nom} de la liste et de son dossier ?",
  "efface": "La personne a été effacée.", "exporte": "Données exportées :",
  "produire-fr": "Produire en français", "produire-en": "Produire en anglais",
  "produit": "Document produit :", "telecharger-doc": "Télécharger {titre} ({langue})",
  "etape-n": "Étape {n}", "aucune": "aucune",
  "resume": "Programme : {programme} — employeur : {employeur} — étape atteinte : {etape}",
  "aucun": "aucun",
  "sanction": "Attestation n° {numero} du {date}.", "sans-sanction": "Pas encore d’attestation.",
  "formulaire": "Formulaire rempli à lire au dossier (cahier d’autoévaluation, fiche d’inscription ou cahier d’observation, en PDF)",
  "lire-formulaire": "Lire le formulaire", "formulaire-lu": "Formulaire lu au dossier.",
  "formulaire-manquant": "Choisissez d’abord le PDF rempli.",
  "enregistrer-partie": "Enregistrer", "enregistree": "Enregistré. La version précédente est conservée.",
  "enregistree-nouveau": "Enregistré : le dossier est ouvert.",
  "ajouter": "Ajouter une ligne", "date-format": "AAAA-MM-JJ", "inchange": "Rien n’a changé : rien n’est enregistré.",
  "dossier-casse": "Le fichier du dossier de cette personne contient une erreur : corrigez-le (acquis verifier la montre) avant de le modifier ici. Ses documents restent disponibles ci-dessus s’ils ne dépendent pas du dossier.",
  "p-etapes": "Étapes du processus", "p-pieces": "Pièces justificatives",
  "p-autoevaluation": "Autoévaluation", "p-entrevue": "Entrevue de validation",
  "p-observations": "Observation en entreprise", "p-evaluations": "Évaluation",
  "p-sanction": "Sanction (attestation)",
  "sanction-aide": "Le numéro et la date d’attestation s’inscrivent quand toutes les compétences sont réussies ou reconnues ; ils vont dans la liste des personnes. Videz-les pour retirer l’attestation.",
  "prevue": "Prévue le", "faite": "Faite le", "par": "Par", "remarque": "Remarque",
  "heure": "Heure de l’entrevue (HH:MM)", "lieu": "Lieu de l’entrevue",
  "demandee": "Demandée", "recue": "Reçue le", "date-partie": "Date",
  "competence": "Compétence", "element": "Élément ou tâche", "niveau": "Niveau",
  "statut": "Résultat", "resultat-obs": "Résultat", "commentaire": "Commentaire",
  "verdict": "Verdict", "enseignant": "Enseignante ou enseignant",
  "recommandation": "Recommandation", "choisir": "—",
  "maitrise": "Je maîtrise", "partiel": "Partiellement", "non": "Je ne maîtrise pas",
  "maitrisee": "Maîtrisée", "non-maitrisee": "Non maîtrisée",
  "atteint": "Atteint", "non-atteint": "Non atteint", "succes": "Succès", "echec": "Échec",
  "preuve-residence": "Preuve de résidence au Québec", "code-permanent": "Code permanent",
  "releve-notes": "Relevés de notes et diplômes", "attestation-emploi": "Attestation d’emploi",
  "cahier-autoevaluation": "Cahier d’autoévaluation rempli", "curriculum-vitae": "Curriculum vitæ",
  "conflit-recharger": "Recharger le dossier",
});
Object.assign(TEXTS.en, {
  "onglet-personnes": "People", "onglet-ponctuel": "One-off document and batches",
  "onglet-profil": "Organization profile", "personnes": "Candidates",
  "recherche": "Search by name, permanent code, program or employer",
  "rechercher": "Search", "col-nom": "Name", "col-etape": "Step reached",
  "col-prochaine": "Next step", "precedente": "Previous page", "suivante": "Next page",
  "pages": "Pages", "compte": "{total}; page {page} of {pages}",
  "personne-1": "1 person", "personne-n": "{n} people",
  "aucune-personne": "Nobody matches this search.",
  "jeton-requis": "Enter the access token to see the people.",
  "retour": "Back to the list", "documents-etape": "Documents by step",
  "donnees-personnelles": "Personal data",
  "donnees-aide": "Anyone may obtain the information the service holds about them, or have it erased (Law 25).",
  "exporter": "Export their data (JSON)", "effacer": "Erase the person",
  "effacer-confirmer": "Permanently erase {nom} from the list and their record?",
  "efface": "The person was erased.", "exporte": "Data exported:",
  "produire-fr": "Produce in French", "produire-en": "Produce in English",
  "produit": "Document produced:", "telecharger-doc": "Download {titre} ({langue})",
  "etape-n": "Step {n}", "aucune": "none",
  "resume": "Program: {programme} — employer: {employeur} — step reached: {etape}",
  "aucun": "none",
  "sanction": "Certificate no. {numero} of {date}.", "sans-sanction": "No certificate yet.",
  "formulaire": "Filled form to read into the record (self-assessment booklet, registration form or observation booklet, as PDF)",
  "lire-formulaire": "Read the form", "formulaire-lu": "Form read into the record.",
  "formulaire-manquant": "First choose the filled PDF.",
  "enregistrer-partie": "Save", "enregistree": "Saved. The previous version is kept.",
  "enregistree-nouveau": "Saved: the record is opened.",
  "ajouter": "Add a row", "date-format": "YYYY-MM-DD", "inchange": "Nothing changed: nothing is saved.",
  "dossier-casse": "This person’s record file has an error: correct it (acquis verifier shows it) before editing it here. Their documents stay available above when they do not depend on the record.",
  "p-etapes": "Steps of the process", "p-pieces": "Supporting documents",
  "p-autoevaluation": "Self-assessment", "p-entrevue": "Validation interview",
  "p-observations": "Workplace observation", "p-evaluations": "Evaluation",
  "p-sanction": "Certification (certificate)",
  "sanction-aide": "The certificate number and date are entered once every competency is passed or recognized; they go to the list of people. Empty them to withdraw the certificate.",
  "prevue": "Planned on", "faite": "Done on", "par": "By", "remarque": "Remark",
  "heure": "Interview time (HH:MM)", "lieu": "Interview place",
  "demandee": "Requested", "recue": "Received on", "date-partie": "Date",
  "competence": "Competency", "element": "Element or task", "niveau": "Level",
  "statut": "Result", "resultat-obs": "Result", "commentaire": "Comment",
  "verdict": "Verdict", "enseignant": "Teacher",
  "recommandation": "Recommendation", "choisir": "—",
  "maitrise": "I master it", "partiel": "Partly", "non": "I do not master it",
  "maitrisee": "Mastered", "non-maitrisee": "Not mastered",
  "atteint": "Achieved", "non-atteint": "Not achieved", "succes": "Pass", "echec": "Fail",
  "preuve-residence": "Proof of Quebec residence", "code-permanent": "Permanent code",
  "releve-notes": "Transcripts and diplomas", "attestation-emploi": "Confirmation of employment",
  "cahier-autoevaluation": "Filled self-assessment booklet", "curriculum-vitae": "Résumé",
  "conflit-recharger": "Reload the record",
});

const STEP_NAMES = {
  fr: ["Préparation", "Rencontre de l’employeur", "Accueil des personnes candidates",
       "Préparation du dossier", "Ouverture du dossier", "Analyse du dossier",
       "Entrevue de validation", "Déclaration au Ministère", "Observation en entreprise",
       "Acquisition en entreprise", "Évaluation par le personnel enseignant",
       "Formation générale, au besoin", "Résultats et demande de sanction", "Clôture du dossier"],
  en: ["Preparation", "Meeting the employer", "Welcoming the candidates", "Preparing the record",
       "Opening the record", "Analysing the record", "Validation interview",
       "Declaration to the Ministère", "Workplace observation", "Workplace acquisition",
       "Evaluation by the teachers", "General education, if needed",
       "Results and request for certification", "Closing the record"],
};
const DOCUMENT_KINDS = ["preuve-residence", "code-permanent", "releve-notes",
                        "attestation-emploi", "cahier-autoevaluation", "curriculum-vitae"];
const PAGE_SIZE = 20;

const fmt = (key, values) => t(key).replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");
const stepName = (n) => n ? `${n}. ${STEP_NAMES[language][n - 1]}` : t("aucune");
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

// The workspace's state: the list's search and page, the dossier shown and its version.
const state = { query: "", page: 1, pages: 1, person: null, version: null, view: "vue-personnes" };

function showView(id) {
  state.view = id;
  $("resultat").hidden = true;  // a document made in another view
  for (const view of ["vue-personnes", "vue-dossier", "vue-ponctuel", "vue-profil"])
    $(view).hidden = view !== id;
  const tab = id === "vue-dossier" ? "vue-personnes" : id;
  document.querySelectorAll("#onglets [data-vue]").forEach((b) => {
    if (b.dataset.vue === tab) b.setAttribute("aria-current", "page");
    else b.removeAttribute("aria-current");
  });
}

async function api(url, options = {}) {
  return fetch(url, { ...options, headers: { ...headers(), ...(options.headers || {}) } });
}

// ---- People ----

// Only the latest search is shown: a slower answer to an earlier one is dropped.
let peopleRequest = 0;
async function loadPeople() {
  const params = new URLSearchParams({ q: state.query, page: state.page, taille: PAGE_SIZE });
  const mine = ++peopleRequest;
  $("personnes").setAttribute("aria-busy", "true");
  const response = await api("/api/personnes?" + params);
  const list = response.ok ? await response.json() : null;
  if (mine !== peopleRequest) return;
  $("personnes").removeAttribute("aria-busy");
  const body = $("personnes").tBodies[0];
  body.replaceChildren();
  if (!list) {
    $("personnes-compte").textContent = response.status === 401 ? t("jeton-requis") : t("echec");
    return;
  }
  state.pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  $("personnes-compte").textContent = list.total === 0 ? t("aucune-personne")
    : fmt("compte", { total: list.total === 1 ? t("personne-1") : fmt("personne-n", { n: list.total }),
                      page: state.page, pages: state.pages });
  $("page-position").textContent = `${state.page} / ${state.pages}`;
  $("page-precedente").disabled = state.page <= 1;
  $("page-suivante").disabled = state.page >= state.pages;
  for (const p of list.personnes) {
    const open = el("button", { type: "button", className: "lien" }, `${p.nom}, ${p.prenom}`);
    open.addEventListener("click", () => openPerson(p.code));
    body.append(el("tr", {},
      el("th", { scope: "row" }, open), el("td", {}, p.code),
      el("td", {}, `${p.programme.titre} (${p.programme.code})`), el("td", {}, p.employeur || "—"),
      el("td", {}, stepName(p.etape)), el("td", {}, p.prochaine ? stepName(p.prochaine) : "—")));
  }
}

// ---- A person's dossier ----

async function openPerson(code) {
  const response = await api("/api/personnes/" + code).catch(() => null);
  if (!response || !response.ok) {
    $("personnes-compte").textContent = response && response.status === 401 ? t("jeton-requis") : t("echec");
    return;
  }
  const view = await response.json();
  state.person = view;
  state.version = view.version;
  showView("vue-dossier");
  renderPerson();
  $("titre-dossier").focus();
  loadDocuments();
}

// Who the person is and where they are: program, employer, step, sanction.
function renderSummary() {
  const p = state.person.personne;
  $("titre-dossier").textContent = `${p.prenom} ${p.nom} — ${p.code}`;
  const sanction = p.numero_attestation
    ? fmt("sanction", { numero: p.numero_attestation, date: p.date_attestation })
    : t("sans-sanction");
  $("dossier-resume").textContent = fmt("resume", {
    programme: `${p.programme.titre} (${p.programme.code})`, employeur: p.employeur || t("aucun"),
    etape: stepName(p.etape) }) + " — " + sanction;
}

function renderPerson() {
  const { dossier } = state.person;
  renderSummary();
  if (state.person.dossier_en_erreur)
    return $("parties").replaceChildren(el("p", { className: "alerte", role: "alert" }, t("dossier-casse")));
  $("parties").replaceChildren(stepsPart(dossier.etapes), documentsPart(dossier.pieces),
    selfAssessmentPart(dossier.autoevaluation), interviewPart(dossier.entrevue),
    rowsPart("observations", dossier.observations, OBSERVATION_COLUMNS),
    rowsPart("evaluations", dossier.evaluations, VERDICT_COLUMNS), sanctionPart());
}

// A field with its label and the place of its error, named after its JSON pointer:
// "/entrevue/date" → #d-entrevue-date, its error #erreur-d-entrevue-date.
function field(pointer, labelText, value, kind = "text", options = null, context = "") {
  const id = "d" + pointer.replaceAll("/", "-");
  let input;
  if (options) {
    input = el("select", { id });
    input.append(new Option(t("choisir"), ""));
    for (const [v, label] of options) input.append(new Option(label, v));
    input.value = value || "";
  } else if (kind === "textarea") {
    input = el("textarea", { id, value: value || "", rows: 3 });
  } else if (kind === "checkbox") {
    input = el("input", { id, type: "checkbox", checked: !!value });
  } else {
    input = el("input", { id, type: "text", value: value || "" });
    if (kind === "date") {
      input.placeholder = t("date-format");
      input.inputMode = "numeric";
    }
  }
  input.setAttribute("aria-describedby", "erreur-" + id);
  const wrap = el("div", { className: kind === "checkbox" ? "champ case" : "champ" });
  // `context`, read by screen readers and in the error summary only: "— étape 7".
  const label = el("label", { htmlFor: id }, labelText);
  if (context) label.append(el("span", { className: "visuellement-cache" }, ` — ${context}`));
  if (kind === "checkbox") wrap.append(input, label);
  else wrap.append(label, input);
  wrap.append(el("p", { className: "erreur", id: "erreur-" + id }));
  return wrap;
}

const value = (pointer) => {
  const node = $("d" + pointer.replaceAll("/", "-"));
  return node ? (node.type === "checkbox" ? node.checked : node.value.trim()) : "";
};

function partForm(part, ...content) {
  const form = el("form", { id: "partie-" + part, noValidate: true });
  form.append(el("fieldset", {}, el("legend", {}, t("p-" + part)), ...content),
              el("div", { className: "actions" },
                 el("button", { type: "submit" }, `${t("enregistrer-partie")} — ${t("p-" + part)}`)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    savePart(part);
  });
  return form;
}

function stepsPart(steps) {
  const byNumber = Object.fromEntries(steps.map((s) => [s.numero, s]));
  const rows = [];
  for (let n = 1; n <= 14; ++n) {
    const s = byNumber[n] || {};
    const at = `/etapes/${n}`;
    const group = el("div", { className: "grille etape", role: "group" });
    group.setAttribute("aria-labelledby", `etape-titre-${n}`);
    const step = fmt("etape-n", { n });
    group.append(field(`${at}/prevue`, t("prevue"), s.prevue, "date", null, step),
                 field(`${at}/faite`, t("faite"), s.faite, "date", null, step),
                 field(`${at}/par`, t("par"), s.par, "text", null, step),
                 field(`${at}/remarque`, t("remarque"), s.remarque, "text", null, step));
    if (n === 7) group.append(field(`${at}/heure`, t("heure"), s.heure),
                              field(`${at}/lieu`, t("lieu"), s.lieu));
    rows.push(el("h4", { id: `etape-titre-${n}` }, stepName(n)), group);
  }
  return partForm("etapes", ...rows);
}

function documentsPart(documents) {
  const byKind = Object.fromEntries(documents.map((d) => [d.type, d]));
  return partForm("pieces", ...DOCUMENT_KINDS.map((kind) => {
    const group = el("div", { className: "grille piece", role: "group" });
    group.setAttribute("aria-label", t(kind));
    group.append(field(`/pieces/${kind}/demandee`, `${t(kind)} — ${t("demandee")}`, !!byKind[kind], "checkbox"),
                 field(`/pieces/${kind}/recue`, `${t(kind)} — ${t("recue")}`, byKind[kind]?.recue, "date"));
    return group;
  }));
}

function competencyOptions() {
  const program = state.person.programme;
  return (program ? program.competences : []).map((c) => [c.code, `${c.code} — ${c.enonce}`]);
}
const choices = (...keys) => keys.map((k) => [k, t(k)]);

// The elements (or tasks) of the competency chosen on the row; a value the program does not
// have stays offered, for the save to say what is wrong with it.
function fillElements(select, competency, chosen) {
  const program = state.person.programme;
  const found = (program ? program.competences : []).find((c) => c.code === competency);
  const options = found ? found.elements.map((e) => [e.code, `${e.code} — ${e.texte}`]) : [];
  if (chosen && !options.some(([code]) => code === chosen)) options.push([chosen, chosen]);
  select.replaceChildren(new Option(t("choisir"), ""), ...options.map(([v, l]) => new Option(l, v)));
  select.value = chosen || "";
}
const ANSWER_COLUMNS = [["competence", "competency"], ["element", "element"],
                        ["niveau", ["maitrise", "partiel", "non"]]];
const OUTCOME_COLUMNS = [["competence", "competency"], ["element", "element"],
                         ["statut", ["maitrisee", "non-maitrisee"]]];
const OBSERVATION_COLUMNS = [["competence", "competency"], ["element", "element"], ["date", "date"],
                             ["resultat", ["atteint", "non-atteint"]], ["commentaire", "text"]];
const VERDICT_COLUMNS = [["competence", "competency"], ["date", "date"],
                         ["verdict", ["succes", "echec"]], ["enseignant", "text"]];
const LABELS = { resultat: "resultat-obs" };

// A list of rows (answers, results, sessions, verdicts), one line of fields each.
function rowsEditor(base, columns, rows) {
  const list = el("div", { className: "lignes" });
  list.dataset.base = base;
  const addRow = (row) => {
    const index = list.children.length;
    const line = el("div", { className: "grille ligne-partie", role: "group" });
    line.setAttribute("aria-label", `${t("p-" + base.split("/")[1])} ${index + 1}`);
    for (const [key, kind] of columns) {
      const label = `${t(LABELS[key] || key)} (${index + 1})`;
      const pointer = `${base}/${index}/${key}`;
      if (kind === "competency") line.append(field(pointer, label, row[key], "text", competencyOptions()));
      else if (Array.isArray(kind)) line.append(field(pointer, label, row[key], "text", choices(...kind)));
      else if (kind === "element") line.append(field(pointer, label, "", "text", []));
      else line.append(field(pointer, label, row[key], kind));
    }
    const competency = line.querySelector(`[id$="-${index}-competence"]`);
    const element = line.querySelector(`[id$="-${index}-element"]`);
    if (element) {
      fillElements(element, competency.value, row.element);
      competency.addEventListener("change", () => fillElements(element, competency.value, ""));
    }
    list.append(line);
  };
  rows.forEach(addRow);
  const add = el("button", { type: "button", className: "secondaire" }, t("ajouter"));
  add.setAttribute("aria-label", `${t("ajouter")} — ${t("p-" + base.split("/")[1])}`);
  add.addEventListener("click", () => {
    addRow({});
    list.lastChild.querySelector("select, input").focus();
  });
  return [list, el("div", { className: "actions" }, add)];
}

// A row is sent when something is typed in it; in the interview, a competency left without a
// result is not judged yet (the rows are offered one per competency).
function filled(base, columns, i) {
  const typed = (key) => value(`${base}/${i}/${key}`);
  if (base === "/entrevue/resultats") return !!(typed("statut") || typed("element"));
  return columns.some(([key]) => typed(key));
}

function selfAssessmentPart(self) {
  return partForm("autoevaluation", field("/autoevaluation/date", t("date-partie"), self.date, "date"),
                  ...rowsEditor("/autoevaluation/reponses", ANSWER_COLUMNS, self.reponses));
}

function interviewPart(interview) {
  // An interview not recorded yet: one row per competency, ready to be judged.
  const rows = interview.resultats.length ? interview.resultats
    : competencyOptions().map(([code]) => ({ competence: code }));
  return partForm("entrevue", field("/entrevue/date", t("date-partie"), interview.date, "date"),
                  ...rowsEditor("/entrevue/resultats", OUTCOME_COLUMNS, rows),
                  field("/entrevue/recommandation", t("recommandation"), interview.recommandation, "textarea"));
}

// The certificate: its number and date, kept in the list of people.
function sanctionPart() {
  const p = state.person.personne;
  return partForm("sanction", el("p", { className: "aide" }, t("sanction-aide")),
                  el("div", { className: "grille" },
                     field("/sanction/numero", t("numero"), p.numero_attestation),
                     field("/sanction/date_attestation", t("date"), p.date_attestation, "date")));
}

function rowsPart(part, rows, columns) {
  return partForm(part, ...rowsEditor("/" + part, columns, rows));
}

// What a part's form holds, as the API takes it; and where each sent row's fields are.
function readPart(part) {
  const sent = {};  // "/entrevue/resultats/0" sent → the form's row pointer
  const rows = (base, columns) => {
    const all = [];
    const count = document.querySelector(`[data-base="${base}"]`).children.length;
    for (let i = 0; i < count; ++i) {
      if (!filled(base, columns, i)) continue;
      sent[`${base}/${all.length}`] = `${base}/${i}`;
      all.push(Object.fromEntries(columns.map(([key]) => [key, value(`${base}/${i}/${key}`)])));
    }
    return all;
  };
  let body;
  if (part === "sanction") {
    body = { numero: value("/sanction/numero"), date_attestation: value("/sanction/date_attestation") };
  } else if (part === "etapes") {
    body = [];
    for (let n = 1; n <= 14; ++n) {
      const s = { numero: n };
      for (const key of ["prevue", "faite", "par", "remarque", "heure", "lieu"]) s[key] = value(`/etapes/${n}/${key}`);
      body.push(s);
    }
  } else if (part === "pieces") {
    body = DOCUMENT_KINDS.filter((k) => value(`/pieces/${k}/demandee`) || value(`/pieces/${k}/recue`))
      .map((k) => ({ type: k, recue: value(`/pieces/${k}/recue`) }));
  } else if (part === "autoevaluation") {
    body = { date: value("/autoevaluation/date"), reponses: rows("/autoevaluation/reponses", ANSWER_COLUMNS) };
  } else if (part === "entrevue") {
    body = { date: value("/entrevue/date"), resultats: rows("/entrevue/resultats", OUTCOME_COLUMNS),
             recommandation: value("/entrevue/recommandation") };
  } else {
    body = rows("/" + part, part === "observations" ? OBSERVATION_COLUMNS : VERDICT_COLUMNS);
  }
  return { body, sent };
}

// A problem's pointers into what was sent, made pointers to the form's fields.
function toFormPointers(problem, sent) {
  for (const error of problem.erreurs || []) {
    const pointer = error.pointeur || "";
    const row = Object.keys(sent).find((p) => pointer === p || pointer.startsWith(p + "/"));
    if (row) error.pointeur = sent[row] + pointer.slice(row.length);
  }
  return problem;
}

async function savePart(part) {
  try {
    await sendPart(part);
  } catch (error) {
    showProblem({ detail: t("echec") }, "sommaire-dossier");
  }
}

async function sendPart(part) {
  clearErrors("sommaire-dossier");
  const { body, sent } = readPart(part);
  const code = state.person.personne.code;
  const sanction = part === "sanction";
  const response = await api(`/api/personnes/${code}/${sanction ? "sanction" : "dossier/" + part}`, {
    method: "PUT", body: JSON.stringify(body),
    headers: { "Content-Type": "application/json",
               "If-Match": sanction ? state.person.version_sanction : state.version },
  });
  const answer = await response.json();
  if (!response.ok) {
    showProblem(toFormPointers(answer, sent), "sommaire-dossier", "/d");
    if (response.status === 409) offerReload();
    return;
  }
  const before = sanction ? state.person.version_sanction : state.version;
  const after = sanction ? answer.version_sanction : answer.version;
  const said = before === after ? "inchange" : answer.version_precedente ? "enregistree" : "enregistree-nouveau";
  if (sanction) state.person.version_sanction = after;
  else state.version = after;
  if (!sanction) state.person.dossier = answer.dossier;
  state.person.personne = answer.personne;
  renderSummary();
  const summary = $("sommaire-dossier");
  summary.textContent = t(said);
  summary.className = "ok";
  summary.hidden = false;  // announced (role="alert"); the focus stays on the button
  loadDocuments();
}

// After a conflict: what the person typed stays in the form; the current version is a click away.
function offerReload() {
  const reload = el("button", { type: "button", className: "secondaire" }, t("conflit-recharger"));
  reload.addEventListener("click", () => openPerson(state.person.personne.code));
  $("sommaire-dossier").append(reload);
}

// A filled form (booklet, registration, observation) read into the dossier, then shown.
async function readForm() {
  const code = state.person.personne.code;
  clearErrors("sommaire-dossier");
  const file = $("formulaire-pdf").files[0];
  if (!file) return showProblem({ detail: t("formulaire-manquant"), erreurs: [
    { pointeur: "/formulaire-pdf", message: t("formulaire-manquant") }] }, "sommaire-dossier");
  const response = await api(`/api/formulaires?candidat=${code}`, {
    method: "POST", headers: { "Content-Type": "application/pdf" }, body: file });
  if (!response.ok) return showProblem(await response.json(), "sommaire-dossier");
  await openPerson(code);
  const summary = $("sommaire-dossier");
  summary.textContent = t("formulaire-lu");
  summary.className = "ok";
  summary.hidden = false;
  summary.focus();
}

// ---- Documents by step ----

async function loadDocuments() {
  const code = state.person.personne.code;
  const response = await api(`/api/personnes/${code}/documents`);
  const list = $("documents-liste");
  list.replaceChildren();
  if (!response.ok) return;
  for (const d of (await response.json()).documents) {
    const item = el("li", { className: d.applicable ? "applicable" : "pas-encore" },
                    el("span", { className: "etape-doc" }, fmt("etape-n", { n: d.etape })),
                    el("strong", {}, d.titre));
    if (d.applicable) {
      const actions = el("span", { className: "actions-doc" });
      for (const lang of ["fr", "en"]) {
        const make = el("button", { type: "button", className: "secondaire" }, t("produire-" + lang));
        make.setAttribute("aria-label", `${t("produire-" + lang)} : ${d.titre}`);
        make.addEventListener("click", () => produce(d, lang));
        actions.append(make);
      }
      item.append(actions);
    } else {
      item.append(el("p", { className: "raison" }, d.raison));
    }
    list.append(item);
  }
}

async function produce(d, lang) {
  // The link to the document made before goes at once: it must not pass for this one.
  const out = $("document-produit");
  out.replaceChildren();
  out.setAttribute("aria-busy", "true");
  const response = await api("/api/rendu", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ document: d.nom, langue: lang === "en" ? "en-CA" : "fr-CA",
                           code_permanent: state.person.personne.code }),
  });
  out.removeAttribute("aria-busy");
  if (!response.ok) {
    const problem = await response.json();
    out.textContent = problem.detail + " " + (problem.erreurs || []).map((e) => e.message).join(" ; ");
    return;
  }
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || `${d.nom}.pdf`;
  const link = el("a", { href: URL.createObjectURL(await response.blob()), download: name, id: "document-lien" },
                  fmt("telecharger-doc", { titre: d.titre, langue: lang === "en" ? "English" : "français" }));
  out.replaceChildren(t("produit") + " ", link);
  link.focus();
}

// ---- Personal data ----

async function exportPerson() {
  const code = state.person.personne.code;
  const response = await api(`/api/personnes/${code}/export`);
  if (!response.ok) return;
  const link = el("a", { href: URL.createObjectURL(await response.blob()),
                         download: `donnees-personnelles_${code}.json` }, `donnees-personnelles_${code}.json`);
  $("donnees-resultat").replaceChildren(t("exporte") + " ", link);
  link.focus();
}

async function erasePerson() {
  const p = state.person.personne;
  if (!window.confirm(fmt("effacer-confirmer", { nom: `${p.prenom} ${p.nom}` }))) return;
  const response = await api("/api/personnes/" + p.code, { method: "DELETE" });
  if (!response.ok) return showProblem(await response.json(), "sommaire-dossier");
  showView("vue-personnes");
  await loadPeople();
  $("personnes-compte").textContent = t("efface") + " " + $("personnes-compte").textContent;
  $("recherche-texte").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("#onglets [data-vue]").forEach((b) =>
    b.addEventListener("click", () => showView(b.dataset.vue)));
  $("recherche").addEventListener("submit", (event) => {
    event.preventDefault();
    state.query = $("recherche-texte").value;
    state.page = 1;
    loadPeople();
  });
  $("page-precedente").addEventListener("click", () => { state.page--; loadPeople(); });
  $("page-suivante").addEventListener("click", () => { state.page++; loadPeople(); });
  $("retour-personnes").addEventListener("click", () => {
    showView("vue-personnes");
    loadPeople();
    $("recherche-texte").focus();
  });
  $("exporter").addEventListener("click", exportPerson);
  $("lire-formulaire").addEventListener("click", readForm);
  $("effacer").addEventListener("click", erasePerson);
  $("acces").addEventListener("submit", (event) => event.preventDefault());
  $("jeton").addEventListener("change", loadPeople);
  $("langue-interface").addEventListener("click", () => {
    loadPeople();
    if (state.view === "vue-dossier" && state.person) openPerson(state.person.personne.code);
  });
  loadPeople();
});

// The advisors' page: its texts in both languages, a one-off document for a person typed in
// (and batches from a CSV file), the organization profile; errors shown next to their fields
// (the problem details' JSON pointers), the PDF previewed and offered for download. The
// people and their dossiers: dossiers.js.
"use strict";

const TEXTS = {
  fr: {
    "titre": "Acquis — documents de la RAC", "document": "Document",
    "document-a-produire": "Document à produire", "langue-document": "Langue du document",
    "programme": "Programme", "personne": "Personne candidate", "prenom": "Prénom", "nom": "Nom",
    "code": "Code permanent", "aide-code": "Quatre lettres puis huit chiffres, ex. TREM12059001",
    "courriel": "Courriel", "telephone": "Téléphone", "employeur": "Employeur",
    "genre": "Accord (genre)", "non-precise": "Non précisé", "feminin": "Féminin",
    "masculin": "Masculin", "neutre": "Neutre", "numero": "Numéro d’attestation",
    "date": "Date d’attestation", "acces": "Accès",
    "jeton": "Jeton d’accès (si le service en demande un)", "verifier": "Vérifier",
    "produire": "Produire le PDF", "resultat": "Document produit",
    "telecharger": "Télécharger le PDF", "sans-programme": "(aucun)",
    "erreurs": "Des erreurs empêchent de produire le document :", "valide": "Tout est correct.",
    "echec": "Le service ne répond pas. Réessayez dans un instant.", "bascule": "English",
    "bascule-aide": "Switch to English", "bascule-langue": "en",
    "profil": "Profil de l’organisation",
    "profil-aide": "Ces renseignements figurent sur les guides et les attestations. L’enregistrement demande le jeton d’accès ; la version précédente est conservée.",
    "nom-org": "Nom de l’organisation", "service": "Service", "courriel-org": "Courriel générique",
    "telephone-org": "Téléphone", "adresse": "Adresse", "site": "Site web",
    "annee": "Année scolaire (ex. 2026-2027)", "couleur-principale": "Couleur principale",
    "couleur-accent": "Couleur d’accent", "logo": "Nouveau logo (PNG ou JPEG, 1 Mo au plus)",
    "signataires": "Signataires (les deux premiers signent l’attestation)",
    "signataire-nom": "Signataire {n} : nom", "signataire-role": "Signataire {n} : fonction",
    "apercu-guide": "Aperçu du guide", "enregistrer": "Enregistrer le profil",
    "enregistre": "Profil enregistré ; la version précédente est conservée.",
    "lot": "Lot : un document par personne d’un fichier CSV",
    "fichier-csv": "Fichier CSV des candidats (export du tableur)",
    "lot-zip": "Un PDF par personne (ZIP)", "lot-pdf": "Un seul PDF à imprimer",
    "csv-manquant": "Choisissez d’abord le fichier CSV des candidats.",
  },
  en: {
    "titre": "Acquis — RAC documents", "document": "Document",
    "document-a-produire": "Document to produce", "langue-document": "Document language",
    "programme": "Program", "personne": "Candidate", "prenom": "Given name", "nom": "Family name",
    "code": "Permanent code", "aide-code": "Four letters then eight digits, e.g. TREM12059001",
    "courriel": "Email", "telephone": "Phone", "employeur": "Employer",
    "genre": "Agreement (gender)", "non-precise": "Not given", "feminin": "Feminine",
    "masculin": "Masculine", "neutre": "Neutral", "numero": "Certificate number",
    "date": "Certificate date", "acces": "Access",
    "jeton": "Access token (if the service asks for one)", "verifier": "Check",
    "produire": "Produce the PDF", "resultat": "Document produced",
    "telecharger": "Download the PDF", "sans-programme": "(none)",
    "erreurs": "Errors prevent producing the document:", "valide": "Everything is correct.",
    "echec": "The service does not answer. Try again in a moment.", "bascule": "Français",
    "bascule-aide": "Passer au français", "bascule-langue": "fr",
    "profil": "Organization profile",
    "profil-aide": "This information appears on the guides and certificates. Saving requires the access token; the previous version is kept.",
    "nom-org": "Organization name", "service": "Department", "courriel-org": "Generic email",
    "telephone-org": "Phone", "adresse": "Address", "site": "Website",
    "annee": "School year (e.g. 2026-2027)", "couleur-principale": "Main colour",
    "couleur-accent": "Accent colour", "logo": "New logo (PNG or JPEG, 1 MB at most)",
    "signataires": "Signatories (the first two sign the certificate)",
    "signataire-nom": "Signatory {n}: name", "signataire-role": "Signatory {n}: title",
    "apercu-guide": "Preview the guide", "enregistrer": "Save the profile",
    "enregistre": "Profile saved; the previous version is kept.",
    "lot": "Batch: one document per person of a CSV file",
    "fichier-csv": "Candidates CSV file (spreadsheet export)",
    "lot-zip": "One PDF per person (ZIP)", "lot-pdf": "One PDF to print",
    "csv-manquant": "First choose the candidates CSV file.",
  },
};
let language = "fr";
const $ = (id) => document.getElementById(id);
const t = (key) => TEXTS[language][key] || key;

function translate() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-t]").forEach((node) => {
    node.textContent = t(node.dataset.t).replace("{n}", node.dataset.n || "");
  });
  document.querySelectorAll("[data-t-label]").forEach((node) => {
    node.setAttribute("aria-label", t(node.dataset.tLabel));
  });
  const toggle = $("langue-interface");
  toggle.textContent = t("bascule");
  toggle.lang = t("bascule-langue");
  toggle.setAttribute("aria-label", t("bascule-aide"));
  document.title = t("titre");
}

// The service answers its problems in the page's language, not the browser's.
function headers() {
  const token = $("jeton").value.trim();
  const sent = { "Accept-Language": language === "en" ? "en-CA" : "fr-CA" };
  if (token) sent.Authorization = "Bearer " + token;
  return sent;
}

async function fill(select, url, label, empty) {
  const response = await fetch(url, { headers: headers() });
  if (!response.ok) return;
  const items = await response.json();
  const chosen = select.value;  // kept across reloads (language switch, token entered)
  select.replaceChildren();
  if (empty) select.append(new Option(t("sans-programme"), ""));
  for (const item of items) select.append(new Option(label(item), item.nom || item.code));
  if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
}

function loadLists() {
  fill($("document"), "/api/documents", (d) => d.nom, false);
  fill($("programme"), "/api/programmes",
       (p) => `${language === "en" ? p.titre_en : p.titre} (${p.sanction} ${p.code})`, true);
}

function request() {
  const candidate = {};
  document.querySelectorAll("[id^='candidat-']").forEach((field) => {
    if (field.value.trim()) candidate[field.name] = field.value.trim();
  });
  const body = { document: $("document").value, langue: $("langue").value, candidat: candidate };
  if ($("programme").value) body.programme = $("programme").value;
  return body;
}

function clearErrors(summaryId = "sommaire") {
  document.querySelectorAll(".erreur").forEach((p) => { p.textContent = ""; });
  document.querySelectorAll("[aria-invalid]").forEach((f) => f.removeAttribute("aria-invalid"));
  const summary = $(summaryId);
  summary.hidden = true;
  summary.className = "";
  summary.replaceChildren();
}

// "/candidat/code_permanent" → the field "candidat-code_permanent" ("/annee_scolaire" → the
// profile's "profil-annee_scolaire"); errors of the template itself (file, line) go to the
// summary only.
function showProblem(problem, summaryId = "sommaire", prefix = "") {
  const summary = $(summaryId);
  const title = document.createElement("p");
  title.textContent = problem.detail || problem.title || t("erreurs");
  const list = document.createElement("ul");
  for (const error of problem.erreurs || []) {
    const pointer = error.pointeur || "";
    const id = pointer && (prefix + pointer).replace(/^\//, "").replaceAll("/", "-");
    const field = id && $(id);
    const item = document.createElement("li");
    const label = field && (field.labels[0]?.textContent || field.getAttribute("aria-label"));
    item.textContent = field ? `${label} : ${error.message}`
                             : (error.texte || error.message);
    list.append(item);
    if (field) {
      field.setAttribute("aria-invalid", "true");
      $("erreur-" + id).textContent = error.message;
    }
  }
  summary.replaceChildren(title, list);
  summary.hidden = false;
  summary.focus();
}

async function send(url) {
  clearErrors();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers() },
      body: JSON.stringify(request()),
    });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) return showProblem(type.includes("json") ? await response.json() : {});
    if (type.includes("application/pdf")) return showPdf(response);
    const summary = $("sommaire");
    summary.textContent = t("valide");
    summary.className = "ok";
    summary.hidden = false;
  } catch (error) {
    showProblem({ detail: t("echec") });
  }
}

async function showPdf(response) {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || "document.pdf";
  const link = $("telecharger");
  link.href = url;
  link.download = name;
  $("apercu").src = url;
  $("resultat").hidden = false;
  link.focus();
}

// A batch: the CSV file's text sent as is; the ZIP or the merged PDF offered for download.
async function sendBatch(format) {
  clearErrors();
  const file = $("candidats_csv").files[0];
  if (!file) return showProblem({ detail: t("csv-manquant"), erreurs: [
    { pointeur: "/candidats_csv", message: t("csv-manquant") }] });
  const body = { document: $("document").value, langue: $("langue").value, format,
                 candidats_csv: await file.text() };
  if ($("programme").value) body.programme = $("programme").value;
  try {
    const response = await fetch("/api/lot", {
      method: "POST", headers: { "Content-Type": "application/json", ...headers() },
      body: JSON.stringify(body),
    });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) return showProblem(type.includes("json") ? await response.json() : {});
    const url = URL.createObjectURL(await response.blob());
    const link = $("telecharger");
    link.href = url;
    link.download = `${body.document}.${format === "zip" ? "zip" : "pdf"}`;
    $("apercu").src = format === "pdf" ? url : "about:blank";
    $("resultat").hidden = false;
    link.focus();
  } catch (error) {
    showProblem({ detail: t("echec") });
  }
}

// The organization profile: shown as saved, previewed in a guide, saved with the token.
const SIGNATORIES = 4;  // as many as the profile holds: none is lost by a save from the page

// One name and one title field per signatory, like the page's other fields.
function addSignatoryFields() {
  for (let i = 0; i < SIGNATORIES; ++i)
    for (const part of ["nom", "role"]) {
      const id = `profil-signataires-${i}-${part}`;
      const field = document.createElement("div");
      field.className = "champ";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.dataset.t = `signataire-${part}`;
      label.dataset.n = String(i + 1);
      const input = document.createElement("input");
      input.id = id;
      input.setAttribute("aria-describedby", `erreur-${id}`);
      const error = document.createElement("p");
      error.className = "erreur";
      error.id = `erreur-${id}`;
      field.append(label, input, error);
      $("profil-signataires").append(field);
    }
}

async function loadProfile() {
  const response = await fetch("/api/organisation", { headers: headers() });
  if (!response.ok) return;
  const profile = await response.json();
  for (const key of ["nom", "service", "courriel", "telephone", "adresse", "site", "annee_scolaire"])
    $("profil-" + key).value = profile[key] || "";
  $("profil-couleurs-principale").value = profile.couleurs.principale;
  $("profil-couleurs-accent").value = profile.couleurs.accent;
  for (let i = 0; i < SIGNATORIES; ++i) {
    const s = profile.signataires[i] || {};
    $(`profil-signataires-${i}-nom`).value = s.nom || "";
    $(`profil-signataires-${i}-role`).value = s.role || "";
  }
}

async function profileFromForm() {
  const profile = { couleurs: { principale: $("profil-couleurs-principale").value,
                                accent: $("profil-couleurs-accent").value }, signataires: [] };
  for (const key of ["nom", "service", "courriel", "telephone", "adresse", "site", "annee_scolaire"])
    profile[key] = $("profil-" + key).value.trim();
  for (let i = 0; i < SIGNATORIES; ++i) {
    const nom = $(`profil-signataires-${i}-nom`).value.trim();
    const role = $(`profil-signataires-${i}-role`).value.trim();
    if (nom || role) profile.signataires.push({ nom, role });
  }
  const file = $("profil-logo_donnees").files[0];
  if (file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    profile.logo_donnees = btoa(binary);
  }
  return profile;
}

async function sendProfile(save) {
  clearErrors("sommaire-profil");
  const profile = await profileFromForm();
  try {
    const response = await fetch(save ? "/api/organisation" : "/api/organisation/apercu", {
      method: save ? "PUT" : "POST",
      headers: { "Content-Type": "application/json", ...headers() },
      body: JSON.stringify(save ? profile : { document: "guide-candidat", langue: $("langue").value,
                                              profil: profile }),
    });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok)
      return showProblem(type.includes("json") ? await response.json() : {}, "sommaire-profil", "/profil");
    if (!save) return showPdf(response);
    const summary = $("sommaire-profil");
    summary.textContent = t("enregistre");
    summary.className = "ok";
    summary.hidden = false;
    loadProfile();
  } catch (error) {
    showProblem({ detail: t("echec") }, "sommaire-profil");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  addSignatoryFields();
  translate();
  loadLists();
  loadProfile();
  $("apercu-guide").addEventListener("click", () => sendProfile(false));
  $("lot-zip").addEventListener("click", () => sendBatch("zip"));
  $("lot-pdf").addEventListener("click", () => sendBatch("pdf"));
  $("formulaire-profil").addEventListener("submit", (event) => {
    event.preventDefault();
    sendProfile(true);
  });
  $("langue-interface").addEventListener("click", () => {
    language = language === "fr" ? "en" : "fr";
    translate();
    loadLists();
  });
  $("jeton").addEventListener("change", () => { loadLists(); loadProfile(); });
  $("verifier").addEventListener("click", () => send("/api/validation"));
  $("formulaire").addEventListener("submit", (event) => {
    event.preventDefault();
    send("/api/rendu");
  });
});

// End-to-end test of the advisors' workspace in Debian's headless Chromium: find a person by a
// name typed without accents, record the validation interview's results, see the interview
// summary become available, download it and read its text; a wrong date shown at its field;
// two browsers saving the same dossier (the second refused, nothing lost); the access journal;
// axe-core on every view. Screenshots of each view go to $E2E_CAPTURES when set.
// Usage: node tests/e2e/workspace.mjs path/to/acquis-serve   (from the project root)
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const server = process.argv[2];
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const captures = process.env.E2E_CAPTURES;
let failures = 0;
function check(condition, what) {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures++;
}

const data = mkdtempSync(join(tmpdir(), "acquis-e2e-espace-"));
cpSync("samples", data, { recursive: true });
const users = { "julie.tremblay": "jeton-de-julie-0123456789", "nadia.roy": "jeton-de-nadia-0123456789" };
const config = join(mkdtempSync(join(tmpdir(), "acquis-e2e-config-")), "acquis.json");
writeFileSync(config, JSON.stringify({ utilisateurs: users }));

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(server, ["--donnees", data, "--port", "0", "--config", config],
                        { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const found = log.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (found) resolve({ child, port: Number(found[1]) });
    });
    child.on("exit", (code) => reject(new Error(`acquis-serve ended (${code}): ${log}`)));
  });
}

const axeSource = readFileSync("tests/e2e/node_modules/axe-core/axe.min.js", "utf8");
// axe-core is injected as a script, which the page's Content-Security-Policy forbids: the
// context that runs it bypasses the policy (the page's own scripts are the same).
async function accessible(page, view) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    (await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] })).violations
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
  check(result.length === 0, `axe-core finds no violation in ${view}${result.length ? " — " + result.join("; ") : ""}`);
}

// The whole page, or one part of it (`selector`) at its real size.
async function capture(page, name, selector) {
  if (!captures) return;
  const path = join(captures, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

async function signIn(browser, port, token) {
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => check(false, `no script error (${error.message})`));
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByLabel("Jeton d’accès").fill(token);
  await page.getByLabel("Jeton d’accès").dispatchEvent("change");
  await page.waitForSelector("#personnes tbody tr");
  return page;
}

// The list as it is once the latest answer is shown.
async function listed(page, action) {
  const answer = page.waitForResponse((r) => r.url().includes("/api/personnes?"));
  await action();
  await answer;
  await page.waitForSelector("#personnes:not([aria-busy])", { state: "attached" });
}

async function search(page, text, expected) {
  await page.getByLabel("Rechercher par nom").fill(text);
  await listed(page, () => page.getByRole("button", { name: "Rechercher", exact: true }).click());
  await page.getByRole("button", { name: expected }).waitFor();
}

const { child, port } = await startServer();
const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox"] });
try {
  const page = await signIn(browser, port, users["julie.tremblay"]);
  check((await page.textContent("#personnes-compte")).includes("25 personnes ; page 1 sur 2"), "the list counts the 25 people of the samples");
  check((await page.locator("#personnes tbody tr").count()) === 20, "and shows them 20 to a page");
  await capture(page, "1-personnes");
  await accessible(page, "the people list");
  await listed(page, () => page.getByRole("button", { name: "Page suivante" }).click());
  check((await page.locator("#personnes tbody tr").count()) === 5, "the second page holds the last 5");

  // Typed without its accent, the name finds the person.
  await search(page, "chloe gauth", "Gauthier, Chloé");
  check((await page.locator("#personnes tbody tr").count()) === 1, "« chloe gauth » finds Chloé Gauthier alone");
  await page.getByRole("button", { name: "Gauthier, Chloé" }).click();
  await page.waitForSelector("#titre-dossier:text('Chloé Gauthier — GAUC12617906')");
  check(await page.evaluate(() => document.activeElement.id) === "titre-dossier", "the dossier's title takes the focus");
  const summaryItem = page.locator("#documents-liste li", { hasText: "Bilan de l’entrevue de validation" });
  await summaryItem.waitFor();
  check((await summaryItem.textContent()).includes("Pas encore : le dossier n’est pas encore ouvert"),
        "before the interview, the summary says why it is not available yet");
  await capture(page, "2-dossier-avant-entrevue");
  await accessible(page, "the dossier");

  // Each row offers the elements of its competency, and follows a change of competency.
  const elements = async () => page.locator("#d-entrevue-resultats-0-element option").allTextContents();
  const first = await elements();
  check(first.length > 2 && first[1].startsWith("1 — "), "a result's element is chosen among its competency's");
  await page.locator("#d-entrevue-resultats-0-competence").selectOption({ index: 2 });
  check((await elements()).join() !== first.join(), "and the choices follow the competency chosen");
  await page.locator("#d-entrevue-resultats-0-competence").selectOption({ index: 1 });

  // A wrong date: its error next to the field.
  await page.locator("#d-entrevue-date").fill("2026-11-31");
  await page.locator("#d-entrevue-resultats-0-statut").selectOption("maitrisee");
  await page.locator("#d-entrevue-resultats-1-statut").selectOption("non-maitrisee");
  await page.getByLabel("Recommandation").fill("Observer la compétence 01 en entreprise ; formation pour la compétence 02.");
  await page.getByRole("button", { name: "Enregistrer — Entrevue de validation" }).click();
  await page.waitForSelector("#erreur-d-entrevue-date:not(:empty)");
  check((await page.getAttribute("#d-entrevue-date", "aria-invalid")) === "true", "a wrong date is marked invalid");
  check((await page.textContent("#erreur-d-entrevue-date")).includes("date AAAA-MM-JJ valide"), "its error is shown next to it");
  check(await page.evaluate(() => document.activeElement.id) === "sommaire-dossier", "the summary of errors takes the focus");
  check(!existsSync(join(data, "dossiers", "GAUC12617906.xml")), "nothing is written");
  await capture(page, "3-dossier-date-erronee");
  await capture(page, "3b-sommaire-erreurs", "#sommaire-dossier");
  await capture(page, "3c-entrevue-erreur", "#partie-entrevue");
  await accessible(page, "the dossier with an error shown");

  // The interview recorded: the summary becomes available.
  await page.locator("#d-entrevue-date").fill("2026-11-30");
  await page.getByRole("button", { name: "Enregistrer — Entrevue de validation" }).click();
  await page.waitForSelector("#sommaire-dossier.ok");
  check((await page.textContent("#sommaire-dossier")) === "Enregistré : le dossier est ouvert.", "her dossier is opened");
  check((await page.getAttribute("#d-entrevue-date", "aria-invalid")) === null, "the corrected date is no longer marked");
  const saved = readFileSync(join(data, "dossiers", "GAUC12617906.xml"), "utf8");
  check(saved.includes('<entrevue date="2026-11-30">') && saved.includes('statut="non-maitrisee"'),
        "the dossier holds the interview and its results");
  await page.locator("#documents-liste li", { hasText: "Bilan de l’entrevue de validation" })
    .getByRole("button", { name: "Produire en français" }).waitFor();
  check(true, "the interview summary is now available");
  await capture(page, "4-dossier-apres-entrevue");
  await capture(page, "4b-documents", "#documents-liste");

  await page.getByRole("button", { name: "Produire en français : Bilan de l’entrevue de validation" }).click();
  const link = page.locator("#document-lien");
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const folder = mkdtempSync(join(tmpdir(), "acquis-e2e-"));
  const pdf = join(folder, "bilan.pdf");
  await download.saveAs(pdf);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  check(download.suggestedFilename().startsWith("bilan-entrevue_gauthier-chloe_GAUC12617906"), "the summary is named after the person");
  check(text.includes("Chloé Gauthier"), "its text names Chloé Gauthier");
  check(text.includes("30 novembre 2026"), "gives the interview's date");
  check(text.includes("Observer la compétence 01 en entreprise"), "and the recommendation typed");

  // The English version, one click away.
  await page.getByRole("button", { name: "Produire en anglais : Bilan de l’entrevue de validation" }).click();
  await page.waitForSelector("#document-lien:text('English')");
  check(true, "the English summary is produced too");

  // Two advisors on one dossier: the second save is refused, what was typed stays.
  await page.getByRole("button", { name: "Retour à la liste" }).click();
  await search(page, "oceane", "Poulin, Océane");
  await page.getByRole("button", { name: "Poulin, Océane" }).click();
  await page.waitForSelector("#d-etapes-1-faite");
  const other = await signIn(browser, port, users["nadia.roy"]);
  await search(other, "POULIN", "Poulin, Océane");
  await other.getByRole("button", { name: "Poulin, Océane" }).click();
  await other.waitForSelector("#d-etapes-1-faite");

  await page.locator("#d-etapes-3-faite").fill("2026-09-10");
  await page.locator("#d-etapes-3-par").fill("Julie Tremblay");
  await page.getByRole("button", { name: "Enregistrer — Étapes du processus" }).click();
  await page.waitForSelector("#sommaire-dossier.ok");
  await other.locator("#d-pieces-releve-notes-demandee").check();
  await other.locator("#d-pieces-releve-notes-recue").fill("2026-09-12");
  await other.getByRole("button", { name: "Enregistrer — Pièces justificatives" }).click();
  await other.waitForSelector("#sommaire-dossier:not(.ok):not([hidden])");
  const refusal = await other.textContent("#sommaire-dossier");
  check(refusal.includes("Quelqu’un d’autre a enregistré ce dossier") && refusal.includes("partie modifiée : étapes du processus"),
        "the second save is refused, saying someone else saved the steps meanwhile");
  check((await other.inputValue("#d-pieces-releve-notes-recue")) === "2026-09-12", "what the second advisor typed is still there");
  let file = readFileSync(join(data, "dossiers", "POUO29528016.xml"), "utf8");
  check(file.includes('numero="3" faite="2026-09-10" par="Julie Tremblay"') && !file.includes("releve-notes"),
        "the first save is kept whole");
  await capture(other, "5-conflit", "#sommaire-dossier");
  await capture(other, "5b-pieces", "#partie-pieces");
  await accessible(other, "the dossier with a conflict shown");
  await other.getByRole("button", { name: "Recharger le dossier" }).click();
  await other.waitForFunction(() => document.getElementById("d-etapes-3-faite").value === "2026-09-10");
  await other.locator("#d-pieces-releve-notes-demandee").check();
  await other.locator("#d-pieces-releve-notes-recue").fill("2026-09-12");
  await other.getByRole("button", { name: "Enregistrer — Pièces justificatives" }).click();
  await other.waitForSelector("#sommaire-dossier.ok");
  check((await other.textContent("#sommaire-dossier")).includes("La version précédente est conservée"),
        "the save says the former version is kept");
  file = readFileSync(join(data, "dossiers", "POUO29528016.xml"), "utf8");
  check(file.includes('numero="3" faite="2026-09-10"') && file.includes('<piece type="releve-notes" recue="2026-09-12"'),
        "reloaded, the second save keeps both changes");
  check(readdirSync(join(data, "dossiers", "versions")).filter((f) => f.startsWith("POUO")).length === 1,
        "the version before the second save is kept");

  // The access journal: who did what for whom, never the content.
  const journal = readFileSync(join(data, "journal.log"), "utf8");
  check(/\tjulie\.tremblay\tdossier-enregistre\tGAUC12617906\tentrevue/.test(journal), "the journal records Julie's save of the interview");
  check(/\tjulie\.tremblay\tdocument-produit\tGAUC12617906\tbilan-entrevue/.test(journal), "and the summary she had made");
  check(/\tnadia\.roy\tdossier-enregistre\tPOUO29528016\tpieces/.test(journal), "and Nadia's save");
  check(!journal.includes("2026-11-30") && !journal.includes("Observer"), "but none of the dossier's content");

  // The certificate: refused for someone not certified, given to Nguyen Thi Lan who is.
  await page.getByRole("button", { name: "Retour à la liste" }).click();
  await search(page, "thi lan", "Thi Lan, Nguyen");
  await page.getByRole("button", { name: "Thi Lan, Nguyen" }).click();
  const certificate = page.locator("#documents-liste li", { hasText: "Attestation de compétences" });
  await certificate.locator(".raison").waitFor();
  await page.locator("#d-sanction-numero").fill("2026-0001");
  await page.locator("#d-sanction-date_attestation").fill("2026-11-30");
  await page.getByRole("button", { name: "Enregistrer — Sanction (attestation)" }).click();
  await page.waitForSelector("#erreur-d-sanction-numero:not(:empty)");
  check((await page.textContent("#erreur-d-sanction-numero")).includes("déjà celui d’une autre personne"),
        "a certificate number already given is refused at its field");
  await page.locator("#d-sanction-numero").fill("2026-0100");
  await page.getByRole("button", { name: "Enregistrer — Sanction (attestation)" }).click();
  await page.waitForSelector("#sommaire-dossier.ok");
  await certificate.getByRole("button", { name: "Produire en français" }).waitFor();
  check((await page.textContent("#dossier-resume")).includes("Attestation n° 2026-0100 du 2026-11-30"),
        "her certificate is shown, and the certificate can now be made");
  await capture(page, "5c-sanction", "#partie-sanction");
  await page.getByRole("button", { name: "Produire en français : Attestation de compétences" }).click();
  const certificateLink = page.locator("#document-lien");
  await certificateLink.waitFor();
  const [certificateFile] = await Promise.all([page.waitForEvent("download"), certificateLink.click()]);
  const certificatePdf = join(folder, "attestation.pdf");
  await certificateFile.saveAs(certificatePdf);
  const certificateText = execFileSync("pdftotext", [certificatePdf, "-"]).toString();
  check(certificateText.includes("Nguyen Thi Lan") && certificateText.includes("2026-0100"),
        "the certificate names her and bears the number");
  check(readFileSync(join(data, "candidats.csv"), "utf8").includes(";2026-0100;2026-11-30"),
        "the list of people holds the number and date");

  // A PDF that is not a filled form is refused with the reason, nothing read.
  await page.getByRole("button", { name: "Lire le formulaire" }).click();
  await page.waitForSelector("#erreur-formulaire-pdf:not(:empty)");
  check(true, "reading a form without choosing one says so at the file field");
  await page.setInputFiles("#formulaire-pdf", certificatePdf);
  await page.getByRole("button", { name: "Lire le formulaire" }).click();
  await page.locator("#sommaire-dossier", { hasText: "aucun champ à lire" }).waitFor();
  check(true, "a printed PDF, with no field to read, is refused with the reason");

  await page.getByRole("button", { name: "Retour à la liste" }).click();
  await search(page, "", "Poulin, Océane");

  // The other views, looked at and checked.
  await page.getByRole("button", { name: "Document ponctuel et lots" }).click();
  await capture(page, "6-ponctuel");
  await accessible(page, "the one-off document view");
  await page.getByRole("button", { name: "Profil de l’organisation" }).click();
  await capture(page, "7-profil");
  await accessible(page, "the profile view");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page.getByRole("button", { name: "People" }).click();
  await page.waitForSelector("#personnes-compte:text('25 people')");
  check(await page.getByRole("columnheader", { name: "Step reached" }).isVisible(), "the list speaks English too");
  await capture(page, "8-people-en");

  // Export and erasure of a person's data.
  await page.getByRole("button", { name: "Poulin, Océane" }).click();
  await page.getByRole("button", { name: "Export their data (JSON)" }).click();
  const exported = page.locator("#donnees-resultat a");
  await exported.waitFor();
  const [json] = await Promise.all([page.waitForEvent("download"), exported.click()]);
  const dump = JSON.parse(readFileSync(await json.path(), "utf8"));
  check(dump.personne.code_permanent === "POUO29528016" && dump.sources.dossiers.length >= 1,
        "the export holds the person and their dossier");
  await page.getByRole("button", { name: "Erase the person" }).click();
  await page.waitForSelector("#personnes-compte:text('erased')");
  check(!existsSync(join(data, "dossiers", "POUO29528016.xml")) &&
        !readFileSync(join(data, "candidats.csv"), "utf8").includes("POUO29528016"), "the erasure removes her");
} finally {
  await browser.close();
  child.kill("SIGTERM");
}
console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);

// End-to-end test of the advisors' page: acquis-serve on a free loopback port, Debian's
// Chromium driven headless by playwright-core. The page must show a wrong field's error next
// to it, switch to English, and produce a PDF whose text holds the candidate's name.
// Usage: node tests/e2e/page.mjs path/to/acquis-serve   (from the project root)
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const server = process.argv[2];
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
let failures = 0;
function check(condition, what) {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures++;
}

// The server works on a copy of samples/: the test saves a profile.
const data = mkdtempSync(join(tmpdir(), "acquis-e2e-donnees-"));
cpSync("samples", data, { recursive: true });
const token = "jeton-e2e";

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(server, ["--donnees", data, "--port", "0"],
                        { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ACQUIS_JETON: token } });
    let log = "";
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const found = log.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (found) resolve({ child, port: Number(found[1]) });
    });
    child.on("exit", (code) => reject(new Error(`acquis-serve ended (${code}): ${log}`)));
  });
}

const { child, port } = await startServer();
const browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => check(false, `no script error (${error.message})`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByLabel("Jeton d’accès").fill(token);
  await page.getByLabel("Jeton d’accès").dispatchEvent("change");
  await page.waitForSelector("#document option[value='attestation']", { state: "attached" });
  await page.waitForSelector("#programme option[value='5195']", { state: "attached" });
  check((await page.getAttribute("html", "lang")) === "fr", "the page opens in French");
  await page.getByRole("button", { name: "Document ponctuel et lots" }).click();

  await page.selectOption("#document", "attestation");
  await page.selectOption("#programme", "5195");
  await page.getByLabel("Prénom").fill("Éloïse");
  await page.getByLabel("Nom", { exact: true }).fill("Côté-Bérubé");
  await page.getByLabel("Code permanent", { exact: true }).fill("COTE1234");
  // A certificate is for a certified person: its number and date say so.
  await page.getByLabel("Numéro d’attestation").fill("2026-0001");
  await page.getByLabel("Date d’attestation").fill("2026-11-22");
  await page.getByRole("button", { name: "Vérifier" }).click();
  await page.waitForSelector("#erreur-candidat-code_permanent:not(:empty)");
  check((await page.getAttribute("#candidat-code_permanent", "aria-invalid")) === "true",
        "a wrong code permanent is marked invalid");
  check((await page.textContent("#erreur-candidat-code_permanent")).includes("code permanent invalide"),
        "its error is shown next to the field");
  check(await page.isVisible("#sommaire"), "and summarized at the top");

  await page.getByLabel("Code permanent", { exact: true }).fill("COTE12345678");
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/rendu"));
  await page.getByLabel("Code permanent", { exact: true }).press("Enter");  // the keyboard submits the form
  const response = await answer;
  check(response.status() === 200, "the PDF is produced");
  check(response.headers()["content-type"] === "application/pdf", "as application/pdf");
  await page.waitForSelector("#resultat:not([hidden])");
  check((await page.getAttribute("#telecharger", "download")) ===
        "attestation_cote-berube-eloise_COTE12345678.pdf", "the download link has the batch's file name");
  check(await page.getAttribute("#candidat-code_permanent", "aria-invalid") === null,
        "the corrected field is no longer marked");

  // What the user gets by following the download link.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#telecharger")]);
  check(download.suggestedFilename() === "attestation_cote-berube-eloise_COTE12345678.pdf",
        "the download is named after the candidate");
  const folder = mkdtempSync(join(tmpdir(), "acquis-e2e-"));
  const pdf = join(folder, "attestation.pdf");
  await download.saveAs(pdf);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  check(text.includes("Éloïse Côté-Bérubé"), "the PDF's text holds the candidate's name");
  check(text.includes("COTE12345678"), "and the code permanent");

  // A batch from the spreadsheet's CSV: a ZIP of one PDF per person.
  await page.setInputFiles("#candidats_csv", "samples/candidats.csv");
  const batch = page.waitForResponse((r) => r.url().endsWith("/api/lot"));
  await page.getByRole("button", { name: "Un PDF par personne (ZIP)" }).click();
  const zip = await batch;
  check(zip.status() === 200 && zip.headers()["content-type"] === "application/zip",
        "a CSV file gives a ZIP of the batch");
  await page.waitForSelector('#telecharger[download="attestation.zip"]', { state: "attached" });
  check(true, "offered for download as attestation.zip");

  // The organization profile: a wrong school year shown at its field, then a preview and a save.
  await page.getByRole("button", { name: "Profil de l’organisation" }).click();
  for (let i = 0; i < 100 && (await page.inputValue("#profil-annee_scolaire")) !== "2026-2027"; i++)
    await page.waitForTimeout(50);  // (waitForFunction would need eval, which the page forbids)
  await page.getByLabel("Année scolaire").fill("2026-2028");
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  await page.waitForSelector("#erreur-profil-annee_scolaire:not(:empty)");
  check((await page.getAttribute("#profil-annee_scolaire", "aria-invalid")) === "true",
        "a wrong school year is marked at its field");
  await page.getByLabel("Année scolaire").fill("2027-2028");
  check((await page.inputValue("#profil-signataires-1-nom")) === "Jean-François Gagnon",
        "the saved signatories are shown");
  await page.getByLabel("Signataire 3 : nom").fill("Annie Ouellet");
  await page.getByLabel("Signataire 3 : fonction").fill("Conseillère en RAC");
  const preview = page.waitForResponse((r) => r.url().endsWith("/api/organisation/apercu"));
  await page.getByRole("button", { name: "Aperçu du guide" }).click();
  check((await preview).status() === 200, "the guide is previewed with the new year");
  check(readFileSync(join(data, "organisation.xml"), "utf8").includes("2026-2027"),
        "a preview saves nothing");
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/organisation") &&
                                            r.request().method() === "PUT");
  await page.getByRole("button", { name: "Enregistrer le profil" }).click();
  check((await saved).status() === 200, "the profile is saved");
  await page.waitForSelector("#sommaire-profil.ok");
  const savedProfile = readFileSync(join(data, "organisation.xml"), "utf8");
  check(savedProfile.includes("2027-2028"), "organisation.xml holds the new year");
  check(savedProfile.includes("Annie Ouellet") && savedProfile.includes("Jean-François Gagnon"),
        "and a third signatory beside the first two");
  check(existsSync(join(data, "versions")) && readdirSync(join(data, "versions")).length === 1,
        "the previous version is kept");

  if (process.env.E2E_SCREENSHOT) await page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true });
  await page.getByRole("button", { name: "Switch to English" }).click();
  check((await page.getAttribute("html", "lang")) === "en", "the English switch changes the page language");
  check(await page.getByLabel("Signatory 4: title").isVisible(), "and the signatories' labels");
  await page.getByRole("button", { name: "One-off document and batches" }).click();
  check(await page.getByLabel("Given name").isVisible(), "and the form's");
} finally {
  await browser.close();
  child.kill("SIGTERM");
}
console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);

"""Fillable forms, end to end, read with tools independent of the writer.

For the self-assessment booklet (blank and made for a person, fr-CA and en-CA) and the other
fillable documents: every field is listed by pdf.js with its type, name, options and
description; the file passes the accessibility checker; it prints as the plain document does
when nothing is typed (pages rendered by poppler, compared pixel by pixel). Then the booklet is
filled the way viewers save it (pikepdf: values and states set in place; pdf.js: its own save),
read back with `acquis lire` and by the service, and the dossier holds the same answers. The
registration form, made for a person or blank, comes back the same way: the name and contact
into the list of people (a newcomer added), the rest into the dossier, and the form made again
holds it; the observation booklet's sessions become the dossier's observations. Every bad upload is refused with its reason and leaves the data folder as it was.

Usage: python3 test_forms.py ACQUIS ACQUIS_SERVE   (from the project root; Debian's python3)
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import pikepdf

ACQUIS, SERVE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
HERE = os.path.dirname(os.path.abspath(__file__))
WORK = tempfile.mkdtemp(prefix="acquis-forms-")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(*args, data=None):
    return subprocess.run([ACQUIS, *args] + (["--donnees", data] if data else []),
                          capture_output=True, text=True)


def fresh_data():
    folder = tempfile.mkdtemp(dir=WORK)
    shutil.copytree("samples", folder, dirs_exist_ok=True)
    return folder


def folder_hash(folder):
    digest = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            digest.update(path.encode() + open(path, "rb").read())
    return digest.hexdigest()


def produce(document, out, *args):
    result = run("produire", document, "--remplissable", "--deterministe", "-o", out, *args,
                 data="samples")
    check(result.returncode == 0, f"{document} {args}: {result.stderr}")
    return out


def run_in(data, code):
    out = os.path.join(WORK, f"again-{code}.pdf")
    result = run("produire", "cahier-autoevaluation", "--remplissable", "--candidat", code, "-o",
                 out, data=data)
    check(result.returncode == 0, f"made again: {result.stderr}")
    return out


def pdfjs_fields(pdf, answers=None, out=None):
    command = ["node", os.path.join(HERE, "fill_pdfjs.mjs"), pdf]
    if answers is not None:
        answers_file = os.path.join(WORK, "answers.json")
        json.dump(answers, open(answers_file, "w"), ensure_ascii=False)
        command += [answers_file, out]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def self_assessment(folder, code):
    """The <autoevaluation> of the person's dossier, as (answers, examples, enclosed)."""
    text = open(os.path.join(folder, "dossiers", code + ".xml"), encoding="utf-8").read()
    part = re.search(r"<autoevaluation[^>]*>(.*?)</autoevaluation>", text, re.S)
    if not part:
        return set(), {}, set()
    body = part.group(1)
    answers = {(c, e, n) for c, e, n in re.findall(
        r'<reponse competence="([^"]*)"(?: element="([^"]*)")? niveau="([^"]*)"', body)}
    examples = dict(re.findall(r'<exemples competence="([^"]*)">(.*?)</exemples>', body, re.S))
    enclosed = set(re.findall(r'<joint type="([^"]*)"', body))
    return answers, examples, enclosed


# ---- 1. What a viewer lists, for every fillable document -------------------------------------
FILLABLE = [("cahier-autoevaluation", ["--programme", "5195"]),
            ("cahier-autoevaluation", ["--candidat", "DIAA15569905"]),
            ("cahier-autoevaluation", ["--programme", "EEC.9X"]),
            ("fiche-inscription", []),
            ("fiche-inscription", ["--candidat", "DIAA15569905"]),
            ("plan-action", ["--candidat", "COTE12345678"]),
            ("cahier-observation", ["--programme", "5195"])]
made = []
for language in ["fr-CA", "en-CA"]:
    for document, args in FILLABLE:
        out = os.path.join(WORK, f"{document}-{len(made)}-{language}.pdf")
        produce(document, out, "--langue", language, *args)
        if not os.path.exists(out):
            continue
        made.append(out)
        fields = pdfjs_fields(out)
        names = [f["name"] for f in fields]
        check(len(names) == len(set(names)), f"{out}: a field listed twice")
        check(len(fields) > 3, f"{out}: only {len(fields)} fields")
        for f in fields:
            check(f["type"] in ("text", "radio", "checkbox"), f"{out}: {f['name']} is {f['type']}")
            check(f["description"].strip() != "", f"{out}: {f['name']} has no description")
            check("." not in f["name"], f"{out}: {f['name']} has a period")
            if f["type"] == "radio":
                check(f["options"] == ["maitrise", "partiel", "non"] or len(f["options"]) >= 2,
                      f"{out}: {f['name']} options {f['options']}")
        identity = [f for f in fields if f["name"] == "acquis"]
        check(len(identity) == 1 and identity[0]["value"].startswith("acquis-formulaire/1;"),
              f"{out}: no identity field")
        # Accessibility of the fields: in a Form element, with /TU (the checker's condition).
        result = subprocess.run(["/usr/bin/python3", "tests/accessibility/check_pdfua.py", out],
                                capture_output=True, text=True)
        check(result.returncode == 0, f"{out}: accessibility: {result.stdout[-800:]}")
        check(subprocess.run(["qpdf", "--check", out], capture_output=True).returncode == 0,
              f"{out}: qpdf --check")

# The booklet's fields: one radio group per element (three options), named program/competency/
# element; examples per competency; the enclosed documents; the typed identity when blank.
blank = os.path.join(WORK, "cahier-5195.pdf")
produce("cahier-autoevaluation", blank, "--programme", "5195")
fields = {f["name"]: f for f in pdfjs_fields(blank)}
check(fields.get("5195/01/1", {}).get("options") == ["maitrise", "partiel", "non"],
      f"5195/01/1: {fields.get('5195/01/1')}")
check("Compétence 01" in fields.get("5195/01/1", {}).get("description", ""),
      "the radio group's description names the competency")
check(fields.get("5195/01/exemples", {}).get("type") == "text", "examples field")
check(fields.get("5195/code-permanent", {}).get("type") == "text", "blank: code permanent field")
check(fields.get("5195/joint/curriculum-vitae", {}).get("type") == "checkbox", "enclosed CV")

# A batch: each person's booklet is a form; the merged file, a print job, has none (the forms
# would share their field names).
folder, merged = os.path.join(WORK, "lot"), os.path.join(WORK, "lot.pdf")
result = run("lot", "cahier-autoevaluation", "--remplissable", "--silencieux", "--sortie", folder,
             "--fusion", merged, data="samples")
check(result.returncode == 0, f"lot --remplissable: {result.stderr}")
separate = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
check(len(separate) > 5, f"lot: {len(separate)} files")
for name in separate[:3]:
    fields = pdfjs_fields(os.path.join(folder, name))
    check(any(f["type"] == "radio" for f in fields), f"lot: {name} is not a form")
with pikepdf.open(merged) as pdf:
    check("/AcroForm" not in pdf.Root, "the merged batch is a form")

# ---- 2. Printed as it is when nothing is typed ------------------------------------------------
def pixels(pdf, page):
    prefix = os.path.join(WORK, "page")
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", str(page), "-l", str(page), pdf, prefix],
                   check=True)
    produced = [f for f in os.listdir(WORK) if f.startswith("page") and f.endswith(".pgm")]
    data = open(os.path.join(WORK, produced[0]), "rb").read()
    for f in produced:
        os.remove(os.path.join(WORK, f))
    return data


for args in (["--programme", "5195"], ["--candidat", "COTE12345678"]):
    plain = os.path.join(WORK, "plain.pdf")
    check(run("produire", "cahier-autoevaluation", "--deterministe", "-o", plain, *args,
              data="samples").returncode == 0, "plain booklet")
    filled = produce("cahier-autoevaluation", os.path.join(WORK, "fill.pdf"), *args)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", plain], capture_output=True, text=True).stdout).group(1))
    for page in range(1, pages + 1):
        a, b = pixels(plain, page), pixels(filled, page)
        differing = sum(1 for x, y in zip(a, b) if abs(x - y) > 64)
        check(differing < 40, f"{args} page {page}: {differing} pixels differ from the print")

# ---- 3. Filled as viewers save it, read back into the dossier ----------------------------------
def fill_with_pikepdf(source, out, values):
    """Values set the way a viewer saves them: /V on the field, /AS on each widget."""
    with pikepdf.open(source) as pdf:
        for field in pdf.Root.AcroForm.Fields:
            name = str(field.get("/T", ""))
            if name not in values:
                continue
            value = values[name]
            if field.get("/FT") == "/Tx":
                field.V = pikepdf.String(value)
            elif "/Kids" in field:  # a radio group
                field.V = pikepdf.Name("/" + value)
                for kid in field.Kids:
                    states = [str(k) for k in kid.AP.N.keys()]
                    kid.AS = pikepdf.Name("/" + value if "/" + value in states else "/Off")
            else:  # a checkbox
                state = pikepdf.Name("/Oui" if value else "/Off")
                field.V = state
                field.AS = state
        pdf.save(out)


PIKE_VALUES = {"5195/01/1": "non", "5195/01/2": "maitrise", "5195/04/1": "partiel",
               "5195/04/exemples": "Soudure à l’arc sur acier doux, « position verticale ».",
               "5195/joint/releve-notes": True, "5195/joint/curriculum-vitae": False}
EXPECTED_PIKE = ({("01", "1", "non"), ("01", "2", "maitrise"), ("04", "1", "partiel")},
                 {"04": "Soudure à l’arc sur acier doux, « position verticale »."},
                 {"releve-notes"})

# A booklet made for a person: pikepdf.
data = fresh_data()
made_for = produce("cahier-autoevaluation", os.path.join(WORK, "diallo.pdf"),
                   "--candidat", "DIAA15569905")
with pikepdf.open(made_for) as pdf:  # start from a booklet with nothing ticked
    for field in pdf.Root.AcroForm.Fields:
        if "/Kids" in field:
            field.V = pikepdf.Name("/Off")
            for kid in field.Kids:
                kid.AS = pikepdf.Name("/Off")
    pdf.save(os.path.join(WORK, "diallo-empty.pdf"))
fill_with_pikepdf(os.path.join(WORK, "diallo-empty.pdf"), os.path.join(WORK, "diallo-pike.pdf"),
                  PIKE_VALUES)
result = run("lire", os.path.join(WORK, "diallo-pike.pdf"), "--deterministe", data=data)
check(result.returncode == 0, f"lire (pikepdf): {result.stderr}")
check(self_assessment(data, "DIAA15569905") == EXPECTED_PIKE,
      f"dossier after pikepdf: {self_assessment(data, 'DIAA15569905')}")
check(os.listdir(os.path.join(data, "dossiers", "versions")), "the previous dossier is kept")
check(run("verifier", data=data).returncode == 0, "the data still checks after lire")

# A blank booklet filled with pdf.js, the person typing their code.
data = fresh_data()
JS_ANSWERS = {"5195/code-permanent": "GAGJ01019912", "5195/nom": "Jean-Philippe Gagnon",
              "5195/02/1": "maitrise", "5195/02/2": "non", "5195/05/3": "partiel",
              "5195/02/exemples": "Cadenassage des postes de soudage ; port de l’ÉPI tous les jours.",
              "5195/joint/attestation-emploi": True}
filled_js = os.path.join(WORK, "gagnon-js.pdf")
pdfjs_fields(blank, JS_ANSWERS, filled_js)
result = run("lire", filled_js, data=data)
check(result.returncode == 0, f"lire (pdf.js): {result.stderr}")
answers, examples, enclosed = self_assessment(data, "GAGJ01019912")
check(answers == {("02", "1", "maitrise"), ("02", "2", "non"), ("05", "3", "partiel")},
      f"pdf.js answers: {answers}")
check(examples == {"02": JS_ANSWERS["5195/02/exemples"]}, f"pdf.js examples: {examples}")
check(enclosed == {"attestation-emploi"}, f"pdf.js enclosed: {enclosed}")
# Made again from the dossier, the booklet opens with those answers ticked.
again = {f["name"]: f for f in pdfjs_fields(run_in(data, "GAGJ01019912"))}
check(again.get("5195/02/2", {}).get("value") == "non", f"made again: {again.get('5195/02/2')}")

# ---- 3b. The registration form: the name and contact into the list, the rest into the dossier ----
def registration(folder, code):
    """The <inscription> of the person's dossier, as its attributes, its elements' text and the
    documents joined."""
    text = open(os.path.join(folder, "dossiers", code + ".xml"), encoding="utf-8").read()
    part = re.search(r"<inscription([^>]*?)(?:/>|>(.*?)</inscription>)", text, re.S)
    if not part:
        return {}, {}, set()
    attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', part.group(1)))
    body = part.group(2) or ""
    elements = dict(re.findall(r"<(adresse|diplomes|formation-generale)>(.*?)</\1>", body, re.S))
    return attributes, elements, set(re.findall(r'<joint type="([^"]*)"', body))


def filled_registration(name, source, values):
    out = os.path.join(WORK, name + ".pdf")
    fill_with_pikepdf(source, out, values)
    return out


def list_row(folder, code):
    for line in open(os.path.join(folder, "candidats.csv"), encoding="utf-8-sig"):
        if code in line:
            return line.rstrip("\n").split(";")
    return None


# Made for Amina Diallo, completed by the advisor (pikepdf): her phone changes in the list.
data = fresh_data()
row_before = list_row(data, "DIAA15569905")
made_for = produce("fiche-inscription", os.path.join(WORK, "inscription-diallo.pdf"),
                   "--candidat", "DIAA15569905")
REGISTRATION = {"inscription/naissance": "1995-06-15", "inscription/telephone": "418 555-0199",
                "inscription/adresse": "12, rue des Érables\nLévis (Québec)  G6V 1A1",
                "inscription/statut": "resident", "inscription/mere": "Fatou Diallo",
                "inscription/scolarite/derniere": "Secondaire 5 (2012)",
                "inscription/poste": "Soudeuse-monteuse",
                "inscription/experience/1/employeur": "Métal Beauce",
                "inscription/experience/1/poste": "Aide-soudeuse",
                "inscription/experience/1/du": "2019-05-01", "inscription/experience/1/au": "2022-08-31",
                "inscription/document/cv": True, "inscription/document/residence": True,
                "inscription/document/identite": False, "inscription/document/emploi": False}
filled = os.path.join(WORK, "inscription-diallo-rempli.pdf")
fill_with_pikepdf(made_for, filled, REGISTRATION)
result = run("lire", filled, "--deterministe", data=data)
check(result.returncode == 0 and "candidats.csv mis à jour (telephone)" in result.stderr,
      f"lire (registration): {result.stderr}")
attributes, elements, joined = registration(data, "DIAA15569905")
check(attributes.get("naissance") == "1995-06-15" and attributes.get("statut") == "resident"
      and attributes.get("mere") == "Fatou Diallo" and attributes.get("poste") == "Soudeuse-monteuse",
      f"registration attributes: {attributes}")
check(elements.get("adresse") == "12, rue des Érables\nLévis (Québec)  G6V 1A1", f"address: {elements}")
check(joined == {"curriculum-vitae", "preuve-residence"}, f"registration documents: {joined}")
row_after = list_row(data, "DIAA15569905")
check(row_after[4] == "418 555-0199" and row_after[:4] == row_before[:4] and row_after[5:] == row_before[5:],
      f"the list's row: {row_before} → {row_after}")
check(run("verifier", data=data).returncode == 0, "the data still checks after the registration")
# Made again, the form holds what came back.
again = os.path.join(WORK, "inscription-again.pdf")
check(run("produire", "fiche-inscription", "--remplissable", "--candidat", "DIAA15569905", "-o",
          again, data=data).returncode == 0, "registration form made again")
values = {f["name"]: f["value"] for f in pdfjs_fields(again)}
check(values.get("inscription/naissance") == "1995-06-15"
      and values.get("inscription/experience/1/employeur") == "Métal Beauce"
      and values.get("inscription/telephone") == "418 555-0199"
      and values.get("inscription/statut") == "resident"
      and values.get("inscription/document/cv") == "Oui", f"made again: {values}")

# A blank form, of no program, filled by someone new (pdf.js): added to the list.
blank_registration = produce("fiche-inscription", os.path.join(WORK, "inscription-vierge.pdf"))
NEWCOMER = {"inscription/nom": "Rivard", "inscription/prenom": "Josée",
            "inscription/code-permanent": "rivj 1253 8801", "inscription/sexe": "f",
            "inscription/courriel": "josee.rivard@exemple.example",
            "inscription/programme": "Soudage-montage", "inscription/employeur": "Acier Rive-Sud inc.",
            "inscription/naissance": "1988-02-12", "inscription/statut": "autre",
            "inscription/statut-precision": "Personne protégée (réfugiée)"}
newcomer = os.path.join(WORK, "inscription-rivard.pdf")
pdfjs_fields(blank_registration, NEWCOMER, newcomer)
result = run("lire", newcomer, data=data)
check(result.returncode == 0 and "personne ajoutée à candidats.csv" in result.stderr,
      f"lire (newcomer): {result.stderr}")
check(list_row(data, "RIVJ12538801") == ["Josée", "Rivard", "RIVJ12538801", "josee.rivard@exemple.example",
                                         "", "acier-rive-sud", "5195", "f", "", ""],
      f"the newcomer's row: {list_row(data, 'RIVJ12538801')}")
newcomer_record = registration(data, "RIVJ12538801")[0]
check(newcomer_record.get("statut") == "autre"
      and newcomer_record.get("statut-precision") == "Personne protégée (réfugiée)",
      f"the newcomer's dossier: {newcomer_record}")
check(run("verifier", data=data).returncode == 0, "the data checks with the newcomer")
# Her booklet can now be made for her.
check(run("produire", "cahier-autoevaluation", "--candidat", "RIVJ12538801", "-o",
          os.path.join(WORK, "rivard-cahier.pdf"), data=data).returncode == 0, "the newcomer's booklet")

# A blank form for a program whose title is typed with a keyboard's apostrophe.
apostrophe = filled_registration("apostrophe", blank_registration, {
    "inscription/nom": "Roy", "inscription/prenom": "Léa", "inscription/code-permanent": "ROYL12538801",
    "inscription/programme": "preposee ou prepose a l'entrepot", "inscription/naissance": "1990-01-31"})
result = run("lire", apostrophe, data=data)
check(result.returncode == 0, f"a program typed with ' and without accents: {result.stderr}")

# Two readings at once: each one's change is kept (the folder is locked while one writes).
for attempt in range(3):
    folder = fresh_data()
    first = filled_registration("concurrent-1", made_for, {"inscription/telephone": "418 555-0911"})
    morin = produce("fiche-inscription", os.path.join(WORK, "inscription-morin.pdf"), "--candidat", "MORS19109707")
    second = filled_registration("concurrent-2", morin, {"inscription/telephone": "418 555-0922"})
    runs = [subprocess.Popen([ACQUIS, "lire", pdf, "--donnees", folder], stderr=subprocess.DEVNULL)
            for pdf in (first, second)]
    check(all(r.wait() == 0 for r in runs), "concurrent readings succeed")
    check(list_row(folder, "DIAA15569905")[4] == "418 555-0911" and
          list_row(folder, "MORS19109707")[4] == "418 555-0922", "two readings at once: both kept")

# ---- 3c. The observation booklet: the sessions typed become the dossier's observations ---------
def observations(folder, code):
    text = open(os.path.join(folder, "dossiers", code + ".xml"), encoding="utf-8").read()
    return re.findall(r'<observation competence="([^"]*)"(?: element="([^"]*)")? date="([^"]*)" '
                      r'resultat="([^"]*)"(?: commentaire="([^"]*)")?', text)


observation = produce("cahier-observation", os.path.join(WORK, "observation-morin.pdf"),
                      "--candidat", "MORS19109707")
SESSIONS = {"5195/01/1/seance/1/date": "2026-11-03", "5195/01/1/seance/1/resultat": "atteint",
            "5195/01/1/seance/1/commentaire": "Explique les risques du métier avec justesse.",
            "5195/01/2/seance/1/date": "2026-11-03", "5195/01/2/seance/1/resultat": "non-atteint",
            "5195/03/synthese": "prete"}
observed = os.path.join(WORK, "observation-morin-rempli.pdf")
fill_with_pikepdf(observation, observed, SESSIONS)
result = run("lire", observed, data=data)
check(result.returncode == 0 and "2 séances nouvelles" in result.stderr
      and "1 compétence cochée dans la synthèse" in result.stderr, f"lire (observation): {result.stderr}")
check(observations(data, "MORS19109707") ==
      [("01", "1", "2026-11-03", "atteint", "Explique les risques du métier avec justesse."),
       ("01", "2", "2026-11-03", "non-atteint", "")],
      f"the observations: {observations(data, 'MORS19109707')}")
check(run("verifier", data=data).returncode == 0, "the data checks after the observations")
again = run("lire", observed, data=data)
check(again.returncode == 1 and "déjà au dossier" in again.stderr, f"read twice: {again.stderr}")
# Made again, the booklet prints the recorded sessions and offers the next one to fill.
observation_again = os.path.join(WORK, "observation-again.pdf")
run("produire", "cahier-observation", "--remplissable", "--candidat", "MORS19109707", "-o",
    observation_again, data=data)
names = {f["name"] for f in pdfjs_fields(observation_again)}
check("5195/01/1/seance/2/date" in names and "5195/01/1/seance/1/date" not in names,
      "made again: session 1 printed, session 2 to fill")

# ---- 4. Bad uploads: a clear reason, nothing changed --------------------------------------------
data = fresh_data()
before = folder_hash(data)
truncated = os.path.join(WORK, "truncated.pdf")
open(truncated, "wb").write(open(filled_js, "rb").read()[: os.path.getsize(filled_js) // 2])
encrypted = os.path.join(WORK, "encrypted.pdf")
subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", filled_js, encrypted], check=True)
not_pdf = os.path.join(WORK, "not.pdf")
open(not_pdf, "w").write("Bonjour, voici mon cahier.\n")
huge = os.path.join(WORK, "huge.pdf")
with open(huge, "wb") as f:
    f.write(b"%PDF-1.7\n")
    f.truncate(50 * 1024 * 1024)
printed = os.path.join(WORK, "printed.pdf")
run("produire", "cahier-autoevaluation", "--programme", "5195", "-o", printed, data="samples")
foreign = os.path.join(WORK, "foreign.pdf")
with pikepdf.open(filled_js) as pdf:
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T", "")) == "5195/02/1":
            field.T = pikepdf.String("5254/02/1")
    pdf.save(foreign)
bad_value = os.path.join(WORK, "bad-value.pdf")
fill_with_pikepdf(blank, bad_value, {"5195/code-permanent": "GAGJ01019912", "5195/03/1": "excellent"})
other_program = os.path.join(WORK, "other-program.pdf")
fill_with_pikepdf(blank, other_program, {"5195/code-permanent": "LAVS09579608", "5195/01/1": "non"})
unknown_person = os.path.join(WORK, "unknown-person.pdf")
fill_with_pikepdf(blank, unknown_person, {"5195/code-permanent": "XXXX99999999", "5195/01/1": "non"})
empty = os.path.join(WORK, "empty.pdf")
fill_with_pikepdf(blank, empty, {"5195/code-permanent": "GAGJ01019912"})
not_ours = os.path.join(WORK, "not-ours.pdf")
with pikepdf.open(filled_js) as pdf:  # a form without Acquis's identity field
    ours = lambda f: str(f.get("/T", "")) == "acquis"
    pdf.Root.AcroForm.Fields = pikepdf.Array([f for f in pdf.Root.AcroForm.Fields if not ours(f)])
    for page in pdf.pages:
        page.Annots = pikepdf.Array([a for a in page.get("/Annots", []) if not ours(a)])
    pdf.save(not_ours)

bad_date = os.path.join(WORK, "bad-date.pdf")
fill_with_pikepdf(made_for, bad_date, {"inscription/naissance": "15/06/1995"})
code_changed = os.path.join(WORK, "code-changed.pdf")
fill_with_pikepdf(made_for, code_changed, {"inscription/code-permanent": "DIAA15569906"})
nameless = os.path.join(WORK, "nameless.pdf")
fill_with_pikepdf(blank_registration, nameless, {"inscription/code-permanent": "ROYL12538801",
                                                 "inscription/programme": "5195",
                                                 "inscription/naissance": "1990-01-31"})
no_program = os.path.join(WORK, "no-program.pdf")
fill_with_pikepdf(blank_registration, no_program, {"inscription/code-permanent": "ROYL12538801",
                                                   "inscription/nom": "Roy", "inscription/prenom": "Léa"})
unknown_program = os.path.join(WORK, "unknown-program.pdf")
fill_with_pikepdf(blank_registration, unknown_program, {"inscription/code-permanent": "ROYL12538801",
                                                        "inscription/programme": "Mécanique automobile"})
bad_email = os.path.join(WORK, "bad-email.pdf")
fill_with_pikepdf(made_for, bad_email, {"inscription/courriel": "amina.diallo"})
impossible_date = filled_registration("impossible-date", made_for, {"inscription/naissance": "2026-02-30"})
future_birth = filled_registration("future-birth", made_for, {"inscription/naissance": "2090-01-01"})
job_backwards = filled_registration("job-backwards", made_for, {
    "inscription/experience/1/du": "2019-05-01", "inscription/experience/1/au": "2010-06-30"})
# A blank form bearing Amina Diallo's code under another name would take over her record.
taken_code = filled_registration("taken-code", blank_registration, {
    "inscription/nom": "Nouvelle", "inscription/prenom": "Zoé", "inscription/programme": "5195",
    "inscription/code-permanent": "diaa15569905", "inscription/courriel": "zoe@exemple.example"})
chinese = filled_registration("chinese", made_for, {"inscription/prenom": "李"})
formula = filled_registration("formula", made_for, {"inscription/nom": '=HYPERLINK("http://x.example";"clic")'})
too_long = filled_registration("too-long", made_for, {"inscription/adresse": "rue " * 600})
twice = os.path.join(WORK, "twice.pdf")
with pikepdf.open(made_for) as pdf:  # a second field of the same name
    fields = pdf.Root.AcroForm.Fields
    copy = pdf.make_indirect(pikepdf.Dictionary(fields[1]))
    fields.append(copy)
    pdf.pages[0].Annots.append(copy)
    pdf.save(twice)
half_session = os.path.join(WORK, "half-session.pdf")
fill_with_pikepdf(observation, half_session, {"5195/02/1/seance/1/date": "2026-11-03"})
before_interview = os.path.join(WORK, "before-interview.pdf")
fill_with_pikepdf(observation, before_interview, {"5195/02/1/seance/1/date": "2026-10-03",
                                                  "5195/02/1/seance/1/resultat": "atteint"})
plan = os.path.join(WORK, "plan-filled.pdf")
fill_with_pikepdf(produce("plan-action", os.path.join(WORK, "plan.pdf"), "--candidat", "COTE12345678"),
                  plan, {})

BAD = [([truncated], "endommagé"), ([encrypted], "chiffré"), ([not_pdf], "n’est pas un PDF"),
       ([huge], "50 Mo"), ([printed], "aucun champ"), ([foreign], "n’appartient pas au programme 5195"),
       ([bad_value], "« excellent »"), ([other_program], "programme 5195, alors que"),
       ([unknown_person], "XXXX99999999"), ([empty], "aucune réponse"),
       ([not_ours], "pas été produit par Acquis"),
       ([filled_js, "--candidat", "DIAA15569905"], "autre personne"),
       ([os.path.join(WORK, "missing.pdf")], "impossible de lire"),
       ([bad_date], "« 15/06/1995 », qui n’est pas une date"),
       ([impossible_date], "« 2026-02-30 », qui n’est pas une date"),
       ([future_birth], "une date à venir"), ([job_backwards], "l’emploi 1 finit le 2010-06-30"),
       ([taken_code], "déjà inscrite sous un autre nom"), ([chinese], "« 李 »"),
       ([formula], "formule de tableur"), ([too_long], "caractères : abrégez-le"),
       ([twice], "figure deux fois"),
       ([code_changed], "ne se corrige pas"), ([nameless], "nom et son prénom"),
       ([no_program], "Programme visé"), ([unknown_program], "« Mécanique automobile »"),
       ([bad_email], "pas une adresse de courriel"),
       ([half_session], "séance 1 de la compétence 02, élément ou tâche 1 n’est remplie qu’en partie"),
       ([before_interview], "précède l’entrevue de validation"),
       ([plan], "seuls le cahier d’autoévaluation, la fiche d’inscription et le cahier d’observation")]
for args, expected in BAD:
    result = run("lire", *args, data=data)
    check(result.returncode in (1, 2), f"{args}: exit {result.returncode}")
    check(expected in result.stderr, f"{args}: expected « {expected} » in: {result.stderr.strip()}")
    check("Traceback" not in result.stderr and "terminate" not in result.stderr, f"{args}: crash")
check(folder_hash(data) == before, "a refused form changed the data folder")
result = run("lire", foreign, "--anglais", data=data)
check("does not belong to program 5195" in result.stderr, f"English message: {result.stderr}")

# A list of people with a broken row: the form is not read, and the message says so.
data = fresh_data()
with open(os.path.join(data, "candidats.csv"), "a", encoding="utf-8") as broken_list:
    broken_list.write("Rangée;incomplète\n")
before = folder_hash(data)
result = run("lire", filled, data=data)
check(result.returncode == 1 and "n’a pas été lu, rien n’a été écrit" in result.stderr,
      f"a broken list: {result.stderr}")
check(folder_hash(data) == before, "a broken list: the folder is unchanged")

# ---- 5. The service: the same round trip, and the same refusals --------------------------------
data = fresh_data()
env = dict(os.environ, ACQUIS_JETON="secret-de-test")
server = subprocess.Popen([SERVE, "--port", "0", "--donnees", data], stderr=subprocess.PIPE,
                          text=True, env=env)
port = None
for _ in range(200):
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if match:
        port = int(match.group(1))
        break


def post(body, query="", token="secret-de-test"):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/formulaires{query}", data=body,
                                     method="POST", headers={"Content-Type": "application/pdf",
                                                             "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


try:
    check(port is not None, "the service started")
    status, answer = post(open(filled_js, "rb").read())
    check(status == 200 and answer.get("personne") == "GAGJ01019912" and answer.get("reponses") == 3,
          f"service round trip: {status} {answer}")
    check(self_assessment(data, "GAGJ01019912")[0] == answers, "service: the dossier's answers")
    status, answer = post(open(newcomer, "rb").read())
    check(status == 200 and answer.get("personne_ajoutee") is True and answer.get("champs_inscription") == 8
          and "colonnes_changees" in answer and answer["colonnes_changees"] == [],
          f"service: a registration: {status} {answer}")
    check(list_row(data, "RIVJ12538801") is not None, "service: the newcomer is in the list")
    before = folder_hash(data)
    for body, expected_status, words in [(open(truncated, "rb").read(), 422, "endommagé"),
                                         (open(encrypted, "rb").read(), 422, "chiffré"),
                                         (open(bad_value, "rb").read(), 422, "excellent"),
                                         (open(filled_js, "rb").read() + b"", 401, "")]:
        token = "mauvais" if expected_status == 401 else "secret-de-test"
        status, answer = post(body, token=token)
        check(status == expected_status, f"service refusal: {status} {answer}")
        check(words in json.dumps(answer, ensure_ascii=False), f"service: « {words} » in {answer}")
    status, answer = post(open(filled_js, "rb").read(), "?candidat=DIAA15569905")
    check(status == 422 and "autre personne" in json.dumps(answer, ensure_ascii=False),
          f"service: another person's form: {status} {answer}")
    # A 50 MB upload is refused on its declared length, before its body is sent.
    import http.client
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.putrequest("POST", "/api/formulaires")
    for header, value in [("Content-Type", "application/pdf"), ("Content-Length", str(50 << 20)),
                          ("Authorization", "Bearer secret-de-test")]:
        connection.putheader(header, value)
    connection.endheaders()
    answer = connection.getresponse()
    body = answer.read().decode()
    check(answer.status == 413 and "volumineux" in body, f"service: a 50 MB upload: {answer.status} {body}")
    connection.close()
    check(folder_hash(data) == before, "a refused upload changed the data folder")
finally:
    server.terminate()
    server.wait()

shutil.rmtree(WORK)
print(f"{len(made)} fillable files checked; {len(failures)} failure(s)")
sys.exit(1 if failures else 0)

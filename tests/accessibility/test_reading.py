#!/usr/bin/python3
"""Two more independent readings of the structure Acquis writes.
1. poppler's `pdfinfo -struct-text`: the text a screen reader gets, in logical order, compared
   with the order expected for the certificate, a booklet's pages and the 14-step diagram.
2. pdf.js (pdfjs-dist, through struct_roles.mjs): the roles it finds on each page are the ones
   pikepdf finds, in the same order.
Usage: test_reading.py DIR (the documents rendered by run.sh)."""
import os
import re
import subprocess
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_checker import elements  # noqa: E402  (the structure's elements, in tree order)

HERE = os.path.dirname(os.path.abspath(__file__))
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def struct_text(path):
    """(depth, role) and (depth, "text") entries of pdfinfo -struct-text, in order."""
    out = subprocess.run(["pdfinfo", "-struct-text", path], check=True, capture_output=True,
                         text=True).stdout
    entries = []
    for line in out.splitlines():
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if stripped.startswith('"'):
            entries.append((depth, "text", stripped[1:-1]))
        elif stripped and not stripped.startswith("/"):
            entries.append((depth, "role", stripped.split(" ")[0].rstrip(":")))
    return entries


def texts(entries):
    return [re.sub(r"\s+", " ", t).strip() for _, kind, t in entries if kind == "text" and t.strip()]


def in_order(found, expected, what):
    """Each expected text is found after the previous one."""
    at = 0
    for item in expected:
        while at < len(found) and item not in found[at]:
            at += 1
        if at == len(found):
            failures.append(f"{what}: '{item}' missing or out of order")
            return
        at += 1


def certificate(directory):
    path = os.path.join(directory, "attestation-fr-CA.pdf")
    entries = struct_text(path)
    in_order(texts(entries), [
        "Attestation de reconnaissance des acquis et des compétences", "Décernée à",
        "Éloïse Côté-Bérubé", "Code permanent : COTE12345678",
        "pour avoir démontré la maîtrise des compétences du programme",
        "Soudage-montage (DEP 5195)", "Délivrée le 22 novembre 2026", "Marie-Ève Tremblay",
        "Directrice du service de la RAC", "Jean-François Gagnon", "Directeur général",
        "est délivré par le ministère de l’Éducation", "Attestation nº 2026-0001"], "certificate")
    roles = [r for _, kind, r in entries if kind == "role"]
    expect(roles[0] == "Document" and "Figure" in roles, f"certificate roles: {roles}")
    with pikepdf.open(path) as pdf:
        alts = [str(e.get("/Alt", "")) for e in elements(pdf) if e.get("/S") == Name.Figure]
        expect(alts == ["Centre de services scolaire des Navigateurs-du-Fleuve"],
               f"the certificate's logo is read as {alts}")
        expect(not [e for e in elements(pdf) if "/Lang" in e],
               "the French certificate marks a passage as another language")
    english_path = os.path.join(directory, "attestation-en-CA.pdf")
    english = struct_text(english_path)
    in_order(texts(english), ["Awarded to", "Éloïse Côté-Bérubé", "Permanent code"],
             "certificate (en-CA)")
    # The organization's French name in the English certificate is a French passage: a Span
    # with /Lang fr-CA, its text the name.
    spans = [i for i, e in enumerate(english) if e[1] == "role" and e[2] == "Span"]
    names = [english[i + 1][2] for i in spans if i + 1 < len(english) and english[i + 1][1] == "text"]
    expect("Centre de services scolaire des Navigateurs-du-Fleuve" in names,
           f"no Span around the organization's name in English: {names}")
    with pikepdf.open(english_path) as pdf:
        expect(str(pdf.Root.Lang) == "en-CA", "the English certificate's /Lang")
        langs = {str(e.Lang) for e in elements(pdf) if "/Lang" in e}
        expect(langs == {"fr-CA"}, f"passages in English certificate marked {langs}")


def booklet(directory):
    path = os.path.join(directory, "cahier-autoevaluation-fr-CA.pdf")
    entries = struct_text(path)
    in_order(texts(entries), [
        "Cahier d’autoévaluation", "Secrétariat médical (DEP 5912)", "Introduction",
        "Échelle utilisée pour chaque élément", "Je maîtrise", "Partiellement",
        "Je ne maîtrise pas", "Documents à joindre au cahier", "votre curriculum vitæ à jour",
        "Schéma de la démarche", "1 Préparation", "Compétence 991-034",
        "Élément de compétence", "Je maîtrise", "Établir l’horaire des professionnels."],
        "self-assessment booklet")
    # The first competency's table: a header row of four TH (scope: column), then rows whose
    # first cell is the element and whose three others each hold one checkbox.
    with pikepdf.open(path) as pdf:
        table = next(e for e in elements(pdf) if e.get("/S") == Name.Table)
        rows = [k for k in table.K if k.get("/S") == Name.TR]
        header = [c for c in rows[0].K]
        expect([str(c.S) for c in header] == ["/TH"] * 4, "the header row is not four TH")
        expect(all(c.A.Scope == Name.Column for c in header), "a TH without /Scope /Column")
        body = [str(c.S) for c in rows[1].K]
        expect(body == ["/TD"] * 4, f"the first row is {body}")
        # Each checkbox's state is said in words by its marked content's /ActualText.
        states = []
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page, "BDC"):
                if isinstance(operands[1], Dictionary) and "/ActualText" in operands[1]:
                    states.append(str(operands[1].ActualText))
        expect(states and set(states) <= {"coché ", "non coché "},
               f"checkbox states read as {set(states)}")
        # The identity grid's labels are the headers of their rows.
        scopes = [str(c.A.Scope) for e in elements(pdf) if e.get("/S") == Name.TR
                  for c in e.K if isinstance(c, Dictionary) and c.get("/S") == Name.TH
                  and "/A" in c]
        expect("/Row" in scopes, "no row header (cellule entete) in the booklet")
    # The letterhead only places the logo beside the service's address: no table to announce.
    with pikepdf.open(os.path.join(directory, "fiche-inscription-fr-CA.pdf")) as pdf:
        roles = [str(e.S) for e in elements(pdf)][:3]
        expect(roles == ["/Document", "/Figure", "/P"], f"the letterhead is read as {roles}")


def diagram(directory):
    path = os.path.join(directory, "guide-candidat-fr-CA.pdf")
    steps = ["1 Préparation", "2 Rencontre de l’employeur", "3 Accueil des personnes candidates",
             "4 Préparation du dossier", "5 Ouverture du dossier", "6 Analyse du dossier",
             "7 Entrevue de validation", "8 Déclaration au Ministère",
             "9 Observation en entreprise", "10 Acquisition en entreprise",
             "11 Évaluation par le personnel enseignant", "12 Formation générale, au besoin",
             "13 Résultats et demande de sanction", "14 Clôture du dossier"]
    entries = struct_text(path)
    start = next(i for i, e in enumerate(entries) if e[1] == "role" and e[2] == "Figure"
                 and i + 1 < len(entries) and entries[i + 1][1] == "text"
                 and entries[i + 1][2].startswith("1"))
    depth = entries[start][0]
    inside = []
    for entry in entries[start + 1:]:
        if entry[0] <= depth:
            break
        inside.append(entry)
    in_order(texts(inside), steps, "diagram (text in the Figure)")
    with pikepdf.open(path) as pdf:
        alt = next(str(e.Alt) for e in elements(pdf)
                   if e.get("/S") == Name.Figure and "Préparation" in str(e.get("/Alt", "")))
        positions = [alt.find(step.split(" ", 1)[1]) for step in steps]
        expect(all(p >= 0 for p in positions) and positions == sorted(positions),
               f"the diagram's alternative does not list the 14 steps in order: {alt[:120]}…")


def pikepdf_roles(path):
    """Per page, the roles of the elements with content on it, in tree order."""
    with pikepdf.open(path) as pdf:
        page_of = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
        lines = []
        for index in range(len(pdf.pages)):
            out = []

            def on_page(elem):
                page = elem.get("/Pg")
                kids = elem.get("/K")
                roles, here = [], False
                for kid in (kids if isinstance(kids, Array) else [kids] if kids is not None else []):
                    if isinstance(kid, Dictionary) and "/S" in kid:
                        roles += on_page(kid)
                    elif isinstance(kid, Dictionary):
                        here |= page_of.get(kid.get("/Pg", page).objgen) == index
                    else:
                        here |= page is not None and page_of.get(page.objgen) == index
                if here or roles:
                    return [str(elem.S)[1:]] + roles
                return []

            top = pdf.Root.StructTreeRoot.K
            for kid in (top if isinstance(top, Array) else [top]):
                out += on_page(kid)
            lines.append(f"{index + 1}: " + " ".join(out))
        return lines


def same_roles_in_pdfjs(directory):
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".pdf"):
            continue
        path = os.path.join(directory, name)
        pdfjs = subprocess.run(["node", os.path.join(HERE, "struct_roles.mjs"), path], check=True,
                               capture_output=True, text=True).stdout.splitlines()
        ours = pikepdf_roles(path)
        if pdfjs != ours:
            diff = next(((a, b) for a, b in zip(pdfjs, ours) if a != b), (pdfjs[-1:], ours[-1:]))
            failures.append(f"{name}: pdf.js reads other roles than pikepdf:\n  pdf.js  {diff[0][:300]}\n  pikepdf {diff[1][:300]}")


def main(directory):
    certificate(directory)
    booklet(directory)
    diagram(directory)
    if os.path.isdir(os.path.join(HERE, "..", "e2e", "node_modules", "pdfjs-dist")):
        same_roles_in_pdfjs(directory)
    else:
        failures.append("pdfjs-dist is not installed (cd tests/e2e && npm install)")
    for failure in failures:
        print("FAIL:", failure)
    print(f"reading order and roles: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/python3
"""An independent PDF/UA-1 checker: the machine-checkable failure conditions of the Matterhorn
Protocol 1.1 that apply to what Acquis writes, read with pikepdf (Debian's python3-pikepdf).
It shares no code with the writer. Usage: check_pdfua.py FILE.pdf... ; prints one line per
failure ("file: condition: detail") and exits 1 when any.

Conditions (Matterhorn checkpoint in brackets):
  tagged          [01, 06] MarkInfo /Marked true, a StructTreeRoot, no /Suspects
  structure       [01] every element a standard type (or role-mapped to one), MCIDs referenced
                  once, parent tree consistent with the elements
  marked-content  [01] every text, path and image inside marked content: an element's (MCID)
                  or an artifact, never one inside the other
  headings        [14] the first numbered heading is H1; no level skipped going down
  table-headers   [15] TR in a table, TH/TD in a TR, every TH with a Scope
  figure-alt      [13] every Figure with Alt (or ActualText)
  fonts           [31] every font embedded; every glyph shown maps to Unicode (ToUnicode)
  lang            [11] the catalog's /Lang (and any element's) a language tag
  title           [06, 07] dc:title in XMP, ViewerPreferences /DisplayDocTitle true
  pdfua-id        [06] XMP metadata with pdfuaid:part = 1
  form-fields     [28] every widget in a Form element, its field with a /TU description
  annotations     [28] every annotation in the structure (a Link in a Link element), with
                  /Contents, and its page with /Tabs /S
  state-in-text   [04] content that is only drawing (a checkbox) inside an element says what it
                  shows, in /ActualText (of its marked content or of the element) or /Alt: no
                  information by drawing or colour alone
"""
import re
import sys

import pikepdf
from pikepdf import Name, Dictionary, Array

STANDARD = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT",
    "WP", "Figure", "Formula", "Form",
}
PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "EI"}
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Report:
    def __init__(self):
        self.failures = []

    def fail(self, condition, detail):
        self.failures.append((condition, detail))


def name_of(obj):
    return str(obj)[1:] if isinstance(obj, Name) else str(obj)


def objkey(obj):
    try:
        return obj.objgen
    except Exception:
        return id(obj)


# --- structure tree -------------------------------------------------------------------------

def walk_structure(pdf, report):
    """Elements in document order: (dict, role, parent role) and the MCIDs each one claims."""
    root = pdf.Root.get("/StructTreeRoot")
    role_map = root.get("/RoleMap", Dictionary()) if root is not None else Dictionary()
    elements, mcids, objrs = [], {}, {}
    page_of = {objkey(p.obj): i for i, p in enumerate(pdf.pages)}

    def role(elem):
        s = name_of(elem.get("/S", Name("/None")))
        seen = set()
        while s not in STANDARD and s not in seen and Name("/" + s) in role_map:
            seen.add(s)
            s = name_of(role_map[Name("/" + s)])
        return s

    def visit(elem, parent_role, depth):
        if depth > 200:
            report.fail("structure", "structure tree too deep (a cycle?)")
            return
        r = role(elem)
        if r not in STANDARD:
            report.fail("structure", f"element of unknown type /{name_of(elem.get('/S'))}")
        elements.append((elem, r, parent_role))
        page = elem.get("/Pg")
        kids = elem.get("/K")
        if kids is None:
            return
        for kid in (kids if isinstance(kids, Array) else [kids]):
            if isinstance(kid, int) or (hasattr(kid, "__int__") and not isinstance(kid, Dictionary)):
                claim(int(kid), page, elem)
            elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
                claim(int(kid.MCID), kid.get("/Pg", page), elem)
            elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
                objrs[objkey(kid.Obj)] = elem
            elif isinstance(kid, Dictionary):
                visit(kid, r, depth + 1)

    def claim(mcid, page, elem):
        if page is None:
            report.fail("structure", f"MCID {mcid} without a page")
            return
        key = (page_of.get(objkey(page), -1), mcid)
        if key in mcids:
            report.fail("structure", f"MCID {mcid} of page {key[0] + 1} claimed twice")
        mcids[key] = elem

    if root is None:
        return elements, mcids, objrs
    top = root.get("/K")
    for kid in (top if isinstance(top, Array) else [top] if top is not None else []):
        visit(kid, "StructTreeRoot", 0)
    return elements, mcids, objrs


def parent_tree(pdf):
    root = pdf.Root.get("/StructTreeRoot")
    entries = {}

    def collect(node):
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums), 2):
                entries[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            collect(kid)

    if root is not None and "/ParentTree" in root:
        collect(root.ParentTree)
    return entries


# --- content streams ------------------------------------------------------------------------

def to_unicode_map(font):
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return None
    text = cmap.read_bytes().decode("latin-1")
    mapped = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapped[int(src, 16)] = dst
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            for code in range(int(lo, 16), int(hi, 16) + 1):
                mapped[code] = dst
    return mapped


def usable_unicode(hexstr):
    if not hexstr:
        return False
    units = [int(hexstr[i:i + 4], 16) for i in range(0, len(hexstr), 4)]
    return not any(u in (0, 0xFEFF, 0xFFFE) for u in units)


def shown_codes(operator, operands):
    strings = []
    if operator == "TJ":
        strings = [o for o in operands[0] if isinstance(o, pikepdf.String)]
    elif operator in ("Tj", "'"):
        strings = [operands[0]]
    elif operator == '"':
        strings = [operands[2]]
    return [bytes(s) for s in strings]


def check_page_content(pdf, index, page, report, element_of_mcid, text_mcids, fonts_seen):
    stack = []  # ("artifact" | "mcid" | "other", mcid)
    resources = page.obj.get("/Resources", Dictionary())
    fonts = resources.get("/Font", Dictionary())
    font = None
    present = set()
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = name_of(operands[0])
            props = operands[1] if op == "BDC" else None
            if isinstance(props, Name):
                props = resources.get("/Properties", Dictionary()).get(props)
            if tag == "Artifact":
                if any(kind == "mcid" for kind, _ in stack):
                    report.fail("marked-content", f"page {index + 1}: an artifact inside tagged content")
                stack.append(("artifact", None))
            elif isinstance(props, Dictionary) and "/MCID" in props:
                if any(kind == "artifact" for kind, _ in stack):
                    report.fail("marked-content", f"page {index + 1}: tagged content inside an artifact")
                mcid = int(props.MCID)
                if str(props.get("/ActualText", "")):  # said in text: a checkbox's state
                    text_mcids.add((index, mcid))
                if mcid in present:
                    report.fail("structure", f"page {index + 1}: MCID {mcid} used twice")
                present.add(mcid)
                stack.append(("mcid", mcid))
            else:
                stack.append(("other", None))
        elif op == "EMC":
            if not stack:
                report.fail("marked-content", f"page {index + 1}: EMC without a sequence")
            else:
                stack.pop()
        elif op == "Tf":
            font = fonts.get(operands[0])
        elif op in PAINTING:
            marked = [entry for entry in stack if entry[0] != "other"]
            if not marked:
                report.fail("marked-content", f"page {index + 1}: '{op}' neither tagged nor an artifact")
                return present
            kind, mcid = marked[-1]
            if op in TEXT_SHOWING:
                if kind == "mcid":
                    text_mcids.add((index, mcid))
                check_glyphs(font, shown_codes(op, operands), index, report, fonts_seen)
    if stack:
        report.fail("marked-content", f"page {index + 1}: marked content left open")
    return present


def check_glyphs(font, strings, index, report, fonts_seen):
    if font is None:
        report.fail("fonts", f"page {index + 1}: text without a font")
        return
    key = objkey(font)
    if key not in fonts_seen:
        fonts_seen[key] = (font, to_unicode_map(font), set())
    _, mapping, bad = fonts_seen[key]
    two_bytes = font.get("/Subtype") == Name.Type0
    for data in strings:
        codes = ([int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2)]
                 if two_bytes else list(data))
        for code in codes:
            if mapping is None or not usable_unicode(mapping.get(code, "")):
                bad.add(code)


def check_fonts(fonts_seen, report):
    for font, mapping, bad in fonts_seen.values():
        base = name_of(font.get("/BaseFont", Name("/unnamed")))
        descriptor_font = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
        if font.get("/Subtype") != Name.Type3:
            descriptor = descriptor_font.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                report.fail("fonts", f"font {base} is not embedded")
        if mapping is None:
            report.fail("fonts", f"font {base} has no ToUnicode map")
        elif bad:
            report.fail("fonts", f"font {base}: {len(bad)} glyph(s) without Unicode, e.g. code {min(bad)}")


# --- the conditions -------------------------------------------------------------------------

def check_catalog(pdf, report):
    mark_info = pdf.Root.get("/MarkInfo")
    if mark_info is None or not bool(mark_info.get("/Marked", False)):
        report.fail("tagged", "the catalog's /MarkInfo does not say /Marked true")
    elif bool(mark_info.get("/Suspects", False)):
        report.fail("tagged", "/MarkInfo /Suspects is true")
    if "/StructTreeRoot" not in pdf.Root:
        report.fail("tagged", "no structure tree")
    lang = str(pdf.Root.get("/Lang", ""))
    if not LANG_TAG.match(lang):
        report.fail("lang", f"the catalog's /Lang is '{lang}'")
    prefs = pdf.Root.get("/ViewerPreferences", Dictionary())
    if not bool(prefs.get("/DisplayDocTitle", False)):
        report.fail("title", "/ViewerPreferences /DisplayDocTitle is not true")
    metadata = pdf.Root.get("/Metadata")
    xmp = metadata.read_bytes().decode("utf-8", "replace") if metadata is not None else ""
    if not re.search(r"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=\"1\"", xmp):
        report.fail("pdfua-id", "no pdfuaid:part 1 in the XMP metadata")
    title = re.search(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", xmp, re.S)
    if not title or not title.group(1).strip():
        report.fail("title", "no dc:title in the XMP metadata")


def check_elements(elements, report):
    levels = []
    for elem, role, parent in elements:
        if role == "Figure" and not (str(elem.get("/Alt", "")) or str(elem.get("/ActualText", ""))):
            report.fail("figure-alt", "a Figure without alternative text")
        if role == "TR" and parent not in ("Table", "THead", "TBody", "TFoot"):
            report.fail("table-headers", f"a TR inside {parent}")
        if role in ("TH", "TD") and parent != "TR":
            report.fail("table-headers", f"a {role} inside {parent}")
        if role == "TH":
            attributes = elem.get("/A")
            attributes = list(attributes) if isinstance(attributes, Array) else [attributes] if attributes is not None else []
            if not any(isinstance(a, Dictionary) and "/Scope" in a for a in attributes) and "/ID" not in elem:
                report.fail("table-headers", "a TH without a Scope")
        if "/Lang" in elem and not LANG_TAG.match(str(elem.Lang)):
            report.fail("lang", f"an element's /Lang is '{elem.Lang}'")
        if re.fullmatch(r"H[1-6]", role):
            levels.append(int(role[1]))
    if levels and levels[0] != 1:
        report.fail("headings", f"the first heading is H{levels[0]}")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            report.fail("headings", f"H{before} followed by H{after}")


def check_annotations(pdf, report, objrs, parents):
    for index, page in enumerate(pdf.pages):
        annots = page.obj.get("/Annots", [])
        if len(annots) and page.obj.get("/Tabs") != Name.S:
            report.fail("annotations", f"page {index + 1} has annotations but no /Tabs /S")
        for annot in annots:
            subtype = annot.get("/Subtype")
            if subtype == Name.Popup:
                continue
            key = annot.get("/StructParent")
            elem = parents.get(int(key)) if key is not None else None
            if elem is None or objkey(annot) not in objrs:
                what = "form-fields" if subtype == Name.Widget else "annotations"
                report.fail(what, f"page {index + 1}: a {name_of(subtype)} annotation outside the structure")
                continue
            role = name_of(elem.get("/S"))
            if subtype == Name.Widget:
                field = annot if "/T" in annot else annot.get("/Parent", annot)
                if role != "Form":
                    report.fail("form-fields", f"page {index + 1}: a widget in a {role} element")
                if not str(field.get("/TU", "")):
                    report.fail("form-fields", f"page {index + 1}: a field without /TU")
            else:
                if subtype == Name.Link and role != "Link":
                    report.fail("annotations", f"page {index + 1}: a link in a {role} element")
                if not str(annot.get("/Contents", "")):
                    report.fail("annotations", f"page {index + 1}: a {name_of(subtype)} annotation without /Contents")


def check_structure_and_content(pdf, report):
    elements, claimed, objrs = walk_structure(pdf, report)
    parents = parent_tree(pdf)
    check_elements(elements, report)
    text_mcids, fonts_seen = set(), {}
    for index, page in enumerate(pdf.pages):
        present = check_page_content(pdf, index, page, report, claimed, text_mcids, fonts_seen)
        key = page.obj.get("/StructParents")
        listed = parents.get(int(key)) if key is not None else None
        for mcid in sorted(present):
            elem = claimed.get((index, mcid))
            if elem is None:
                report.fail("structure", f"page {index + 1}: MCID {mcid} belongs to no element")
            elif listed is None or mcid >= len(listed) or objkey(listed[mcid]) != objkey(elem):
                report.fail("structure", f"page {index + 1}: the parent tree disagrees on MCID {mcid}")
        for (page_index, mcid) in claimed:
            if page_index == index and mcid not in present:
                report.fail("structure", f"page {index + 1}: an element claims MCID {mcid}, absent from the page")
    check_fonts(fonts_seen, report)
    check_annotations(pdf, report, objrs, parents)
    # What is shown only by drawing (tagged, so meant to be read) must also be said: by the
    # marked content's /ActualText, or the element's /ActualText or /Alt.
    for (page_index, mcid), elem in claimed.items():
        said = (page_index, mcid) in text_mcids or str(elem.get("/ActualText", "")) or str(
            elem.get("/Alt", ""))
        if not said:
            report.fail("state-in-text", f"page {page_index + 1}: drawing tagged in a "
                        f"{name_of(elem.get('/S'))} with no text saying what it shows")


def check(path):
    report = Report()
    with pikepdf.open(path) as pdf:
        check_catalog(pdf, report)
        check_structure_and_content(pdf, report)
    return report.failures


def main(paths):
    failed = False
    for path in paths:
        for condition, detail in check(path):
            print(f"{path}: {condition}: {detail}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""The checker is shown to catch each condition: a good file passes, then for each condition a
copy broken on purpose (with pikepdf) must fail that condition.
Usage: test_checker.py GUIDE.pdf FORM.pdf BOOKLET.pdf (a guide with a logo and headings, a form
with checkboxes, a booklet with tables and a link) — files Acquis made."""
import os
import sys
import tempfile

import pikepdf
from pikepdf import Name, Dictionary, Array, String

sys.path.insert(0, os.path.dirname(__file__))
import check_pdfua  # noqa: E402


def elements(pdf):
    out = []

    def visit(elem):
        out.append(elem)
        kids = elem.get("/K")
        for kid in (kids if isinstance(kids, Array) else [kids] if kids is not None else []):
            if isinstance(kid, Dictionary) and "/S" in kid:
                visit(kid)

    top = pdf.Root.StructTreeRoot.K
    for kid in (top if isinstance(top, Array) else [top]):
        visit(kid)
    return out


def first(pdf, role, test=lambda e: True):
    for elem in elements(pdf):
        if elem.get("/S") == Name("/" + role) and test(elem):
            return elem
    raise AssertionError(f"no {role} element in the sample")


def drop(dictionary, key):
    del dictionary[key]


def unmarked_path(pdf):
    page = pdf.pages[0]
    page.contents_add(pdf.make_stream(b"0 0 m 10 10 l S\n"), prepend=False)


def orphan_element(pdf):
    elem = first(pdf, "P")
    parent = elem.P
    parent.K = Array([k for k in parent.K if not (isinstance(k, Dictionary) and k.objgen == elem.objgen)])


def skip_heading(pdf):
    first(pdf, "H1").S = Name("/H3")


def remove_scope(pdf):
    th = first(pdf, "TH")
    drop(th, "/A")


def cell_outside_row(pdf):
    td = first(pdf, "TD")
    td.P.S = Name("/Div")


def remove_alt(pdf):
    drop(first(pdf, "Figure"), "/Alt")


def remove_to_unicode(pdf):
    for page in pdf.pages:
        for _, font in page.Resources.Font.items():
            if "/ToUnicode" in font:
                drop(font, "/ToUnicode")
                return


def drop_one_mapping(pdf):
    """One glyph of the first font loses its Unicode value, the others keep theirs."""
    import re
    for _, font in pdf.pages[0].Resources.Font.items():
        cmap = font.ToUnicode.read_bytes().decode("latin-1")
        line = re.search(r"<0001> <[0-9A-F]+>\n", cmap).group(0)
        font.ToUnicode.write(cmap.replace(line, "").encode("latin-1"))
        return


def unembed_font(pdf):
    for page in pdf.pages:
        for _, font in page.Resources.Font.items():
            drop(font.DescendantFonts[0].FontDescriptor, "/FontFile2")
            return


def remove_lang(pdf):
    drop(pdf.Root, "/Lang")


def hide_title(pdf):
    pdf.Root.ViewerPreferences.DisplayDocTitle = False


def remove_metadata(pdf):
    drop(pdf.Root, "/Metadata")


def untag(pdf):
    drop(pdf.Root, "/MarkInfo")


def untitled_xmp(pdf):
    xmp = pdf.Root.Metadata.read_bytes().decode()
    start, end = xmp.index("<dc:title>"), xmp.index("</dc:title>") + len("</dc:title>")
    pdf.Root.Metadata.write((xmp[:start] + xmp[end:]).encode())


def untagged_widget(pdf):
    page = pdf.pages[0]
    field = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String("nom"),
        Rect=Array([72, 72, 200, 90]), F=4, P=page.obj))
    page.obj.Annots = Array([field])
    page.obj.Tabs = Name.S
    pdf.Root.AcroForm = Dictionary(Fields=Array([field]))


def link_annotation(pdf):
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") == Name.Link:
                return page, annot
    raise AssertionError("no link in the sample")


def untag_link(pdf):
    _, annot = link_annotation(pdf)
    drop(annot, "/StructParent")


def link_without_contents(pdf):
    _, annot = link_annotation(pdf)
    drop(annot, "/Contents")


def no_tab_order(pdf):
    page, _ = link_annotation(pdf)
    drop(page.obj, "/Tabs")


def checkbox_without_text(pdf):
    """The first checkbox's marked content loses the /ActualText that says its state."""
    for page in pdf.pages:
        operations = pikepdf.parse_content_stream(page)
        for operands, operator in operations:
            if str(operator) == "BDC" and isinstance(operands[1], Dictionary) and \
                    "/ActualText" in operands[1]:
                del operands[1]["/ActualText"]
                page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))
                return
    raise AssertionError("no checkbox in the sample")


def artifact_around_tagged(pdf):
    page = pdf.pages[0]
    page.contents_add(pdf.make_stream(b"/Artifact BMC\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"EMC\n"), prepend=False)


CASES = [  # condition, which sample, breakage
    ("tagged", "guide", untag),
    ("structure", "guide", orphan_element),
    ("marked-content", "guide", unmarked_path),
    ("marked-content", "guide", artifact_around_tagged),
    ("headings", "guide", skip_heading),
    ("table-headers", "booklet", remove_scope),
    ("table-headers", "booklet", cell_outside_row),
    ("figure-alt", "guide", remove_alt),
    ("fonts", "guide", remove_to_unicode),
    ("fonts", "guide", drop_one_mapping),
    ("fonts", "guide", unembed_font),
    ("lang", "guide", remove_lang),
    ("title", "guide", hide_title),
    ("title", "guide", untitled_xmp),
    ("pdfua-id", "guide", remove_metadata),
    ("form-fields", "form", untagged_widget),
    ("annotations", "guide", untag_link),
    ("annotations", "guide", link_without_contents),
    ("annotations", "guide", no_tab_order),
    ("state-in-text", "form", checkbox_without_text),
]


def main(guide, form, booklet):
    samples = {"guide": guide, "form": form, "booklet": booklet}
    failed = 0
    for name, path in samples.items():
        problems = check_pdfua.check(path)
        if problems:
            print(f"FAIL: the {name} sample does not pass as made: {problems[:3]}")
            failed += 1
    with tempfile.TemporaryDirectory() as tmp:
        for condition, sample, breakage in CASES:
            broken = os.path.join(tmp, f"{breakage.__name__}.pdf")
            with pikepdf.open(samples[sample]) as pdf:
                breakage(pdf)
                pdf.save(broken)
            found = {c for c, _ in check_pdfua.check(broken)}
            verdict = "caught" if condition in found else "MISSED"
            print(f"{verdict}: {breakage.__name__} -> {condition} (reported: {sorted(found)})")
            failed += condition not in found
    print(f"{len(CASES)} broken files, {failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

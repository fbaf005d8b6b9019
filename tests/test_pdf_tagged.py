"""Every PDF we make is tagged (PDF/UA-1): read back with pikepdf, the structure tree, language, title,
the picture as a Figure with its alt text, headings and lists, embedded fonts, and every piece of page
content either tagged or an artifact (the checks a PDF/UA validator makes that matter most here; no
validator such as veraPDF installs from PyPI or Debian, see docs/accessibility.md)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pypdfium2
import pytest

from praatplaat.alttext import alt_text
from praatplaat.cli import main
from praatplaat.load import load_file

EXAMPLES = Path(__file__).resolve().parents[1] / "praatplaten"
GROOTHAVEN = EXAMPLES / "gemeente-groothaven.yaml"
PAINT = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "EI"}


def kids(elem) -> list:
    k = elem.get("/K")
    return list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]


def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element, depth first in document (reading) order."""
    out = []

    def walk(elem) -> None:
        if isinstance(elem, pikepdf.Dictionary) and "/S" in elem:
            out.append(elem)
            for kid in kids(elem):
                walk(kid)

    for kid in kids(pdf.Root.StructTreeRoot):
        walk(kid)
    return out


def tags(pdf: pikepdf.Pdf) -> list[str]:
    return [str(e.S) for e in elements(pdf)]


def check_tagged(data: bytes, title: str, lang: str) -> pikepdf.Pdf:
    """The checks every PDF of ours must pass; returns the opened document for more."""
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert "/StructTreeRoot" in root
    assert str(root.Lang) == lang
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title) == title
    with pdf.open_metadata() as meta:
        assert meta["dc:title"] == title
        assert meta["pdfuaid:part"] == "1"
    assert tags(pdf)[0] == "/Document"
    _check_fonts_embedded(pdf)
    _check_content_marked(pdf)
    _check_lists(pdf)
    _check_links(pdf)
    return pdf


def _check_links(pdf: pikepdf.Pdf) -> None:
    """Every link is described by the text it covers, and pages with links are tabbed in structure order."""
    for page in pdf.pages:
        links = [a for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        if links:
            assert page.Tabs == "/S"
        for link in links:
            assert "/StructParent" in link
            dest = str(link.get("/Dest", ""))
            assert str(link.Contents).strip() and str(link.Contents) != dest, dest


def _fonts(resources, seen: set) -> list:
    out = []
    if resources is None or resources.objgen in seen and resources.objgen != (0, 0):
        return out
    seen.add(resources.objgen)
    out += list(resources.get("/Font", {}).values())
    for xobject in resources.get("/XObject", {}).values():
        out += _fonts(xobject.get("/Resources"), seen)
    return out


def _check_fonts_embedded(pdf: pikepdf.Pdf) -> None:
    seen: set = set()
    faces = [f for page in pdf.pages for f in _fonts(page.get("/Resources"), seen)]
    assert faces
    for face in faces:
        descriptor = face.DescendantFonts[0].FontDescriptor if "/DescendantFonts" in face else face.FontDescriptor
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), face.BaseFont


def _check_content_marked(pdf: pikepdf.Pdf) -> None:
    """Every painting operator lies in a tagged (MCID) sequence or an artifact, and every MCID belongs to
    an element that is reachable from the root (none left out of the tree)."""
    reachable = {e.objgen for e in elements(pdf)}
    parents = pdf.Root.StructTreeRoot.ParentTree.Nums
    mapped = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
    for number, page in enumerate(pdf.pages):
        stack, mcids = [], set()
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                props = operands[1] if op == "BDC" else None
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
                stack.append((str(operands[0]), mcid))
                if mcid is not None:
                    mcids.add(mcid)
            elif op == "EMC":
                stack.pop()
            elif op in PAINT:
                assert any(tag == "/Artifact" or mcid is not None for tag, mcid in stack), (number, op)
        parent = mapped[number]
        assert all(parent[m].objgen in reachable for m in mcids), number


def _check_lists(pdf: pikepdf.Pdf) -> None:
    for elem in elements(pdf):
        if elem.S == "/LI":
            assert {str(k.S) for k in kids(elem) if isinstance(k, pikepdf.Dictionary)} <= {"/Lbl", "/LBody"}
        if elem.S == "/L":
            assert {str(k.S) for k in kids(elem) if isinstance(k, pikepdf.Dictionary)} <= {"/LI", "/L", "/Caption"}


def figures(pdf: pikepdf.Pdf) -> list[str]:
    return [str(e.Alt) for e in elements(pdf) if e.S == "/Figure"]


def render(tmp_path: Path, *args: str, name: str = "x.pdf") -> bytes:
    out = tmp_path / name
    assert main([*args, "--out", str(out)]) == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def groothaven():
    return load_file(GROOTHAVEN).vision


@pytest.mark.parametrize("size", ["scherm", "a4", "a3", "a4-staand", "a3-staand"])
def test_picture_pdf_is_tagged_at_every_size(tmp_path, capsys, groothaven, size):
    data = render(tmp_path, "render", str(GROOTHAVEN), "--size", size)
    pdf = check_tagged(data, groothaven.titel, "nl")
    assert figures(pdf) == [alt_text(groothaven, "overzicht", "nl")]
    order = tags(pdf)
    # reading order: the picture, then the long description headed by the title
    assert order.index("/Figure") < order.index("/H1") < order.index("/H2") < order.index("/L")
    assert {"/H3", "/LI", "/Lbl", "/LBody", "/P"} <= set(order)
    doc = pypdfium2.PdfDocument(data)
    picture = doc[0].get_textpage().get_text_range()
    assert "Gemeente Groothaven" in picture and groothaven.principes[0].naam in " ".join(picture.split())
    rest = " ".join(" ".join(doc[i].get_textpage().get_text_range() for i in range(1, len(doc))).split())
    assert all(p.uitleg.split()[0] in rest for p in groothaven.principes)  # the long description is text


def test_headings_in_the_text_are_the_outline_of_the_vision(tmp_path, capsys, groothaven):
    pdf = pikepdf.open(io.BytesIO(render(tmp_path, "render", str(GROOTHAVEN), "--size", "a4")))
    heads = [str(e.S) for e in elements(pdf) if str(e.S) in ("/H1", "/H2", "/H3", "/H4")]
    assert heads[0] == "/H1" and heads.count("/H1") == 1
    levels = [int(h[2]) for h in heads]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))  # no level skipped


def test_english_pdf_says_en(tmp_path, capsys, groothaven):
    data = render(tmp_path, "--lang", "en", "render", str(GROOTHAVEN), "--view", "huis")
    pdf = check_tagged(data, groothaven.titel, "en")
    assert figures(pdf) == [alt_text(groothaven, "huis", "en")]
    text = " ".join(pypdfium2.PdfDocument(data)[1].get_textpage().get_text_range().split())
    assert "Principles" in text


def test_journey_view_has_the_journeys_alt_text(tmp_path, capsys, groothaven):
    reis = groothaven.klantreizen[1]
    data = render(tmp_path, "render", str(GROOTHAVEN), "--view", "reis", "--journey", reis.id)
    assert figures(check_tagged(data, groothaven.titel, "nl")) == [alt_text(groothaven, "reis", "nl", reis.id)]


def test_all_views_document_is_tagged_with_a_figure_per_view(tmp_path, capsys, groothaven):
    data = render(tmp_path, "render", str(GROOTHAVEN), "--size", "a4", "--all")
    pdf = check_tagged(data, groothaven.titel, "nl")
    expected = [alt_text(groothaven, v, "nl") for v in ("overzicht", "huis", "kanalen")]
    expected += [alt_text(groothaven, "reis", "nl", r.id) for r in groothaven.klantreizen]
    assert figures(pdf) == expected
    order = [t for t in tags(pdf) if t != "/Span"]
    # contents (a list of links), then per view its heading and picture, then the text version
    assert order[1:5] == ["/Sect", "/H1", "/P", "/H2"] and "/Link" in order[:order.index("/Figure")]
    contents = [str(a.Contents) for a in pdf.pages[0].Annots]
    assert contents[:2] == ["Overzicht 2", "Overzicht 2"]
    views = [e for e in elements(pdf) if e.S in ("/H2", "/Figure")]
    assert [str(e.S) for e in views[1:1 + 2 * len(expected)]] == ["/H2", "/Figure"] * len(expected)
    artifacts = 0
    for page in pdf.pages[1:]:  # every page number is a pagination artifact
        ops = pikepdf.parse_content_stream(page)
        artifacts += sum(1 for operands, op in ops if str(op) == "BDC" and operands[0] == "/Artifact"
                         and operands[1].get("/Type") == "/Pagination")
    assert artifacts >= len(pdf.pages) - 1


@pytest.fixture(scope="module")
def comparison_pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("v") / "v.pdf"
    files = [str(EXAMPLES / f"{n}.yaml") for n in ("gemeente-beekdal", "gemeente-kleindorp")]
    assert main(["vergelijk", *files, "--out", str(out)]) == 0
    return out.read_bytes()


def test_comparison_pdf_is_tagged_with_tables(comparison_pdf, capsys):
    pdf = check_tagged(comparison_pdf, "Vergelijking van visies", "nl")
    assert figures(pdf) == ["Vergelijking van visies: Gemeente Beekdal, Gemeente Kleindorp"]
    order = tags(pdf)
    assert {"/H1", "/Table", "/TR", "/TH", "/TD", "/Caption"} <= set(order)
    assert order.index("/Figure") < order.index("/H1") < order.index("/Table")


def test_krant_pdf_is_tagged(tmp_path, capsys, groothaven):
    data = render(tmp_path, "krant", str(GROOTHAVEN), name="k.pdf")
    pdf = check_tagged(data, groothaven.krant.naam, "nl")
    assert alt_text(groothaven, "overzicht", "nl") in figures(pdf)
    assert {"/H1", "/H2", "/L", "/LI", "/P"} <= set(tags(pdf))


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_pdfinfo_says_tagged(tmp_path, capsys, comparison_pdf):
    render(tmp_path, "render", str(GROOTHAVEN), "--size", "a4")
    (tmp_path / "v.pdf").write_bytes(comparison_pdf)
    for name in ("x.pdf", "v.pdf"):
        info = subprocess.run(["pdfinfo", str(tmp_path / name)], capture_output=True, text=True, check=True).stdout
        assert "Tagged:          yes" in info

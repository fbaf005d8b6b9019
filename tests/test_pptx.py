"""Slides for trainers: `render X.yaml --out les.pptx`, read back with python-pptx (and shown through
LibreOffice when it is installed)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from praatplaat.alttext import alt_text
from praatplaat.cli import main
from praatplaat.export import FORMATS
from praatplaat.layout import build_scene
from praatplaat.load import load_file
from praatplaat.render.plotly_fig import FADE
from praatplaat.scene import Rect, Text
from praatplaat.spotlight import spotlight
from praatplaat.theme import mix

EXAMPLES = Path(__file__).resolve().parents[1] / "praatplaten"
GROOTHAVEN = EXAMPLES / "gemeente-groothaven.yaml"


@pytest.fixture(scope="module")
def groothaven():
    return load_file(GROOTHAVEN).vision


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("les") / "les.pptx"
    assert main(["render", str(GROOTHAVEN), "--out", str(out)]) == 0
    return out


def pictures(slide) -> list:
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_slides_as_specified(deck, groothaven):
    prs = Presentation(str(deck))
    assert (prs.slide_width, prs.slide_height) == (12_192_000, 6_858_000)  # 16:9
    journeys, principles = groothaven.klantreizen, groothaven.principes
    titles = [slide.shapes.title.text for slide in prs.slides]
    assert titles == ([groothaven.titel, "Overzicht", "Huis", "Kanalen"]
                      + [f"Klantreis: {r.naam}" for r in journeys]
                      + [f"Principe: {p.naam}" for p in principles]
                      + [f"Klantreis uitgelicht: {r.naam}" for r in journeys])
    assert len(set(titles)) == len(titles)  # every slide findable by its title
    assert prs.core_properties.title == groothaven.titel


def test_every_picture_has_alt_text_and_every_slide_notes(deck, groothaven):
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    assert pictures(slides[0]) == []
    for slide in slides[1:]:
        [picture] = pictures(slide)
        assert picture._element.nvPicPr.cNvPr.get("descr"), slide.shapes.title.text
        with PILImage.open(io.BytesIO(picture.image.blob)) as image:
            assert image.size == (1920, 1080)
        assert picture.top >= slide.shapes.title.top + slide.shapes.title.height  # under the title
        assert picture.left >= 0 and picture.left + picture.width <= prs.slide_width
    for slide in slides:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), slide.shapes.title.text
    views = [alt_text(groothaven, v, "nl") for v in ("overzicht", "huis", "kanalen")]
    views += [alt_text(groothaven, "reis", "nl", r.id) for r in groothaven.klantreizen]
    assert [pictures(s)[0]._element.nvPicPr.cNvPr.get("descr") for s in slides[1:1 + len(views)]] == views
    spots = [pictures(s)[0]._element.nvPicPr.cNvPr.get("descr") for s in slides[1 + len(views):]]
    names = [p.naam for p in groothaven.principes] + [r.naam for r in groothaven.klantreizen]
    assert all(f"Uitgelicht: {name}," in alt for alt, name in zip(spots, names))


def test_notes_hold_the_explanation_and_the_linked_steps(deck, groothaven):
    prs = Presentation(str(deck))
    notes = {s.shapes.title.text: s.notes_slide.notes_text_frame.text for s in prs.slides}
    for p in groothaven.principes:
        text = notes[f"Principe: {p.naam}"]
        assert p.uitleg in text
        linked = [stap.naam for r in groothaven.klantreizen for stap in r.stappen if p.id in stap.principes]
        assert all(name in text for name in linked), p.id
        if linked:
            assert "Stappen:" in text
    for r in groothaven.klantreizen:
        assert notes[f"Klantreis uitgelicht: {r.naam}"] == notes[f"Klantreis: {r.naam}"]
        lines = notes[f"Klantreis: {r.naam}"].splitlines()
        assert [line.split(". ", 1)[1].split(" (")[0] for line in lines if line[:1].isdigit()] == [
            s.naam for s in r.stappen]


def test_text_is_marked_in_the_decks_language(tmp_path, capsys):
    out = tmp_path / "les.pptx"
    assert main(["--lang", "en", "render", str(EXAMPLES / "gemeente-kleindorp.yaml"), "--out", str(out)]) == 0
    prs = Presentation(str(out))
    titles = [s.shapes.title.text for s in prs.slides]
    assert "Overview" in titles and any(t.startswith("Principle: ") for t in titles)
    langs = {r._r.get_or_add_rPr().get("lang") for s in prs.slides for p in s.shapes.title.text_frame.paragraphs
             for r in p.runs}
    assert langs == {"en-GB"}


def test_pptx_is_a_format_of_the_registry_and_the_export_panel():
    from components.export_panel import by_id

    assert FORMATS["pptx"].suffix == ".pptx" and FORMATS["pptx"].sizes == ("scherm",)
    assert by_id("pptx").mime.endswith("presentationml.presentation")


def test_spotlight_fades_the_rest_and_outlines_the_element(groothaven):
    scene = build_scene(groothaven, "overzicht")
    ref = f"principe:{groothaven.principes[0].id}"
    lit = {ref}
    out = spotlight(scene, ref, lit)
    assert len(out.items) == len(scene.items) + 1 and out.hotspots == scene.hotspots
    ring = out.items[-1]
    spot = scene.hotspot(ref)
    assert isinstance(ring, Rect) and ring.stroke == scene.accent and ring.x < spot.x and ring.w > spot.w
    for before, after in zip(scene.items, out.items):
        if before.ref in lit or before.ref is None:
            assert after == before
        elif isinstance(before, Text):
            assert after.color == mix(scene.background, before.color, FADE) and after.lines == before.lines
    assert scene.items[0] == build_scene(groothaven, "overzicht").items[0]  # the scene itself is left alone


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_shows_every_slide(deck, tmp_path, groothaven):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
                   check=True, capture_output=True, timeout=300)
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(tmp_path / "les.pdf"))
    assert len(doc) == len(Presentation(str(deck)).slides)
    page = doc[1].render(scale=0.5).to_pil().convert("RGB")
    assert len(page.getcolors(1 << 20)) > 50  # the picture is there, not an empty frame
    assert "Overzicht" in doc[1].get_textpage().get_text_range()

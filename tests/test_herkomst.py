"""Shared versus own, visible: the origin marks and legend (praatplaat.layout.herkomst) in every output."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageChops

from praatplaat.layout import VIEWS, build_scene, herkomst
from praatplaat.load import load_file, load_text
from praatplaat.metrics import PHONE_ASPECT, PHONE_W
from praatplaat.render.html import render_html
from praatplaat.render.pdf import render_pdf
from praatplaat.render.png import render_png
from praatplaat.render.svg import render_svg
from praatplaat.scene import Text

ROOT = Path(__file__).resolve().parents[1]
BEEKDAL = ROOT / "praatplaten" / "gemeente-beekdal.yaml"
INHERITING = sorted(p for p in (ROOT / "praatplaten").glob("*.yaml") if "\nbasis:" in p.read_text(encoding="utf-8"))
LETTERS = {"B", "A", "E"}


@pytest.fixture(scope="module")
def beekdal():
    result = load_file(BEEKDAL)
    assert result.ok and result.vision.basis == "overheid"
    return result.vision


def badges(scene, k: float = 1.0) -> dict[str, Text]:
    """The letter of each element's mark, by element ref (``k``: how much the composition was scaled up)."""
    return {t.ref: t for t in scene.texts() if t.ref and t.lines and t.lines[0] in LETTERS and len(t.lines) == 1
            and t.bold and t.size <= herkomst.LETTER * k + 1e-6}


def unmarked(vision, monkeypatch, **kw):
    monkeypatch.setattr(herkomst, "mark", lambda scene, vision: scene)
    return build_scene(vision, **kw)


def test_every_element_with_an_origin_has_its_mark_in_its_own_group(beekdal):
    scene = build_scene(beekdal)
    marks = badges(scene)
    want = {"principe:algemeen-belang": "B", "principe:er-om-te-helpen": "A", "principe:samen": "E",
            "principe:menselijke-maat": "E", "fundament:fundament": "B", "visie:visie": "A"}
    for ref, letter in want.items():
        assert marks[ref].lines == [letter], ref
    assert all(marks[f"kanaal:{k.id}"].lines == ["E"] for k in beekdal.kanalen)
    groups = [g.ref for g in scene.groups() if g.ref]
    assert len(groups) == len(set(groups)), "a mark opened a second group for its element"


@pytest.mark.parametrize("path", INHERITING, ids=lambda p: p.stem)
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("aspect", [16 / 9, 1 / 1.414, 9 / 16])
def test_marks_sit_inside_the_canvas_and_on_no_text(path, view, aspect):
    vision = load_file(path).vision
    scene = build_scene(vision, view, aspect=aspect)
    k = scene.width / PHONE_W if aspect <= PHONE_ASPECT else 1.0  # the phone composition is drawn narrow, scaled up
    marks = badges(scene, k)
    assert marks, "an inheriting vision shows no marks"
    texts = [t for t in scene.texts() if t not in marks.values()]
    size = herkomst.SIZE * k
    for mark in marks.values():
        box = (mark.x - size / 2, mark.y + mark.height / 2 - size / 2, size, size)
        assert box[0] >= 0 and box[0] + box[2] <= scene.width and box[1] >= 0 and box[1] + box[3] <= scene.height
        hits = [t.lines for t in texts if herkomst._overlaps(box, herkomst._extent(t))]
        assert not hits, f"{mark.ref}'s mark covers {hits}"


def test_legend_names_the_three_marks_and_the_base(beekdal):
    lines = [line for t in build_scene(beekdal).texts() if t.ref is None for line in t.lines]
    assert "uit de basis 'overheid'" in lines and "uit de basis, hier aangepast" in lines and "eigen" in lines
    english = [line for t in build_scene(beekdal, lang="en").texts() if t.ref is None for line in t.lines]
    assert "from the base 'overheid'" in english and "own" in english


def test_no_base_no_marks_no_legend():
    vision = load_file(ROOT / "praatplaten" / "gemeente-groothaven.yaml").vision
    scene = build_scene(vision)
    assert not badges(scene)
    assert not any("basis" in line for t in scene.texts() for line in t.lines)


def test_marks_are_drawn_in_the_png(beekdal, monkeypatch):
    marked = build_scene(beekdal)
    plain = unmarked(beekdal, monkeypatch)
    a = PILImage.open(io.BytesIO(render_png(marked, 1920))).convert("RGB")
    b = PILImage.open(io.BytesIO(render_png(plain, 1920))).convert("RGB")
    for ref, mark in badges(marked).items():
        cy = mark.y + mark.height / 2
        box = (int(mark.x - 12), int(cy - 12), int(mark.x + 12), int(cy + 12))
        diff = ImageChops.difference(a.crop(box), b.crop(box))
        assert diff.getbbox() is not None, f"no mark drawn for {ref}"
        dark = sum(a.crop(box).convert("L").histogram()[:60])
        assert dark > 20, f"{ref}'s mark has no dark outline and letter"


def test_svg_groups_carry_the_mark_as_text_and_the_origin_in_their_title(beekdal):
    svg = render_svg(build_scene(beekdal))
    group = re.search(r'<g data-ref="principe:samen"><title>(.*?)</title>(.*?)</g>', svg, re.S)
    assert group and "Herkomst: eigen aan de organisatie" in group.group(1)
    assert re.search(r">E</tspan>", group.group(2))
    changed = re.search(r'<g data-ref="principe:er-om-te-helpen"><title>(.*?)</title>(.*?)</g>', svg, re.S)
    assert "hier aangepast: uitleg, voorbeelden" in changed.group(1) and ">A</tspan>" in changed.group(2)
    assert "uit de basis &#x27;overheid&#x27;" in svg or "uit de basis 'overheid'" in svg


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_pdf_has_the_marks_and_legend_as_text(beekdal, tmp_path):
    pdf = tmp_path / "plaat.pdf"
    pdf.write_bytes(render_pdf(build_scene(beekdal), 1190.55, 841.89))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "uit de basis 'overheid'" in text and "hier aangepast" in text
    assert len(re.findall(r"(?<![\w])E(?![\w])", text)) >= 6  # the own principles, channels, journey, agenda


def test_html_shows_the_marks_the_legend_and_the_origin_in_words(beekdal):
    page = render_html(build_scene(beekdal), beekdal)
    assert ">E</tspan>" in page and ">B</tspan>" in page and ">A</tspan>" in page
    assert "eigen aan de organisatie" in page and "hier aangepast" in page


def test_an_own_base_file_names_its_file_in_the_legend(tmp_path):
    (tmp_path / "regio.yaml").write_text(
        "versie: 1\ntitel: Regio\nbasis: overheid\nprincipes:\n  - naam: Samen in de regio\n", encoding="utf-8")
    text = "versie: 1\ntitel: Dorp\nbasis: regio.yaml\nprincipes:\n  - naam: Eigen principe\n"
    vision = load_text(text, str(tmp_path / "dorp.yaml"), base_dir=tmp_path).vision
    scene = build_scene(vision)
    marks = badges(scene)
    assert marks["principe:samen-in-de-regio"].lines == ["B"] and marks["principe:eigen-principe"].lines == ["E"]
    legend = " ".join(line for t in scene.texts() if t.ref is None for line in t.lines)
    assert "overheid" in legend and "regio.yaml" in legend

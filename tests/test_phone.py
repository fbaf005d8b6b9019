"""The phone composition (``--size telefoon`` and the HTML export on narrow screens): readable at a phone's
width, nothing shortened, every element there and clickable; and nothing shortened on portrait pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from praatplaat.export import SIZES, export
from praatplaat.fitcheck import truncations
from praatplaat.layout import VIEWS, build_scene
from praatplaat.load import load_file
from praatplaat.ref import step_id, verhaal_id
from tests.test_layout_properties import assert_hotspots_apart, assert_text_inside

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "praatplaten").glob("*.yaml"))
PHONE_CSS_W = 390  # a common phone's width in CSS px
W, H = SIZES["telefoon"]


def _scenes(vision):
    for view in VIEWS:
        journeys = [r.id for r in vision.klantreizen] if view == "reis" and vision.klantreizen else [None]
        for journey in journeys:
            yield view, journey, build_scene(vision, view, journey=journey, aspect=W / H)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_text_is_readable_on_a_phone(path):
    """Shown at the phone's width, the smallest text is at least 12 CSS px."""
    vision = load_file(path).vision
    for view, journey, scene in _scenes(vision):
        assert scene.width == W and scene.height >= H
        smallest = min(t.size for t in scene.texts())
        assert smallest * PHONE_CSS_W / scene.width >= 12, (view, journey, smallest)
        assert_text_inside(scene)
        assert_hotspots_apart(scene)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_nothing_is_shortened_on_a_phone_or_a_portrait_page(path):
    """`check --strict` is clean for every example in the portrait sizes: texts wrap, or stay in the details."""
    assert truncations(load_file(path).vision, sizes=("telefoon", "a4-staand", "a3-staand")) == {}


def test_the_overview_holds_every_element():
    vision = load_file(ROOT / "praatplaten" / "gemeente-groothaven.yaml").vision
    refs = {h.ref for h in build_scene(vision, aspect=W / H).hotspots}
    expected = {"visie:visie", "fundament:fundament"}
    expected |= {f"principe:{p.id}" for p in vision.principes} | {f"kanaal:{k.id}" for k in vision.kanalen}
    expected |= {f"klantreis:{r.id}" for r in vision.klantreizen} | {f"agenda:{a.id}" for a in vision.agenda}
    expected |= {f"stap:{step_id(r.id, i)}" for r in vision.klantreizen for i in range(len(r.stappen))}
    expected |= {f"verhaal:{verhaal_id(i)}" for i in range(len(vision.verhalen))}
    assert refs == expected
    texts = " ".join(line for t in build_scene(vision, aspect=W / H).texts() for line in t.lines)
    assert all(r.naam.split()[0] in texts for r in vision.klantreizen)


def test_exports_follow_the_phone_scene():
    vision = load_file(ROOT / "praatplaten" / "gemeente-groothaven.yaml").vision
    scene = build_scene(vision, aspect=W / H)
    assert scene.height > H  # this vision needs more than one phone screen
    png = Image.open(io.BytesIO(export(vision, "png", size="telefoon")))
    assert png.size == (W, round(W * scene.height / scene.width))
    import pypdf

    box = pypdf.PdfReader(io.BytesIO(export(vision, "pdf", size="telefoon"))).pages[0].mediabox
    assert abs(float(box.height) / float(box.width) - scene.height / scene.width) < 0.01


def test_a_small_vision_fills_one_screen():
    vision = load_file(ROOT / "praatplaten" / "leeg-sjabloon.yaml").vision
    for _, _, scene in _scenes(vision):
        assert (scene.width, scene.height) == (W, H)


def test_a_very_long_vision_keeps_its_long_texts_brief_and_says_so():
    """Beyond PHONE_MAX_H the quotes are limited to a few lines: reported by the check, never silently."""
    from praatplaat.load import load_text
    from praatplaat.metrics import PHONE_MAX_H, PHONE_W

    quote = " ".join(["Het ging goed en ik werd goed geholpen door een vriendelijke medewerker."] * 12)
    text = ("versie: 1\ntitel: Lang\norganisatie: Test\nvisie: {kern: Wij helpen.}\nprincipes:\n  - naam: Een\n"
            "verhalen:\n" + "".join(f"  - citaat: {quote}\n    wie: Persoon {i}\n" for i in range(30)))
    vision = load_text(text).vision
    scene = build_scene(vision, aspect=W / H)
    assert scene.height <= PHONE_MAX_H * W / PHONE_W
    found = truncations(vision, views=("overzicht",), sizes=("telefoon",))
    assert {(ref, field) for _, ref, field in found} == {(f"verhaal:{verhaal_id(i)}", "citaat") for i in range(30)}

"""The engine's contract: one group and one title per element in every output, one Ref type,
one describe() for hotspots, HTML panel and text alternative, one word list in two languages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from praatplaat.describe import describe
from praatplaat.export import FORMATS, SIZES
from praatplaat.layout import VIEWS, build_scene
from praatplaat.load import load_file
from praatplaat.ref import Ref
from praatplaat.render.base import Renderer
from praatplaat.render.svg import render_svg
from praatplaat.scene import Rect, Scene, SceneError

NS = "{http://www.w3.org/2000/svg}"
EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("praatplaten").glob("*.yaml"))


def _vision(path: Path):
    result = load_file(path)
    assert result.ok, result.report()
    return result.vision


def _journey_scenes(vision, view: str, aspect: float):
    if view == "reis" and vision.klantreizen:
        return [build_scene(vision, view, journey=r.id, aspect=aspect) for r in vision.klantreizen]
    return [build_scene(vision, view, aspect=aspect)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("view", VIEWS)
def test_one_group_and_one_title_per_element(path, view):
    vision = _vision(path)
    for aspect in (16 / 9, 3508 / 2480):
        for scene in _journey_scenes(vision, view, aspect):
            root = ET.fromstring(render_svg(scene))
            groups = Counter(g.get("data-ref") for g in root.iter(f"{NS}g") if g.get("data-ref"))
            assert [r for r, n in groups.items() if n > 1] == []
            assert set(groups) == {h.ref for h in scene.hotspots}
            for g in root.iter(f"{NS}g"):
                if g.get("data-ref"):
                    assert len(g.findall(f"{NS}title")) == 1, g.get("data-ref")
                    assert not g.findall(f".//{NS}g[@data-ref]"), "groups never nest"
            interactive = ET.fromstring(render_svg(scene, interactive=True))
            paint = next(g for g in interactive.iter(f"{NS}g") if g.get("class") == "pp-paint")
            painted = Counter(g.get("data-ref") for g in paint.iter(f"{NS}g") if g.get("data-ref"))
            assert max(painted.values(), default=1) == 1


def test_scene_refuses_an_element_drawn_in_two_places():
    scene = Scene(100, 100, "#FFFFFF", "overzicht", "t")
    scene.add(Rect(0, 0, 1, 1, ref="principe:a"), Rect(0, 0, 1, 1, ref="principe:a"), Rect(0, 0, 1, 1))
    with pytest.raises(SceneError):
        scene.add(Rect(0, 0, 1, 1, ref="principe:a"))


def test_every_renderer_implements_the_contract():
    from praatplaat.render import plotly_fig, png, svg

    renderers = [png._Painter, svg._Svg, plotly_fig._Plotly]  # the PDF draws the SVG (render/pdf.py)
    assert all(issubclass(r, Renderer) and not r.__abstractmethods__ for r in renderers)


def test_ref_round_trip():
    for text in ("principe:duidelijk", "stap:verhuizen/3", "verhaal:verhaal-2", "visie:visie"):
        assert str(Ref.parse(text)) == text
    assert Ref.parse("stap:verhuizen/3").step_position() == ("verhuizen", 2)
    assert Ref.step("verhuizen", 2) == Ref("stap", "verhuizen/3")
    assert Ref.parse("verhaal:verhaal-2").quote_index() == 1
    assert Ref.quote(1) == Ref("verhaal", "verhaal-2")
    for bad in ("", "principe", "onzin:x", "principe:", "stap:x/0"):
        ref = Ref.parse(bad)
        assert ref is None or ref.step_position() is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_describe_uses_words_never_raw_values(lang):
    vision = _vision(EXAMPLES[[p.stem for p in EXAMPLES].index("gemeente-groothaven")])
    phone = next(k for k in vision.kanalen if k.soort == "telefoon")
    d = describe(vision, f"kanaal:{phone.id}", lang)
    assert d.kind_word == {"nl": "Kanaal", "en": "Channel"}[lang]
    assert d.get("soort").value == {"nl": "telefoon", "en": "phone"}[lang]
    item = next(a for a in vision.agenda if a.status == "bezig")
    assert describe(vision, f"agenda:{item.id}", lang).get("status").value == {"nl": "bezig", "en": "in progress"}[lang]
    reis = vision.klantreizen[0]
    step = describe(vision, f"stap:{reis.id}/1", lang)
    assert step.journey == reis.id and step.get("klantreis").refs == [f"klantreis:{reis.id}"]
    assert all(ref.startswith(("klantreis:", "kanaal:", "principe:")) for ref, _ in step.links)
    assert describe(vision, "principe:bestaat-niet", lang) is None
    assert describe(vision, "onzin", lang) is None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_hotspots_say_what_describe_says(path):
    vision = _vision(path)
    for view in VIEWS:
        for spot in build_scene(vision, view).hotspots:
            d = describe(vision, spot.ref)
            assert (spot.label, spot.detail) == (d.title, d.detail())


def test_format_registry():
    assert set(FORMATS) >= {"png", "svg", "pdf", "html"}
    assert FORMATS["png"].mime == "image/png" and FORMATS["pdf"].suffix == ".pdf"
    assert all(set(f.sizes) <= set(SIZES) and {o.size for o in f.offers} <= set(f.sizes) for f in FORMATS.values())
    assert SIZES["scherm"] == (1920, 1080)


LEAKS = {"nl": ("click", "call", "face", "Channels", "Journeys", "Stories", "view", "more", "Experience"),
         "en": ("Kanalen", "Klantreizen", "Verhalen", "weergave", "meer", "Beleving", "Digitaal", "gepland")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_picture_words_never_leak_into_the_other_language(lang):
    """Only the vision's own text may be Dutch in an English picture; every word of ours follows ``lang``."""
    vision = _vision(EXAMPLES[[p.stem for p in EXAMPLES].index("gemeente-groothaven")])
    own = " ".join(str(v) for v in vision.model_dump().values())
    for view in VIEWS:
        for aspect in (16 / 9, 3508 / 2480, 9 / 16):
            scene = build_scene(vision, view, aspect=aspect, lang=lang)
            ours = [t for t in scene.texts() if t.field is None]
            words = " ".join(" ".join(t.lines) for t in ours)
            leaked = [w for w in LEAKS[lang] if w in words.split() or f"{w} " in words and w not in own]
            assert leaked == [], (view, leaked, words[:300])

"""SVG renderer: valid XML, text as text, every hotspot a titled group, every model name present."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from praatplaat.layout import VIEWS, build_scene
from praatplaat.load import load_text
from praatplaat.render.svg import render_svg
from praatplaat.scene import Circle, Hotspot, Image, Path, Rect, Scene, Text

NS = "{http://www.w3.org/2000/svg}"

VISION = """\
versie: 1
titel: Zo helpen wij u <samen> & "goed"
ondertitel: Dienstverleningsvisie 2025–2028
organisatie: Gemeente Ñoord & Zuid
huisstijl: {primair: "#00558C", accent: "#F39200"}
visie:
  kern: Wij werken met menselijke maat aan het algemeen belang.
  toelichting: Iedereen moet ons kunnen bereiken.
principes:
  - naam: Wij zijn er om te helpen, ook als uw vraag ingewikkeld is en niet in één hokje past
    uitleg: We denken mee.
    voorbeelden: [We bellen terug]
  - naam: Duidelijk & benaderbaar <altijd>
  - naam: Dienstverleningsvisieontwikkelingstraject
fundament: {naam: Wij respecteren altijd de menselijke waardigheid}
kanalen:
  - {naam: Website, soort: online, bereikbaarheid: 24/7}
  - {naam: Telefoon 14 0123, soort: telefoon, servicenorm: binnen 30 seconden}
  - {naam: Balie stadhuis, soort: balie}
  - {naam: Brief, soort: post}
doelgroepen:
  - {naam: Nieuwe inwoner}
klantreizen:
  - naam: Verhuizen
    doelgroep: Nieuwe inwoner
    stappen:
      - {naam: Verhuizing doorgeven, kanaal: Website, beleving: 1, principes: [Duidelijk & benaderbaar <altijd>]}
      - {naam: Vraag over parkeren, kanaal: Telefoon 14 0123, beleving: -2}
      - {naam: Paspoort ophalen, kanaal: Balie stadhuis}
verhalen:
  - {citaat: "Ik werd netjes teruggebeld.", wie: Inwoner}
agenda:
  - {naam: Chat invoeren, wanneer: 2026, status: bezig}
"""


def vision():
    result = load_text(VISION)
    assert result.ok, result.report()
    return result.vision


def model_names(v) -> list[str]:
    names = [v.titel, v.organisatie, v.visie.kern] + [p.naam for p in v.principes]
    names += [v.fundament.naam] + [k.naam for k in v.kanalen] + [r.naam for r in v.klantreizen]
    names += [s.naam for r in v.klantreizen for s in r.stappen] + [a.naam for a in v.agenda]
    return names


def visible_texts(root: ET.Element) -> list[str]:
    """Each <text> element's lines joined by spaces, plus every <title>."""
    out = [" ".join(t.text or "" for t in text.iter(f"{NS}tspan")) for text in root.iter(f"{NS}text")]
    return out + [t.text or "" for t in root.iter(f"{NS}title")]


@pytest.mark.parametrize("view", VIEWS)
def test_valid_svg_with_a_titled_group_per_hotspot(view):
    scene = build_scene(vision(), view)
    root = ET.fromstring(render_svg(scene))
    assert root.get("viewBox") == f"0 0 {scene.width:.6g} {scene.height:.6g}"
    groups = {}
    for g in root.iter(f"{NS}g"):
        groups.setdefault(g.get("data-ref"), []).append(g)
    for h in scene.hotspots:
        assert h.ref in groups, h.ref
        for g in groups[h.ref]:
            title = g.find(f"{NS}title")
            assert title is not None and title.text.startswith(h.label)


def test_every_name_of_the_model_appears_as_text():
    v = vision()
    root = ET.fromstring(render_svg(build_scene(v, "overzicht")))
    texts = " | ".join(visible_texts(root))
    for name in model_names(v):
        assert name in texts, name
    # and the renderer draws every line of every text primitive as real text
    scene = build_scene(v, "overzicht")
    spans = [t.text for t in root.iter(f"{NS}tspan")]
    assert spans == [line for t in scene.texts() for line in t.lines if line]


def test_journey_view_shows_every_step_name():
    v = vision()
    texts = " | ".join(visible_texts(ET.fromstring(render_svg(build_scene(v, "reis")))))
    for stap in v.klantreizen[0].stappen:
        assert stap.naam in texts


def hand_scene() -> Scene:
    scene = Scene(1000, 500, "#FFFFFF", "overzicht", "Test & <titel>")
    scene.add(
        Rect(10, 10, 200, 100, fill="#EEEEEE", stroke="#333333", stroke_width=2, radius=12, ref="principe:a"),
        Text(20, 20, ["Eerste regel &", "tweede <regel>"], 18, "#111111", bold=True, ref="principe:a"),
        Path([(0, 0), (50, 50), (100, 0)], stroke="#00558C", stroke_width=3, dash=True),
        Path([(0, 0), (50, 50), (100, 0)], closed=True, fill="#F39200"),
        Circle(300, 300, 20, fill="#1F5F9E", ref="stap:reis/1"),
        Text(300, 330, ["midden"], 15, "#111111", anchor="middle", ref="stap:reis/1"),
        Text(10, 400, ["rare \x01 tekens \ud800 \"quote\""], 15, "#111111"),
        Image(800, 10, 100, 50, b"\x89PNG fake", mime="image/png"),
    )
    scene.hotspots += [
        Hotspot("principe", "a", 10, 10, 200, 100, "Wij helpen", "uitleg & meer"),
        Hotspot("stap", "reis/1", 280, 280, 40, 70, "Stap 1"),
        Hotspot("agenda", "zonder-vorm", 500, 400, 100, 40, "Alleen een hotspot"),
    ]
    return scene


def test_primitives_map_to_svg_elements():
    svg = render_svg(hand_scene(), width=500)
    root = ET.fromstring(svg)
    assert (root.get("width"), root.get("height")) == ("500", "250")
    rect = root.find(f".//{NS}g[@data-ref='principe:a']/{NS}rect")
    assert rect.get("rx") == "12" and rect.get("stroke-width") == "2"
    text = root.find(f".//{NS}g[@data-ref='principe:a']/{NS}text")
    assert text.get("font-weight") == "700"
    assert [t.text for t in text] == ["Eerste regel &", "tweede <regel>"]
    baselines = hand_scene().items[1].baselines()
    assert [float(t.get("y")) for t in text] == pytest.approx(baselines, abs=0.01)
    polyline = root.find(f"{NS}polyline")
    assert polyline.get("stroke-dasharray") == "12 9" and polyline.get("stroke-linejoin") == "round"
    assert root.find(f"{NS}polygon").get("fill") == "#F39200"
    assert root.find(f".//{NS}g[@data-ref='stap:reis/1']/{NS}text").get("text-anchor") == "middle"
    assert root.find(f"{NS}image").get("href").startswith("data:image/png;base64,")
    assert "\x01" not in svg and "Test &amp; &lt;titel&gt;" in svg


def test_hotspot_without_shapes_gets_a_transparent_titled_area():
    root = ET.fromstring(render_svg(hand_scene()))
    g = root.find(f".//{NS}g[@data-ref='agenda:zonder-vorm']")
    assert g.find(f"{NS}title").text == "Alleen een hotspot"
    assert g.find(f"{NS}rect").get("fill-opacity") == "0"  # invisible, yet it takes the pointer for the tooltip


def test_embedded_font_has_both_weights():
    svg = render_svg(hand_scene(), embed_font=True)
    ET.fromstring(svg)
    faces = re.findall(r"@font-face\{[^}]*\}", svg)
    assert len(faces) == 2
    assert {re.search(r"font-weight:(\d+)", f).group(1) for f in faces} == {"400", "700"}
    assert all("url(data:font/woff;base64," in f for f in faces)  # a subset: only the glyphs used
    assert "@font-face" not in render_svg(hand_scene())


def test_embedded_subset_is_reproducible_it_keeps_the_font_s_own_date():
    """The same scene gives the same SVG bytes on every run: the subset is not stamped with the time of export."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    from praatplaat import fonts

    svg = render_svg(hand_scene(), embed_font=True)
    for weight, bold in (("400", False), ("700", True)):
        face = next(f for f in re.findall(r"@font-face\{[^}]*\}", svg) if f"font-weight:{weight}" in f)
        data = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)", face).group(1))
        subset, source = TTFont(io.BytesIO(data)), TTFont(str(fonts.path(bold)))
        assert subset["head"].modified == source["head"].modified
        assert len(subset.getGlyphOrder()) < len(source.getGlyphOrder())


def test_interactive_buttons_follow_reading_order_and_are_labelled():
    scene = hand_scene()
    root = ET.fromstring(render_svg(scene, interactive=True))
    paint = root.find(f"{NS}g[@class='pp-paint']")
    assert paint.get("aria-hidden") == "true"
    buttons = root.findall(f".//{NS}g[@class='pp-hs']")
    assert [b.get("data-ref") for b in buttons] == [h.ref for h in scene.hotspots]
    for b, h in zip(buttons, scene.hotspots):
        assert b.get("tabindex") == "0" and b.get("role") == "button" and b.get("aria-pressed") == "false"
        assert h.label in b.get("aria-label")
    assert buttons[0].get("aria-label") == "Principe: Wij helpen"
    assert buttons[1].get("aria-label") == "Stap 1"  # no "Stap: Stap 1"

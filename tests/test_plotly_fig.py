"""The Plotly figure: a valid plain dict whose hotspots are clickable markers carrying their element."""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go

from praatplaat.layout import build_scene
from praatplaat.links import highlighted
from praatplaat.load import load_file
from praatplaat.render.plotly_fig import FADE, figure

VISION = load_file(Path(__file__).resolve().parent.parent / "praatplaten" / "gemeente-groothaven.yaml").vision


def test_figure_is_valid_plotly_and_covers_every_hotspot():
    scene = build_scene(VISION)
    fig = figure(scene, display_width=1000)
    go.Figure(fig)  # plotly's own validation accepts the plain dict
    trace = next(t for t in fig["data"] if t["name"] == "hotspots")
    assert trace["type"] == "scatter" and trace["mode"] == "markers"
    refs = {ref for _, _, ref in trace["customdata"]}
    assert refs == {h.ref for h in scene.hotspots}
    for spot in scene.hotspots:  # every marker of a hotspot lies inside that hotspot
        points = [(x, y) for (x, y, d) in zip(trace["x"], trace["y"], trace["customdata"], strict=True)
                  if d[2] == spot.ref]
        assert points and all(spot.x <= x <= spot.x + spot.w and spot.y <= y <= spot.y + spot.h for x, y in points)


def test_text_is_scaled_to_the_display_width():
    scene = build_scene(VISION)
    title = next(t for t in scene.texts() if t.lines[0].startswith("Zo helpen"))
    for width in (960, 1920):
        fig = figure(scene, display_width=width)
        text = next(t for t in fig["data"] if t["name"] == "text")
        assert len(text["text"]) == sum(len(t.lines) for t in scene.texts())
        sizes = {size for label, size in zip(text["text"], text["textfont"]["size"], strict=True)
                 if "Zo helpen" in label}
        assert sizes == {round(title.size * width / 1920, 2)}
        assert fig["layout"]["height"] == round(width * 1080 / 1920)


def test_selection_fades_unlinked_elements_and_outlines_the_selected_one():
    principle = VISION.principes[0]
    ref = f"principe:{principle.id}"
    scene = build_scene(VISION)
    fig = figure(scene, highlight=highlighted(VISION, ref), selected=ref)
    kept = highlighted(VISION, ref)
    faded = [i for i in scene.items if i.ref is not None and i.ref not in kept]
    assert faded, "something must fade"
    opacities = [s["opacity"] for s in fig["layout"]["shapes"]]
    assert FADE in opacities and 1.0 in opacities
    outline = fig["layout"]["shapes"][-1]
    assert outline["line"]["color"] == scene.accent
    plain = figure(scene)
    assert len(fig["layout"]["shapes"]) == len(plain["layout"]["shapes"]) + 1
    assert all(s["opacity"] == 1.0 for s in plain["layout"]["shapes"])

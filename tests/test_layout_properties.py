"""Property tests: any valid vision lays out in every view with all text inside its box."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praatplaat.fonts import measure
from praatplaat.layout import VIEWS, build_scene
from praatplaat.scene import Text
from tests.strategies import visions

TOLERANCE = 0.5  # px


def assert_text_inside(scene) -> None:
    for item in scene.items:
        if not isinstance(item, Text) or item.box is None:
            continue
        bx, by, bw, bh = item.box
        assert item.size >= 14 - 1e-6, f"text below 14 px: {item.lines!r} at {item.size}"
        assert item.y >= by - TOLERANCE and item.y + item.height <= by + bh + TOLERANCE, (
            f"{item.lines!r}: lines {item.y:.1f}..{item.y + item.height:.1f} outside box {by:.1f}..{by + bh:.1f}")
        for line in item.lines:
            width = measure(line, item.size, item.bold)
            left = item.x - width / 2 if item.anchor == "middle" else item.x
            assert left >= bx - TOLERANCE and left + width <= bx + bw + TOLERANCE, (
                f"{line!r} ({width:.1f} px) overflows box x {bx:.1f}..{bx + bw:.1f}")
        assert bx >= 0 and bx + bw <= scene.width + TOLERANCE and by >= 0 and by + bh <= scene.height + TOLERANCE


def assert_hotspots_apart(scene) -> None:
    """Hotspots lie on the canvas and never overlap (each click has exactly one meaning)."""
    spots = scene.hotspots
    for s in spots:
        assert s.w > 0 and s.h > 0
        assert s.x >= -TOLERANCE and s.x + s.w <= scene.width + TOLERANCE, s
        assert s.y >= -TOLERANCE and s.y + s.h <= scene.height + TOLERANCE, s
    for i, a in enumerate(spots):
        for b in spots[i + 1:]:
            overlap_w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
            overlap_h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
            assert overlap_w <= 1 or overlap_h <= 1, f"{a.ref} overlaps {b.ref}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(vision=visions(), view=st.sampled_from(list(VIEWS)),
       aspect=st.sampled_from([16 / 9, 3508 / 2480, 4 / 3, 9 / 16, 2480 / 3508]))
def test_any_vision_lays_out_inside_boxes(vision, view, aspect):
    scene = build_scene(vision, view, aspect=aspect)
    assert scene.items
    assert_text_inside(scene)
    assert_hotspots_apart(scene)
    refs = {h.ref for h in scene.hotspots}
    assert len(refs) == len(scene.hotspots), "one hotspot per element"
    if view in ("overzicht", "huis"):
        assert {f"principe:{p.id}" for p in vision.principes} <= refs

"""One element picked out in a scene, as the studio shows a selection: the element and everything
linked to it in full colour, every other element faded towards the background, and an outline in the
accent colour round the element. A new Scene, so every renderer draws it (the trainer's slides)."""

from __future__ import annotations

from dataclasses import replace

from .render.plotly_fig import FADE
from .scene import Image, Rect, Scene
from .theme import mix


def spotlight(scene: Scene, selected: str, lit: set[str]) -> Scene:
    """``scene`` with ``selected`` outlined and the elements outside ``lit`` faded (shared parts such
    as section frames and the logo stay as they are)."""
    bg = scene.background

    def fade(colour: str | None) -> str | None:
        return mix(bg, colour, FADE) if colour else colour

    items = []
    for item in scene.items:
        if item.ref is not None and item.ref not in lit and not isinstance(item, Image):
            colours = {"color": fade(item.color)} if hasattr(item, "color") else {
                "fill": fade(item.fill), "stroke": fade(item.stroke)}
            item = replace(item, **colours)
        items.append(item)
    spot = scene.hotspot(selected)
    if spot is not None:
        items.append(Rect(spot.x - 5, spot.y - 5, spot.w + 10, spot.h + 10, stroke=scene.accent, stroke_width=5,
                          radius=14))
    return replace(scene, items=items, hotspots=list(scene.hotspots), _closed=set())

"""Views: each lays out a vision into one Scene (see praatplaat.scene)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from ..metrics import PHONE_ASPECT

if TYPE_CHECKING:  # only for annotations: the CLI reads VIEWS without loading the model
    from ..model import Vision
    from ..scene import Scene

VIEWS = ("overzicht", "huis", "kanalen", "reis")
WIDTH = 1920
PORTRAIT_WIDTH = 1080  # a portrait canvas is narrower, so its text is larger relative to the page
# Reading (and keyboard) order of hotspots, whatever order a view laid them out in.
READING_ORDER = {"visie": 0, "principe": 1, "fundament": 2, "kanaal": 3, "doelgroep": 4, "klantreis": 5,
                 "stap": 5, "verhaal": 6, "agenda": 7}


def build_scene(
    vision: Vision,
    view: str = "overzicht",
    journey: str | None = None,
    aspect: float = 16 / 9,
    lang: str = "nl",
    logo: bytes | None = None,
    placeholders: bool = False,
) -> Scene:
    """Lay out ``vision`` as ``view`` on a canvas 1920 wide and 1920/aspect high (portrait, aspect
    below 1: PORTRAIT_WIDTH wide, the same content stacked vertically; a phone, aspect up to
    PHONE_ASPECT: the phone composition of praatplaat.layout.phone, at least that high).

    ``journey`` picks the journey for the 'reis' view (default: the first); ``logo`` is the
    organisation's logo as PNG bytes (see praatplaat.logo.read_logo). ``placeholders`` draws friendly empty
    places where the core sentence or the principles are still missing (the studio; an export leaves them out).
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}")
    from .common import PLACEHOLDERS

    token = PLACEHOLDERS.set(placeholders)
    try:
        return _build(vision, view, journey, aspect, lang, logo)
    finally:
        PLACEHOLDERS.reset(token)


def _build(vision: Vision, view: str, journey: str | None, aspect: float, lang: str, logo: bytes | None) -> Scene:
    width = WIDTH if aspect >= 1 else PORTRAIT_WIDTH
    if aspect <= PHONE_ASPECT:
        from .phone import layout

        scene = layout(vision, view, width, round(width / aspect, 2), lang=lang, logo=logo, journey=journey)
    else:
        module = import_module(f".{view}", __name__)  # only the view asked for (a faster command line)
        scene = module.layout(vision, width, round(width / aspect, 2), lang=lang, logo=logo, journey=journey)
    if aspect > PHONE_ASPECT:  # the phone composition marks its narrow canvas before scaling it up
        from . import herkomst  # loads the model: only when a picture is built

        herkomst.mark(scene, vision)  # shared versus own, visible (only for a vision built on a base)
    scene.hotspots.sort(key=lambda h: READING_ORDER[h.kind])  # stable: keeps order within a kind
    return scene

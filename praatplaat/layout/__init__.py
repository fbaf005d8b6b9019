"""Views: each lays out a vision into one Scene (see praatplaat.scene), registered in VIEWS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from ..metrics import PHONE_ASPECT

if TYPE_CHECKING:  # only for annotations: the CLI reads VIEWS without loading the model
    from ..model import Vision
    from ..scene import Scene

WIDTH = 1920
PORTRAIT_WIDTH = 1080  # a portrait canvas is narrower, so its text is larger relative to the page
# Reading (and keyboard) order of hotspots, whatever order a view laid them out in.
READING_ORDER = {"visie": 0, "principe": 1, "fundament": 2, "kanaal": 3, "doelgroep": 4, "klantreis": 5,
                 "stap": 5, "verhaal": 6, "agenda": 7}


@dataclass(frozen=True)
class View:
    """A view of a vision: the functions that lay it out and give its short text alternative, and its pages.

    Functions are named ``"module:function"`` and imported when a picture is made (the command line reads VIEWS
    without loading the model): ``layout(vision, width, height, lang=, logo=, journey=) -> Scene``; ``phone``, the
    view's part of the phone composition (praatplaat.layout.phone; None: ``layout`` at the phone's size);
    ``alt(vision, lang, reis) -> (template, parts)`` (praatplaat.alttext.alt_text). ``per_journey``: one page per
    journey in the pages of every view (praatplaat.export.all_views: the PDF ``--all``, the HTML export), else one.
    Its name is a word of the table ``view`` (praatplaat.words) and the studio's ``view_<name>``.
    """

    name: str
    layout: str
    alt: str
    phone: str | None = None
    per_journey: bool = False

    def function(self, role: str) -> Callable:
        """The function named by ``role`` ('layout', 'phone' or 'alt'), imported now."""
        module, _, name = getattr(self, role).partition(":")
        return getattr(import_module(module), name)

    def pages(self, vision: Vision) -> list[str | None]:
        """The journey of each page of this view (None: the view has one page and no journey)."""
        return [r.id for r in vision.klantreizen] if self.per_journey else [None]


VIEWS: dict[str, View] = {}


def register(view: View) -> View:
    """Add ``view`` to VIEWS (after the views already there: the order of pages and of the studio's choice)."""
    VIEWS[view.name] = view
    return view


register(View("overzicht", "praatplaat.layout.overzicht:layout", "praatplaat.alttext:overview_alt",
              "praatplaat.layout.phone:overview"))
register(View("huis", "praatplaat.layout.huis:layout", "praatplaat.alttext:house_alt", "praatplaat.layout.phone:house"))
register(View("kanalen", "praatplaat.layout.kanalen:layout", "praatplaat.alttext:channels_alt",
              "praatplaat.layout.phone:channels"))
register(View("reis", "praatplaat.layout.reis:layout", "praatplaat.alttext:journey_alt",
              "praatplaat.layout.phone:journey", per_journey=True))


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
    spec = VIEWS[view]
    width = WIDTH if aspect >= 1 else PORTRAIT_WIDTH
    height = round(width / aspect, 2)
    if aspect <= PHONE_ASPECT and spec.phone:
        from .phone import layout  # the phone composition marks its narrow canvas before scaling it up

        scene = layout(vision, view, spec.function("phone"), width, height, lang=lang, logo=logo, journey=journey)
    else:
        scene = spec.function("layout")(vision, width, height, lang=lang, logo=logo, journey=journey)
        from . import herkomst  # loads the model: only when a picture is built

        herkomst.mark(scene, vision)  # shared versus own, visible (only for a vision built on a base)
    scene.hotspots.sort(key=lambda h: READING_ORDER[h.kind])  # stable: keeps order within a kind
    return scene

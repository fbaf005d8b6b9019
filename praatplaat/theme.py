"""Colours: the house style, derived tints, WCAG contrast and the beleving scale."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .model import Huisstijl

WHITE, BLACK = "#FFFFFF", "#000000"

# Colour-blind-safe diverging scale, orange (negative) to blue (positive), -2..2.
BELEVING = {-2: "#B84A00", -1: "#F0A050", 0: "#B8B8B8", 1: "#6AA8D8", 2: "#1F5F9E"}
STATUS_COLOURS = {"klaar": "#2E7D4F", "bezig": None, "gepland": "#6B6B6B"}  # None: accent


def rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def hex_colour(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, round(c))) for c in (r, g, b)))


def mix(a: str, b: str, t: float) -> str:
    """Colour a moved a fraction t towards b."""
    ra, rb = rgb(a), rgb(b)
    return hex_colour(*(x + (y - x) * t for x, y in zip(ra, rb)))


@lru_cache(maxsize=4096)
def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio between two colours (1..21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=8192)
def readable_on(background: str, preferred: str | None = None, ratio: float = 4.5) -> str:
    """A text colour for the background: ``preferred`` if it passes, else the nearest shade that does."""
    if preferred and contrast(preferred, background) >= ratio:
        return preferred
    if preferred:
        toward = BLACK if luminance(background) > 0.18 else WHITE
        for step in range(1, 21):
            candidate = mix(preferred, toward, step / 20)
            if contrast(candidate, background) >= ratio:
                return candidate
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


@dataclass(frozen=True)
class Theme:
    """Every colour the picture and the web pages (HTML export, krant, studio) use, derived once from the house
    style by ``from_huisstijl``. Each text colour passes 4.5:1, ``accent`` and ``line`` 3:1, on what they are
    drawn on: the background for ``text``, ``accent``, ``accent_text`` and the ``*_bg`` ones, the panel for
    ``heading``, ``muted``, ``text_panel`` and ``line``, and for ``on_x`` the colour x."""

    primary: str
    accent: str  # selection and emphasis (graphics) on the background
    background: str
    text: str  # on the background
    on_primary: str
    heading: str
    muted: str
    panel: str
    panel_line: str
    card: str
    card_line: str
    roof: str
    foundation: str
    on_foundation: str
    road: str
    heading_bg: str
    muted_bg: str
    text_panel: str
    on_text: str  # text on a text-coloured background (a tooltip)
    accent_text: str  # the accent as text on the background
    line: str  # lines that must be seen (3:1), such as a panel's border
    radius: float | None = None  # the house style's corner radius (px); None: the design's own corners
    font: str | None = None  # the house style's font family, for web pages (the picture keeps its own font)

    def corner(self, r: float) -> float:
        """A corner of ``r`` px in the design, no rounder than the house style's radius."""
        return r if self.radius is None else min(r, self.radius)

    @classmethod
    def from_huisstijl(cls, h: Huisstijl) -> Theme:
        bg = h.achtergrond
        text = readable_on(bg, h.tekst)
        accent = readable_on(bg, h.accent, 3.0)
        panel = mix(bg, h.primair, 0.06)
        muted = mix(text, bg, 0.35)
        foundation = mix(h.primair, BLACK, 0.35)
        return cls(
            primary=h.primair,
            accent=accent,
            background=bg,
            text=text,
            on_primary=readable_on(h.primair),
            heading=readable_on(panel, h.primair),
            muted=readable_on(panel, muted),
            panel=panel,
            panel_line=mix(bg, h.primair, 0.22),
            card=bg,
            card_line=mix(bg, h.primair, 0.28),
            roof=h.primair,
            foundation=foundation,
            on_foundation=readable_on(foundation),
            road=mix(bg, text, 0.22),
            heading_bg=readable_on(bg, h.primair),
            muted_bg=readable_on(bg, muted),
            text_panel=readable_on(panel, text),
            on_text=readable_on(text, bg),
            accent_text=readable_on(bg, accent),
            line=readable_on(panel, mix(bg, h.primair, 0.4), 3.0),
            radius=h.hoekstraal,
            font=h.lettertype,
        )

    def status(self, status: str) -> str:
        """An agenda status's colour as a graphic on the panel."""
        return STATUS_COLOURS.get(status) or readable_on(self.panel, self.accent, 3.0)

    def status_text(self, status: str) -> str:
        """An agenda status's colour as text on the panel."""
        return readable_on(self.panel, STATUS_COLOURS.get(status) or self.accent)

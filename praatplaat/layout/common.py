"""Building blocks shared by the views: canvas, header, panels, fitted text, hotspots, labels."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from ..describe import Describer
from ..fonts import measure
from ..icons import icon
from ..limits import LOGO_FORMATS
from ..metrics import (  # noqa: F401 - the views import the common ones from here
    DETAIL,
    GAP,
    HEADER_H,
    HEADER_RULE,
    LABEL,
    LEADING,
    LEADING_TITLE,
    LOGO_H,
    LOGO_MAX_W,
    LOGO_MIN_H,
    LOGO_WIDEST,
    MARGIN,
    MIN,
    NAME,
    ORG_W_MAX,
    RADIUS,
    TITLE,
    TITLE_MIN,
)
from ..model import SOORTEN, Vision
from ..ref import Ref
from ..scene import Circle, Hotspot, Image, Path, Rect, Scene, Text
from ..textfit import Fit, fit
from ..theme import BELEVING, Theme, readable_on
from ..words import beleving_label, beleving_word, lang_of, word  # noqa: F401 - beleving_label: components.details

GROUPS = {
    "digitaal": ("online", "email", "chat", "sociale-media"),
    "telefonisch": ("telefoon", "video"),
    "persoonlijk": ("balie", "thuis"),
    "schriftelijk": ("post",),
}
GROUP_ICON = {"digitaal": "online", "telefonisch": "telefoon", "persoonlijk": "balie", "schriftelijk": "post"}
assert sorted(s for g in GROUPS.values() for s in g) == sorted(SOORTEN)

# Whether a view draws friendly empty places ("Typ hier uw kernzin") where the vision has no core sentence or no
# principles yet: in the studio's picture only (build_scene(placeholders=True)). They are no elements: no ref, no
# hotspot, no field; an export leaves the place empty.
PLACEHOLDERS: ContextVar[bool] = ContextVar("placeholders", default=False)


@dataclass
class Ctx:
    """What a view needs while laying out: the vision, its theme, the scene being built, words."""

    vision: Vision
    theme: Theme
    scene: Scene
    lang: str
    describer: Describer

    @classmethod
    def start(cls, vision: Vision, view: str, width: float, height: float, lang: str) -> Ctx:
        theme = Theme.from_huisstijl(vision.huisstijl)
        lang = lang_of(lang)
        scene = Scene(width, height, theme.background, view, vision.titel, lang, accent=theme.accent)
        return cls(vision, theme, scene, lang, Describer(vision, lang))

    def w(self, key: str, **kw) -> str:
        return word(key, self.lang, **kw)

    def beleving_word(self, value: int | None) -> str:
        return beleving_word(value, self.lang)

    # --- primitives ----------------------------------------------------------------------------

    def text(
        self,
        text: str,
        x: float,
        y: float,
        w: float,
        h: float,
        size: float,
        min_size: float = MIN,
        bold: bool = False,
        color: str | None = None,
        ref: str | None = None,
        max_lines: int | None = None,
        anchor: str = "start",
        leading: float = LEADING,
        field: str | None = None,
    ) -> Fit:
        """Fit text into the box (x, y, w, h) and add it; returns the fit (its height tells the used space).

        ``field`` names the model field the text shows (e.g. 'uitleg' of element ``ref``), so that a
        shortened text can be reported where it is written (praatplaat.fitcheck).
        """
        f = fit(text, w, h, size, max(MIN, min_size), bold, leading, max_lines)
        tx = x + w / 2 if anchor == "middle" else x
        self.scene.add(Text(tx, y, f.lines, f.size, color or self.theme.text, bold, f.line_height, anchor,
                            full=text if f.truncated else None, box=(x, y, w, h), ref=ref, field=field))
        return f

    def panel(self, x: float, y: float, w: float, h: float, label: str | None = None, note: str | None = None) -> float:
        """A section panel with its label; returns the y where content may start."""
        t = self.theme
        self.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=t.corner(RADIUS)))
        if not label:
            return y + 16
        f = self.text(label, x + 20, y + 14, w - 40, LABEL * LEADING, LABEL, LABEL, bold=True, color=t.heading,
                      max_lines=1)
        if note:
            lw = measure(f.lines[0], f.size, True) + 14
            if w - 40 - lw > 80:
                self.text(note, x + 20 + lw, y + 14 + 4, w - 40 - lw, DETAIL * 1.4, DETAIL, color=t.muted, max_lines=1)
        return y + 14 + LABEL * LEADING + 10

    def more(self, names: list[str], x: float, y: float, w: float, h: float, size: float = DETAIL) -> Fit:
        """'+N meer: a, b, …': what did not fit, named here, so the picture never points elsewhere."""
        return self.text(self.w("meer_namen", n=len(names), names=", ".join(names)), x, y, w, h, size, MIN,
                         bold=True, color=self.theme.heading, max_lines=1, field="meer")

    def icon(self, name: str, x: float, y: float, size: float, color: str, ref: str | None = None) -> None:
        self.scene.add(*icon(name, x, y, size, color, ref))

    def hotspot(self, kind: str, id: str, x: float, y: float, w: float, h: float) -> Hotspot:
        """The clickable area of element ``kind:id``; its label and detail come from describe()."""
        d = self.describer.describe(Ref(kind, id))
        spot = Hotspot(kind, id, x, y, w, h, d.title, d.detail(), sorted(self.describer.links_of(d.ref)))
        self.scene.hotspots.append(spot)
        return spot

    def beleving_dot(self, cx: float, cy: float, r: float, value: int | None, ref: str | None = None) -> None:
        """A dot coloured by beleving with a +/− mark inside, so colour is never the only cue."""
        t = self.theme
        if value is None:  # not given: an open ring with a question mark, unlike "neutraal" (a grey dot with a ring)
            self.scene.add(Circle(cx, cy, r, fill=t.background, stroke=t.muted, stroke_width=max(1.5, r * 0.16),
                                  ref=ref))
            self.scene.add(*question_mark(cx, cy, r, t.muted, ref))
            return
        fill = BELEVING[value]
        self.scene.add(Circle(cx, cy, r, fill=fill, stroke=t.background, stroke_width=2, ref=ref))
        self.scene.add(*beleving_mark(cx, cy, r, value, readable_on(fill, None, 3.0), ref))

    # --- header ----------------------------------------------------------------------------------

    def header(self, logo: bytes | None, subtitle: str | None = None) -> float:
        """Header band with logo, title, organisation and subtitle; returns its bottom y."""
        v, t, W = self.vision, self.theme, self.scene.width
        height = HEADER_H
        self.scene.add(Rect(0, 0, W, height, fill=t.panel))
        self.scene.add(Rect(0, height - HEADER_RULE, W, HEADER_RULE, fill=t.primary))
        x = MARGIN
        box = logo_box(logo) if logo else None
        if box:
            lw, lh = box
            self.scene.add(Image(x, (height - HEADER_RULE - lh) / 2, lw, lh, logo))
            x += lw + GAP
        org_w = min(ORG_W_MAX, W * 0.3)
        self.text(v.organisatie, W - MARGIN - org_w, 22, org_w, 30, LABEL, 16, bold=True, color=t.heading,
                  max_lines=1, field="organisatie")
        sub = subtitle if subtitle is not None else v.ondertitel
        if sub:
            self.text(sub, W - MARGIN - org_w, 54, org_w, 44, 16, MIN, color=t.muted, max_lines=2,
                      field="ondertitel" if subtitle is None else None)
        title_w = W - MARGIN - org_w - GAP - x
        f = fit(v.titel, title_w, 100, TITLE, TITLE_MIN, True, LEADING_TITLE, 2)
        ty = (height - HEADER_RULE - f.height) / 2
        self.scene.add(Text(x, ty, f.lines, f.size, readable_on(t.panel, t.primary), True, f.line_height,
                            full=v.titel if f.truncated else None, box=(x, ty, title_w, f.height), field="titel"))
        return height

    @property
    def placeholders(self) -> bool:
        return PLACEHOLDERS.get()

    def empty_state(self, x: float, y: float, w: float, h: float, title: str, hint: str, pictogram: str) -> None:
        """An informative empty state instead of an empty frame."""
        t = self.theme
        self.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=t.corner(RADIUS)))
        cy = y + h / 2
        self.icon(pictogram, x + w / 2 - 40, cy - 120, 80, t.muted)
        self.text(title, x + 40, cy - 20, w - 80, 40, 30, 22, bold=True, color=t.heading, anchor="middle", max_lines=1)
        self.text(hint, x + 40, cy + 30, w - 80, 60, 20, 16, color=t.muted, anchor="middle", max_lines=2)


def logo_box(logo: bytes) -> tuple[float, float] | None:
    """Width and height of the logo in the header, following its aspect ratio (None: unreadable).

    A square or tall mark gets the full LOGO_H height; a wordmark keeps that height while it is at
    most LOGO_MAX_W wide, then shrinks, but never below LOGO_MIN_H high: wider still (up to
    LOGO_WIDEST) it grows in width instead; beyond that (a ratio above LOGO_WIDEST / LOGO_MIN_H,
    10:1) it is fitted into LOGO_WIDEST × LOGO_MIN_H and drawn lower.
    """
    from io import BytesIO

    from PIL import Image as PILImage

    try:
        with PILImage.open(BytesIO(logo), formats=LOGO_FORMATS) as image:
            w, h = image.size
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    if w <= 0 or h <= 0:
        return None
    ratio = w / h
    height = LOGO_H
    if height * ratio > LOGO_MAX_W:
        height = max(LOGO_MIN_H, LOGO_MAX_W / ratio)
    if height * ratio > LOGO_WIDEST:
        height = LOGO_WIDEST / ratio
    return round(height * ratio, 2), round(height, 2)


def beleving_mark(cx: float, cy: float, r: float, value: int, colour: str, ref: str | None) -> list:
    """The mark inside a beleving dot, drawn as bars: −− − ○ + ++ (a cue besides colour)."""
    bar, thick = r * (0.62 if abs(value) == 2 else 1.0), max(1.5, r * 0.2)
    if value == 0:
        return [Circle(cx, cy, r * 0.38, stroke=colour, stroke_width=thick, ref=ref)]
    centres = [cx - bar * 0.55, cx + bar * 0.55] if abs(value) == 2 else [cx]
    out = []
    for x in centres:
        out.append(Rect(x - bar / 2, cy - thick / 2, bar, thick, fill=colour, ref=ref))
        if value > 0:
            out.append(Rect(x - thick / 2, cy - bar / 2, thick, bar, fill=colour, ref=ref))
    return out


def question_mark(cx: float, cy: float, r: float, colour: str, ref: str | None) -> list:
    """A "?" drawn from paths inside a dot of radius ``r`` (the mark of a step without beleving)."""
    s, thick = r * 0.42, max(1.5, r * 0.18)
    hook = [(cx - s * 0.7, cy - s * 0.55), (cx - s * 0.45, cy - s * 1.0), (cx, cy - s * 1.15),
            (cx + s * 0.55, cy - s * 0.95), (cx + s * 0.7, cy - s * 0.5), (cx + s * 0.4, cy - s * 0.05),
            (cx, cy + s * 0.2), (cx, cy + s * 0.5)]
    return [Path(hook, stroke=colour, stroke_width=thick, ref=ref),
            Circle(cx, cy + s * 1.0, thick * 0.6, fill=colour, ref=ref)]


def grouped_channels(vision: Vision) -> list[tuple[str, list]]:
    """Channels grouped click · call · face · paper, empty groups left out."""
    out = []
    for group, kinds in GROUPS.items():
        members = [k for k in vision.kanalen if k.soort in kinds]
        if members:
            out.append((group, members))
    return out

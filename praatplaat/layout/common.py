"""Building blocks shared by the views: canvas, header, panels, fitted text, hotspots, labels."""

from __future__ import annotations

from dataclasses import dataclass

from ..fonts import measure
from ..icons import icon
from ..links import links
from ..model import SOORTEN, Vision
from ..scene import Circle, Hotspot, Image, Path, Rect, Scene, Text
from ..textfit import Fit, fit
from ..theme import BELEVING, Theme, readable_on

MARGIN = 48
GAP = 24
RADIUS = 14
LABEL = 22  # section label size
NAME = 18  # element name size
DETAIL = 15  # detail size
MIN = 14  # never below

GROUPS = {
    "digitaal": ("online", "email", "chat", "sociale-media"),
    "telefonisch": ("telefoon", "video"),
    "persoonlijk": ("balie", "thuis"),
    "schriftelijk": ("post",),
}
GROUP_ICON = {"digitaal": "online", "telefonisch": "telefoon", "persoonlijk": "balie", "schriftelijk": "post"}
assert sorted(s for g in GROUPS.values() for s in g) == sorted(SOORTEN)

WORDS = {
    "nl": {
        "kanalen": "Kanalen", "ccf": "click · call · face", "verhalen": "Verhalen", "klantreizen": "Klantreizen",
        "agenda": "Agenda", "digitaal": "Digitaal", "telefonisch": "Telefonisch", "persoonlijk": "Persoonlijk",
        "schriftelijk": "Schriftelijk", "meer": "+{n} meer",
        "meer_reizen": "+{n} meer klantreizen — zie de weergave 'reis'",
        "beleving": "Beleving", "gepland": "gepland", "bezig": "bezig", "klaar": "klaar", "visie": "Visie",
        "fundament": "Fundament", "principes": "Principes", "stap": "Stap", "kanaal": "Kanaal",
        "geen_kanalen": "Nog geen kanalen beschreven.", "geen_kanalen_hint": "Voeg 'kanalen:' toe aan de visie.",
        "geen_reizen": "Nog geen klantreizen beschreven.",
        "geen_reizen_hint": "Voeg 'klantreizen:' toe aan de visie om een reis stap voor stap te tonen.",
        "doelgroep": "Doelgroep", "bereikbaarheid": "Bereikbaarheid", "servicenorm": "Servicenorm",
        "voorbeelden": "Voorbeelden", "stappen": "{n} stappen",
        "bel": {-2: "zeer negatief", -1: "negatief", 0: "neutraal", 1: "positief", 2: "zeer positief"},
    },
    "en": {
        "kanalen": "Channels", "ccf": "click · call · face", "verhalen": "Stories", "klantreizen": "Journeys",
        "agenda": "Agenda", "digitaal": "Digital", "telefonisch": "By phone", "persoonlijk": "In person",
        "schriftelijk": "In writing", "meer": "+{n} more", "meer_reizen": "+{n} more journeys — see the 'reis' view",
        "beleving": "Experience", "gepland": "planned", "bezig": "in progress", "klaar": "done", "visie": "Vision",
        "fundament": "Foundation", "principes": "Principles", "stap": "Step", "kanaal": "Channel",
        "geen_kanalen": "No channels described yet.", "geen_kanalen_hint": "Add 'kanalen:' to the vision.",
        "geen_reizen": "No journeys described yet.",
        "geen_reizen_hint": "Add 'klantreizen:' to the vision to show a journey step by step.",
        "doelgroep": "Target group", "bereikbaarheid": "Availability", "servicenorm": "Service norm",
        "voorbeelden": "Examples", "stappen": "{n} steps",
        "bel": {-2: "very negative", -1: "negative", 0: "neutral", 1: "positive", 2: "very positive"},
    },
}


def beleving_word(value: int | None, lang: str) -> str:
    """The beleving as a word: 'zeer negatief' .. 'zeer positief' ('' when not given)."""
    return WORDS[lang if lang in WORDS else "nl"]["bel"].get(value, "") if value is not None else ""


def beleving_label(value: int, lang: str) -> str:
    """The beleving as word and number: 'zeer negatief (−2)'."""
    return f"{beleving_word(value, lang)} ({value:+d})".replace("-", "−").replace("+0", "0")


@dataclass
class Ctx:
    """What a view needs while laying out: the vision, its theme, the scene being built, words."""

    vision: Vision
    theme: Theme
    scene: Scene
    lang: str
    links: dict

    @classmethod
    def start(cls, vision: Vision, view: str, width: float, height: float, lang: str) -> Ctx:
        theme = Theme.from_huisstijl(vision.huisstijl)
        lang = lang if lang in WORDS else "nl"
        scene = Scene(width, height, theme.background, view, vision.titel, lang, accent=theme.accent)
        return cls(vision, theme, scene, lang, links(vision))

    def w(self, key: str, **kw) -> str:
        word = WORDS[self.lang][key]
        return word.format(**kw) if kw else word

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
        leading: float = 1.3,
    ) -> Fit:
        """Fit text into the box (x, y, w, h) and add it; returns the fit (its height tells the used space)."""
        f = fit(text, w, h, size, max(MIN, min_size), bold, leading, max_lines)
        tx = x + w / 2 if anchor == "middle" else x
        self.scene.add(Text(tx, y, f.lines, f.size, color or self.theme.text, bold, f.line_height, anchor,
                            full=text if f.truncated else None, box=(x, y, w, h), ref=ref))
        return f

    def panel(self, x: float, y: float, w: float, h: float, label: str | None = None, note: str | None = None) -> float:
        """A section panel with its label; returns the y where content may start."""
        t = self.theme
        self.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=RADIUS))
        if not label:
            return y + 16
        f = self.text(label, x + 20, y + 14, w - 40, LABEL * 1.3, LABEL, LABEL, bold=True, color=t.heading,
                      max_lines=1)
        if note:
            lw = measure(f.lines[0], f.size, True) + 14
            if w - 40 - lw > 80:
                self.text(note, x + 20 + lw, y + 14 + 4, w - 40 - lw, DETAIL * 1.4, DETAIL, color=t.muted, max_lines=1)
        return y + 14 + LABEL * 1.3 + 10

    def icon(self, name: str, x: float, y: float, size: float, color: str, ref: str | None = None) -> None:
        self.scene.add(*icon(name, x, y, size, color, ref))

    def hotspot(self, kind: str, id: str, x: float, y: float, w: float, h: float, label: str,
                detail: str = "") -> Hotspot:
        ref = f"{kind}:{id}"
        spot = Hotspot(kind, id, x, y, w, h, label, detail, sorted(self.links.get(ref, ())))
        self.scene.hotspots.append(spot)
        return spot

    def beleving_dot(self, cx: float, cy: float, r: float, value: int | None, ref: str | None = None) -> None:
        """A dot coloured by beleving with a +/− mark inside, so colour is never the only cue."""
        t = self.theme
        if value is None:
            self.scene.add(Circle(cx, cy, r, fill=t.background, stroke=t.road, stroke_width=2.5, ref=ref))
            return
        fill = BELEVING[value]
        self.scene.add(Circle(cx, cy, r, fill=fill, stroke=t.background, stroke_width=2, ref=ref))
        self.scene.add(*beleving_mark(cx, cy, r, value, readable_on(fill, None, 3.0), ref))

    # --- header ----------------------------------------------------------------------------------

    def header(self, logo: bytes | None, subtitle: str | None = None) -> float:
        """Header band with logo, title, organisation and subtitle; returns its bottom y."""
        v, t, W = self.vision, self.theme, self.scene.width
        height = 112
        self.scene.add(Rect(0, 0, W, height, fill=t.panel))
        self.scene.add(Rect(0, height - 6, W, 6, fill=t.primary))
        x = MARGIN
        if logo:
            self.scene.add(Image(x, 16, 80, 74, logo))
            x += 80 + GAP
        org_w = min(520, W * 0.3)
        self.text(v.organisatie, W - MARGIN - org_w, 22, org_w, 30, 22, 16, bold=True, color=t.heading, max_lines=1)
        sub = subtitle if subtitle is not None else v.ondertitel
        if sub:
            self.text(sub, W - MARGIN - org_w, 54, org_w, 44, 16, MIN, color=t.muted, max_lines=2)
        title_w = W - MARGIN - org_w - GAP - x
        f = fit(v.titel, title_w, 100, 44, 28, True, 1.15, 2)
        ty = (height - 6 - f.height) / 2
        self.scene.add(Text(x, ty, f.lines, f.size, readable_on(t.panel, t.primary), True, f.line_height,
                            full=v.titel if f.truncated else None, box=(x, ty, title_w, f.height)))
        return height

    def empty_state(self, x: float, y: float, w: float, h: float, title: str, hint: str, pictogram: str) -> None:
        """An informative empty state instead of an empty frame."""
        t = self.theme
        self.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=RADIUS))
        cy = y + h / 2
        self.icon(pictogram, x + w / 2 - 40, cy - 120, 80, t.muted)
        self.text(title, x + 40, cy - 20, w - 80, 40, 30, 22, bold=True, color=t.heading, anchor="middle", max_lines=1)
        self.text(hint, x + 40, cy + 30, w - 80, 60, 20, 16, color=t.muted, anchor="middle", max_lines=2)


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


def channel_detail(k, lang: str) -> str:
    words = WORDS[lang]
    parts = [f"{words['bereikbaarheid']}: {k.bereikbaarheid}" if k.bereikbaarheid else "",
             f"{words['servicenorm']}: {k.servicenorm}" if k.servicenorm else ""]
    return "\n".join(p for p in parts if p)


def grouped_channels(vision: Vision) -> list[tuple[str, list]]:
    """Channels grouped click · call · face · paper, empty groups left out."""
    out = []
    for group, kinds in GROUPS.items():
        members = [k for k in vision.kanalen if k.soort in kinds]
        if members:
            out.append((group, members))
    return out


def principle_detail(p) -> str:
    parts = [p.uitleg or ""] + [f"• {v}" for v in p.voorbeelden]
    return "\n".join(x for x in parts if x)


def step_detail(ctx: Ctx, stap) -> str:
    kanalen = {k.id: k.naam for k in ctx.vision.kanalen}
    principes = {p.id: p.naam for p in ctx.vision.principes}
    parts = []
    if stap.kanaal:
        parts.append(f"{ctx.w('kanaal')}: {kanalen.get(stap.kanaal, stap.kanaal)}")
    if stap.beleving is not None:
        parts.append(f"{ctx.w('beleving')}: {beleving_label(stap.beleving, ctx.lang)}")
    if stap.principes:
        parts.append(f"{ctx.w('principes')}: " + ", ".join(principes.get(p, p) for p in stap.principes))
    if stap.toelichting:
        parts.append(stap.toelichting)
    return "\n".join(parts)


def road(points: list[tuple[float, float]], color: str, width: float, ref: str | None = None) -> Path:
    return Path(points, stroke=color, stroke_width=width, ref=ref)

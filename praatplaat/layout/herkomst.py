"""Shared versus own, visible: a mark on every element of a vision built on a base, and a legend.

``mark(scene, vision)`` runs on a built scene (any view, any aspect) and adds, only when the vision has a
``basis``, to the group of each element that has an origin (basis.Herkomst) a small badge in the top-right
corner of its hotspot: a shape with a letter, so neither colour nor shape alone carries the meaning —

- inherited unchanged: a circle with B (base),
- inherited and changed here: a diamond with A (aangepast; C in English),
- the organisation's own: a square with E (eigen; O in English).

The badge is part of the element's group, so every renderer draws it and the group's title (SVG, the
studio's picture, HTML) already says the origin in words (describe). A legend explains the three marks in
the bottom margin, or in a strip added below the picture when the view left no room there.
"""

from __future__ import annotations

from ..basis import AANGEPAST, EIGEN, OVERGENOMEN, herkomst_of
from ..fonts import measure
from ..metrics import MARGIN
from ..model import Vision
from ..scene import Circle, Path, Rect, Scene, Text
from ..theme import Theme
from ..words import table

SIZE = 24  # the badge's box, design px
INSET = 6  # from the hotspot's corner
LETTER = 14
LEGEND = 15  # legend text size
STATUSES = (OVERGENOMEN, AANGEPAST, EIGEN)


def badge(status: str, x: float, y: float, letter: str, ink: str, paper: str, ref: str | None) -> list:
    """The mark of ``status`` in the SIZE box at (x, y): a white shape with a dark outline and a letter."""
    half = SIZE / 2
    cx, cy = x + half, y + half
    if status == OVERGENOMEN:
        shape = Circle(cx, cy, half - 1, fill=paper, stroke=ink, stroke_width=2, ref=ref)
    elif status == AANGEPAST:
        r = half + 1
        shape = Path([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], closed=True, fill=paper, stroke=ink,
                     stroke_width=2, ref=ref)
    else:
        shape = Rect(x + 1, y + 1, SIZE - 2, SIZE - 2, fill=paper, stroke=ink, stroke_width=2, radius=3, ref=ref)
    line = round(LETTER * 1.3, 2)
    return [shape, Text(cx, cy - line / 2, [letter], LETTER, ink, True, line, "middle", ref=ref)]


def mark(scene: Scene, vision: Vision) -> Scene:
    """Add origin marks and their legend to ``scene`` when ``vision`` builds on a base; returns the scene."""
    if not vision.basis or not vision.herkomst:
        return scene
    theme = Theme.from_huisstijl(vision.huisstijl)
    ink, paper = "#1A1A1A", "#FFFFFF"
    letters = table("herkomst_letter", scene.lang)
    last = {item.ref: i for i, item in enumerate(scene.items) if item.ref is not None}
    inserts: list[tuple[int, list]] = []
    bronnen: list[str] = []
    texts = [item for item in scene.items if isinstance(item, Text)]
    taken = [_extent(t) for t in texts]  # what a mark must not cover: every text, then every mark placed
    for spot in scene.hotspots:
        origin = herkomst_of(vision.herkomst, spot.kind, spot.id) if spot.kind != "stap" else None
        if origin is None:
            continue
        if origin.bron and origin.bron not in bronnen:
            bronnen.append(origin.bron)
        x, y = _place(spot, [t for t in texts if t.ref == spot.ref], taken)
        taken.append((x, y, SIZE, SIZE))
        inserts.append((last.get(spot.ref, len(scene.items) - 1), badge(origin.status, x, y, letters[origin.status],
                                                                        ink, paper, spot.ref)))
    for at, items in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        scene.items[at + 1:at + 1] = items
    _legend(scene, theme, bronnen or [vision.basis], ink, paper, letters)
    return scene


def _extent(t: Text) -> tuple[float, float, float, float]:
    """The box a text's lines cover."""
    w = max((measure(line, t.size, t.bold) for line in t.lines), default=0.0)
    x = t.x - w / 2 if t.anchor == "middle" else t.x
    return x, t.y, w, t.height


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _place(spot, own: list[Text], taken: list[tuple]) -> tuple[float, float]:
    """Where the badge of ``spot`` goes: the first corner inside its hotspot that covers nothing in ``taken``
    (top-right first; beside the first line of its name (one of its texts ``own``) first for a wide hotspot
    such as a journey's title row), else the top-right corner."""
    left, right = spot.x + INSET, spot.x + spot.w - INSET - SIZE
    top, bottom = spot.y + INSET, spot.y + spot.h - INSET - SIZE
    corners = [(right, top), (left, top), (right, bottom), (left, bottom)]
    own = sorted((t for t in own if t.lines), key=lambda t: not spot.label.startswith(t.lines[0].rstrip("…")))
    if own:
        x, y, w, _ = _extent(own[0])
        beside = (x + w + 12, y + (own[0].line_height - SIZE) / 2)
        if beside[0] + SIZE <= spot.x + spot.w:
            corners.insert(0 if spot.w > 500 else len(corners), beside)
    for x, y in corners:
        box = (x - 2, y - 2, SIZE + 4, SIZE + 4)
        if not any(_overlaps(box, b) for b in taken):
            return x, y
    return right, top


def _bottom(scene: Scene) -> float:
    """The lowest point drawn, the full-canvas background excepted."""
    low = 0.0
    for item in scene.items:
        if isinstance(item, Text):
            low = max(low, item.y + item.height)
        elif isinstance(item, Circle):
            low = max(low, item.cy + item.r)
        elif isinstance(item, Path):
            low = max(low, max(p[1] for p in item.points))
        elif not (item.w >= scene.width - 1 and item.h >= scene.height - 1):
            low = max(low, item.y + item.h)
    return low


def _legend(scene: Scene, theme: Theme, bronnen: list[str], ink: str, paper: str, letters: dict) -> None:
    """The three badges with their meaning, right-aligned under the picture; one row, or one per entry when
    the canvas is too narrow for one."""
    words = table("herkomst_legend", scene.lang)
    entries = [(s, words[s].format(bron="', '".join(bronnen))) for s in STATUSES]
    gap, space, row = 8, 28, SIZE + 8
    widths = [SIZE + gap + measure(text, LEGEND) for _, text in entries]
    rows = [entries] if sum(widths) + space * 2 <= scene.width - 2 * MARGIN else [[e] for e in entries]
    top = max(_bottom(scene) + 8, scene.height - MARGIN + (MARGIN - 8 - SIZE) / 2)
    if top + row * len(rows) > scene.height:  # no room left: the picture grows by a strip for the legend
        scene.height = top + row * len(rows) + 8
    line = round(LEGEND * 1.3, 2)
    for n, part in enumerate(rows):
        y = top + n * row
        x = max(MARGIN, scene.width - MARGIN - sum(SIZE + gap + measure(t, LEGEND) for _, t in part)
                - space * (len(part) - 1))
        for status, text in part:
            scene.items += badge(status, x, y, letters[status], ink, paper, None)
            x += SIZE + gap
            scene.items.append(Text(x, y + SIZE / 2 - line / 2, [text], LEGEND, theme.text, False, line))
            x += measure(text, LEGEND) + space

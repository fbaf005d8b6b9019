"""View 'vergelijk': several organisations side by side, one column each, matched rows of principles,
channels and the fundament (praatplaat.compare).

A row shared by every organisation is a filled band, one shared by some a tinted band, a unique
element a plain outlined card; the left column says it in words as well ("gedeeld door 3 van 3",
"lijkt op elkaar · 95%"), so colour is never the only cue. Each cell carries a small worded mark of
where the element comes from (basis / aangepast / eigen), explained in the legend.
"""

from __future__ import annotations

from ..basis import herkomst_text
from ..compare import Cell, Comparison, Row
from ..fonts import measure
from ..model import Huisstijl
from ..scene import Circle, Hotspot, Rect, Scene, Text
from ..textfit import fit
from ..theme import Theme, mix, readable_on
from ..words import lang_of, table
from .common import DETAIL, LABEL, MARGIN, MIN, RADIUS

WIDTH = 1920
HEADER_H = 112
LEFT_W = 250
GAP = 10
SECTION_GAP = 24
PAD = 10
NAME = 17  # a little smaller than the other views: three organisations share half the width
MARK = 24  # the provenance mark: a circle with a letter (B, A, E), explained in the legend

MARK_STATUS = ("overgenomen", "aangepast", "eigen")


def words(lang: str) -> dict:
    """The comparison's words (praatplaat.words.VERGELIJK)."""
    return table("vergelijk", lang)


def match_words(row: Row, organisations: list[str], lang: str) -> tuple[str, str]:
    """How widely a row is shared and how its elements were matched, in words."""
    w = words(lang)
    if row.count == 1:
        org = next(i for i, c in enumerate(row.cells) if c)
        return w["alleen"].format(org=organisations[org]), ""
    how = w[row.how].format(pct=round((row.confidence or 0) * 100)) if row.how else ""
    return w["gedeeld"].format(n=row.count, total=len(organisations)), how


def mark_of(cell: Cell) -> str:
    """The provenance status of a cell: overgenomen, aangepast or eigen."""
    return cell.herkomst.status if cell.herkomst else "eigen"


def badge_fill(t: Theme, status: str) -> str:
    """Solid for inherited unchanged, half-tone for changed, open for own (the word inside says it too)."""
    return {"overgenomen": t.primary, "aangepast": mix(t.background, t.primary, 0.3)}.get(status, t.card)


def cell_detail(cell: Cell, kind: str, lang: str) -> str:
    """The element's text and, when it has a base, where it comes from."""
    return "\n".join(p for p in (cell.tekst, herkomst_text(cell.herkomst, lang)) if p)


def layout(comparison: Comparison, lang: str = "nl") -> Scene:
    """The comparison as one Scene, 1920 wide: up to three organisations in two panels side by side
    (principles and fundament left, channels right) on 1920×1080 when it fits; more organisations, or
    more rows, stacked, as high as the rows need."""
    w = words(lang)
    t = Theme.from_huisstijl(Huisstijl())
    sections = [(key, rows) for key, rows in comparison.sections if rows]
    if len(comparison.organisations) <= 3:
        scene = _canvas(t, w, lang)
        top = _header(scene, t, w)
        half = (WIDTH - 2 * MARGIN - PANEL_GAP) / 2
        panels = [(MARGIN, [s for s in sections if s[0] != "kanalen"]),
                  (MARGIN + half + PANEL_GAP, [s for s in sections if s[0] == "kanalen"])]
        ends = [_panel(scene, t, comparison, part, x, half, top, lang) for x, part in panels if part] or [top]
        if max(ends) + LEGEND_H + MARGIN <= 1080:
            _legend(scene, t, w, max(ends))
            return scene
    scene = _canvas(t, w, lang)
    top = _header(scene, t, w)
    y = _panel(scene, t, comparison, sections, MARGIN, WIDTH - 2 * MARGIN, top, lang)
    y = _legend(scene, t, w, y)
    scene.height = round(max(1080.0, y + MARGIN), 2)
    return scene


def _canvas(t: Theme, w: dict, lang: str) -> Scene:
    return Scene(WIDTH, 1080, t.background, "vergelijk", w["titel"], lang_of(lang),
                 accent=t.accent)


PANEL_GAP = 40
LEGEND_H = 64


def _text(scene: Scene, text: str, x, y, w, h, size, t_colour, bold=False, max_lines=None, ref=None,
          min_size=MIN) -> float:
    f = fit(text, w, h, size, max(MIN, min_size), bold, 1.3, max_lines)
    scene.add(Text(x, y, f.lines, f.size, t_colour, bold, f.line_height, full=text if f.truncated else None,
                   box=(x, y, w, h), ref=ref))
    return f.height


def _header(scene: Scene, t: Theme, w: dict) -> float:
    scene.add(Rect(0, 0, WIDTH, HEADER_H, fill=t.panel), Rect(0, HEADER_H - 6, WIDTH, 6, fill=t.primary))
    heading = readable_on(t.panel, t.primary)
    _text(scene, w["titel"], MARGIN, 30, WIDTH - 2 * MARGIN, 56, 44, heading, bold=True, max_lines=1, min_size=28)
    return HEADER_H + 20


def _panel(scene: Scene, t: Theme, comparison: Comparison, sections: list, x: float, width: float, y: float,
           lang: str) -> float:
    """Organisation names over their columns, then each section's rows; returns the bottom y."""
    n = max(1, len(comparison.organisations))
    left = LEFT_W if width > 1200 else LEFT_NARROW
    col_w = (width - left - GAP * n) / n
    cx = x + left + GAP
    org_h = 0.0
    for org in comparison.organisations:
        org_h = max(org_h, _text(scene, org, cx, y, col_w, 2 * 22 * 1.3, 22, t.heading, bold=True, max_lines=2))
        cx += col_w + GAP
    y += org_h + 14
    for key, rows in sections:
        y = _section(scene, t, comparison, key, rows, x, width, left, col_w, y, lang) + SECTION_GAP
    return y - SECTION_GAP


LEFT_NARROW = 175


def _cell_height(cell: Cell, kind: str, col_w: float) -> float:
    inner = col_w - 2 * PAD
    h = PAD + fit(cell.naam, inner - MARK - 6, 1e4, NAME, NAME, True, 1.3, 3).height + PAD
    if kind == "kanaal" and cell.tekst:
        h += fit(cell.tekst, inner, 1e4, DETAIL, DETAIL, False, 1.3, 4).height + 4
    return h


def _section(scene: Scene, t: Theme, comparison: Comparison, key: str, rows: list[Row], x0: float, width: float,
             left: float, col_w: float, y: float, lang: str) -> float:
    w = words(lang)
    n = len(comparison.organisations)
    _text(scene, w[key], x0, y, width, LABEL * 1.3, LABEL, t.heading, bold=True, max_lines=1)
    y += LABEL * 1.3 + 10
    shared_fill, some_fill = mix(t.background, t.primary, 0.16), mix(t.background, t.primary, 0.07)
    for r, row in enumerate(rows):
        shared, how = match_words(row, comparison.organisations, lang)
        label_h = sum(fit(text, left - 8, 1e4, DETAIL, DETAIL, bold, 1.3, 2).height
                      for text, bold in ((shared, row.count > 1), (how, False)) if text)
        h = max([48.0, label_h + 2 * PAD] + [_cell_height(c, row.kind, col_w) for c in row.cells if c])
        band = shared_fill if row.count == n and n > 1 else some_fill if row.count > 1 else None
        if band:
            scene.add(Rect(x0 - 8, y - 4, width + 16, h + 8, fill=band, radius=RADIUS))
        muted = readable_on(band or t.background, t.muted)
        ly = y + PAD
        ly += _text(scene, shared, x0 + 4, ly, left - 8, 2 * DETAIL * 1.3, DETAIL,
                    readable_on(band or t.background, t.text), bold=row.count > 1, max_lines=2)
        if how:
            _text(scene, how, x0 + 4, ly, left - 8, 2 * DETAIL * 1.3, DETAIL, muted, max_lines=2)
        x = x0 + left + GAP
        for org, cell in enumerate(row.cells):
            if cell is not None:
                _cell(scene, t, cell, row, key, r, org, x, y, col_w, h, lang)
            else:
                _text(scene, w["niet"], x + PAD, y + PAD, col_w - 2 * PAD, NAME * 1.3, NAME, muted, max_lines=1)
            x += col_w + GAP
        y += h + GAP
    return y - GAP


def _cell(scene: Scene, t: Theme, cell: Cell, row: Row, key: str, r: int, org: int, x: float, y: float,
          w_: float, h: float, lang: str) -> None:
    w = words(lang)
    kind = row.kind
    ref = f"{kind}:{key}-{r}-{org}"
    unique = row.count == 1
    scene.add(Rect(x, y, w_, h, fill=t.card, stroke=t.card_line if not unique else t.muted,
                   stroke_width=1.5 if not unique else 2, radius=12, ref=ref))
    status = mark_of(cell)
    inner = w_ - 2 * PAD
    ty = y + PAD
    ty += _text(scene, cell.naam, x + PAD, ty, inner - MARK - 6, 3 * NAME * 1.3, NAME, t.text, bold=True,
                max_lines=3, ref=ref) + 4
    if kind == "kanaal" and cell.tekst:
        _text(scene, cell.tekst, x + PAD, ty, inner, 4 * DETAIL * 1.3, DETAIL, readable_on(t.card, t.muted),
              max_lines=4, ref=ref)
    _mark(scene, t, w, status, x + w_ - PAD - MARK, y + PAD, ref)
    scene.hotspots.append(Hotspot(kind, f"{key}-{r}-{org}", x, y, w_, h, cell.naam, cell_detail(cell, kind, lang)))


def _mark(scene: Scene, t: Theme, w: dict, status: str, x: float, y: float, ref: str | None = None) -> None:
    """The small worded mark of where an element comes from: a letter in a circle, solid for inherited,
    half-tone for changed, open for own (the legend says what each letter means)."""
    fill = badge_fill(t, status)
    r = MARK / 2
    scene.add(Circle(x + r, y + r, r, fill=fill, stroke=t.primary, stroke_width=1.5, ref=ref))
    colour = readable_on(fill, t.on_primary if status == "overgenomen" else t.heading)
    scene.add(Text(x + r, y + 2, [w[f"m_{status}"]], 15, colour, True, 20, "middle", box=(x, y, MARK, MARK), ref=ref))


def _legend(scene: Scene, t: Theme, w: dict, y: float) -> float:
    y += 20
    x = MARGIN
    _text(scene, w["legenda"], x, y + 2, 120, DETAIL * 1.3, DETAIL, t.text, bold=True, max_lines=1)
    x += 110
    for status in MARK_STATUS:
        _mark(scene, t, w, status, x, y)
        x += MARK + 8
        text = w[f"l_{status}"]
        width = measure(text, DETAIL) + 12
        _text(scene, text, x, y + 2, width, DETAIL * 1.3, DETAIL, t.text, max_lines=1)
        x += width + 24
    _text(scene, w["l_rij"], MARGIN, y + 34, WIDTH - 2 * MARGIN, DETAIL * 1.3, DETAIL, t.text, max_lines=1)
    return y + 34 + DETAIL * 1.3


MAX_ORGANISATIONS = 8  # columns that still leave a readable cell

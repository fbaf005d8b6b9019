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
from ..metrics import UNBOUNDED, CompareMetrics
from ..model import Huisstijl
from ..ref import Ref
from ..scene import Circle, Hotspot, Rect, Scene, Text
from ..textfit import fit
from ..theme import Theme, mix, readable_on
from ..words import lang_of, table
from .common import DETAIL, HEADER_H, HEADER_RULE, LABEL, LEADING, MIN, RADIUS, TITLE, TITLE_MIN

m = CompareMetrics()
WIDTH, NAME = m.width, m.name  # read by the exports and the studio's grid

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
    return {"overgenomen": t.primary, "aangepast": mix(t.background, t.primary, m.half_tone)}.get(status, t.card)


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
    if len(comparison.organisations) <= m.side_by_side:
        scene = _canvas(t, w, lang)
        top = _header(scene, t, w)
        half = (m.inner - m.panel_gap) / 2
        panels = [(m.margin, [s for s in sections if s[0] != "kanalen"]),
                  (m.margin + half + m.panel_gap, [s for s in sections if s[0] == "kanalen"])]
        ends = [_panel(scene, t, comparison, part, x, half, top, lang) for x, part in panels if part] or [top]
        if max(ends) + m.legend_h + m.margin <= m.height:
            _legend(scene, t, w, max(ends))
            return scene
    scene = _canvas(t, w, lang)
    top = _header(scene, t, w)
    y = _panel(scene, t, comparison, sections, m.margin, m.inner, top, lang)
    y = _legend(scene, t, w, y)
    scene.height = round(max(float(m.height), y + m.margin), 2)
    return scene


def _canvas(t: Theme, w: dict, lang: str) -> Scene:
    return Scene(m.width, m.height, t.background, "vergelijk", w["titel"], lang_of(lang),
                 accent=t.accent)


def _text(scene: Scene, text: str, x, y, w, h, size, t_colour, bold=False, max_lines=None, ref=None,
          min_size=MIN) -> float:
    f = fit(text, w, h, size, max(MIN, min_size), bold, LEADING, max_lines)
    scene.add(Text(x, y, f.lines, f.size, t_colour, bold, f.line_height, full=text if f.truncated else None,
                   box=(x, y, w, h), ref=ref))
    return f.height


def _header(scene: Scene, t: Theme, w: dict) -> float:
    scene.add(Rect(0, 0, m.width, HEADER_H, fill=t.panel),
              Rect(0, HEADER_H - HEADER_RULE, m.width, HEADER_RULE, fill=t.primary))
    heading = readable_on(t.panel, t.primary)
    _text(scene, w["titel"], m.margin, m.title_y, m.inner, m.title_h, TITLE, heading, bold=True,
          max_lines=1, min_size=TITLE_MIN)
    return HEADER_H + m.header_gap


def _panel(scene: Scene, t: Theme, comparison: Comparison, sections: list, x: float, width: float, y: float,
           lang: str) -> float:
    """Organisation names over their columns, then each section's rows; returns the bottom y."""
    n = max(1, len(comparison.organisations))
    left = m.left if width > m.wide_panel else m.left_narrow
    col_w = (width - left - m.gap * n) / n
    cx = x + left + m.gap
    org_h = 0.0
    for org in comparison.organisations:
        org_h = max(org_h, _text(scene, org, cx, y, col_w, m.label_lines * LABEL * LEADING, LABEL, t.heading,
                                 bold=True, max_lines=m.label_lines))
        cx += col_w + m.gap
    y += org_h + m.org_gap
    for key, rows in sections:
        y = _section(scene, t, comparison, key, rows, x, width, left, col_w, y, lang) + m.section_gap
    return y - m.section_gap


def _cell_height(cell: Cell, kind: str, col_w: float) -> float:
    inner = col_w - 2 * m.pad
    h = m.pad + fit(cell.naam, inner - m.mark - m.mark_gap, UNBOUNDED, m.name, m.name, True, LEADING,
                    m.name_lines).height + m.pad
    if kind == "kanaal" and cell.tekst:
        h += fit(cell.tekst, inner, UNBOUNDED, DETAIL, DETAIL, False, LEADING, m.detail_lines).height + m.line_gap
    return h


def _section(scene: Scene, t: Theme, comparison: Comparison, key: str, rows: list[Row], x0: float, width: float,
             left: float, col_w: float, y: float, lang: str) -> float:
    w = words(lang)
    n = len(comparison.organisations)
    _text(scene, w[key], x0, y, width, LABEL * LEADING, LABEL, t.heading, bold=True, max_lines=1)
    y += LABEL * LEADING + m.label_gap
    shared_fill, some_fill = mix(t.background, t.primary, m.band_shared), mix(t.background, t.primary, m.band_some)
    label_w, label_box = left - 2 * m.label_pad, m.label_lines * DETAIL * LEADING
    for r, row in enumerate(rows):
        shared, how = match_words(row, comparison.organisations, lang)
        label_h = sum(fit(text, label_w, UNBOUNDED, DETAIL, DETAIL, bold, LEADING, m.label_lines).height
                      for text, bold in ((shared, row.count > 1), (how, False)) if text)
        h = max([m.row_min, label_h + 2 * m.pad] + [_cell_height(c, row.kind, col_w) for c in row.cells if c])
        band = shared_fill if row.count == n and n > 1 else some_fill if row.count > 1 else None
        if band:
            scene.add(Rect(x0 - m.band_x, y - m.band_y, width + 2 * m.band_x, h + 2 * m.band_y, fill=band,
                           radius=RADIUS))
        muted = readable_on(band or t.background, t.muted)
        ly = y + m.pad
        ly += _text(scene, shared, x0 + m.label_pad, ly, label_w, label_box, DETAIL,
                    readable_on(band or t.background, t.text), bold=row.count > 1, max_lines=m.label_lines)
        if how:
            _text(scene, how, x0 + m.label_pad, ly, label_w, label_box, DETAIL, muted, max_lines=m.label_lines)
        x = x0 + left + m.gap
        for org, cell in enumerate(row.cells):
            if cell is not None:
                _cell(scene, t, cell, row, key, r, org, x, y, col_w, h, lang)
            else:
                _text(scene, w["niet"], x + m.pad, y + m.pad, col_w - 2 * m.pad, m.name * LEADING, m.name, muted,
                      max_lines=1)
            x += col_w + m.gap
        y += h + m.gap
    return y - m.gap


def _cell(scene: Scene, t: Theme, cell: Cell, row: Row, key: str, r: int, org: int, x: float, y: float,
          w_: float, h: float, lang: str) -> None:
    w = words(lang)
    kind = row.kind
    ref = str(Ref(kind, f"{key}-{r}-{org}"))
    unique = row.count == 1
    scene.add(Rect(x, y, w_, h, fill=t.card, stroke=t.card_line if not unique else t.muted,
                   stroke_width=m.cell_line if not unique else m.unique_line, radius=m.cell_radius, ref=ref))
    status = mark_of(cell)
    inner = w_ - 2 * m.pad
    ty = y + m.pad
    ty += _text(scene, cell.naam, x + m.pad, ty, inner - m.mark - m.mark_gap, m.name_lines * m.name * LEADING, m.name,
                t.text, bold=True, max_lines=m.name_lines, ref=ref) + m.line_gap
    if kind == "kanaal" and cell.tekst:
        _text(scene, cell.tekst, x + m.pad, ty, inner, m.detail_lines * DETAIL * LEADING, DETAIL,
              readable_on(t.card, t.muted), max_lines=m.detail_lines, ref=ref)
    _mark(scene, t, w, status, x + w_ - m.pad - m.mark, y + m.pad, ref)
    scene.hotspots.append(Hotspot(kind, f"{key}-{r}-{org}", x, y, w_, h, cell.naam, cell_detail(cell, kind, lang)))


def _mark(scene: Scene, t: Theme, w: dict, status: str, x: float, y: float, ref: str | None = None) -> None:
    """The small worded mark of where an element comes from: a letter in a circle, solid for inherited,
    half-tone for changed, open for own (the legend says what each letter means)."""
    fill = badge_fill(t, status)
    r = m.mark / 2
    scene.add(Circle(x + r, y + r, r, fill=fill, stroke=t.primary, stroke_width=m.mark_line, ref=ref))
    colour = readable_on(fill, t.on_primary if status == "overgenomen" else t.heading)
    scene.add(Text(x + r, y + m.mark_dy, [w[f"m_{status}"]], m.mark_size, colour, True, m.mark_leading, "middle",
                   box=(x, y, m.mark, m.mark), ref=ref))


def _legend(scene: Scene, t: Theme, w: dict, y: float) -> float:
    y += m.legend_gap
    x = m.margin
    _text(scene, w["legenda"], x, y + m.legend_dy, m.legend_label_w, DETAIL * LEADING, DETAIL, t.text, bold=True,
          max_lines=1)
    x += m.legend_label_adv
    for status in MARK_STATUS:
        _mark(scene, t, w, status, x, y)
        x += m.mark + m.legend_mark_gap
        text = w[f"l_{status}"]
        width = measure(text, DETAIL) + m.legend_slack
        _text(scene, text, x, y + m.legend_dy, width, DETAIL * LEADING, DETAIL, t.text, max_lines=1)
        x += width + m.legend_item_gap
    _text(scene, w["l_rij"], m.margin, y + m.legend_line, m.inner, DETAIL * LEADING, DETAIL, t.text,
          max_lines=1)
    return y + m.legend_line + DETAIL * LEADING


MAX_ORGANISATIONS = 8  # columns that still leave a readable cell

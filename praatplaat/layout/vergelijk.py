"""View 'vergelijk': several organisations side by side, one column each, matched rows of principles,
channels and the fundament (praatplaat.compare).

A row shared by every organisation is a filled band, one shared by some a tinted band, a unique
element a plain outlined card; the left column says it in words as well ("gedeeld door 3 van 3",
"lijkt op elkaar · 95%"), so colour is never the only cue. Each cell carries a small worded mark of
where the element comes from (basis / aangepast / eigen), explained in the legend.
"""

from __future__ import annotations

from ..compare import SAME_BASE, SAME_ID, SIMILAR, Cell, Comparison, Row
from ..fonts import measure
from ..model import Huisstijl
from ..scene import Hotspot, Rect, Scene, Text
from ..textfit import fit
from ..theme import Theme, mix, readable_on
from .common import DETAIL, LABEL, MARGIN, MIN, NAME, RADIUS

WIDTH = 1920
HEADER_H = 112
LEFT_W = 250
GAP = 12
SECTION_GAP = 28
PAD = 12

WORDS = {
    "nl": {
        "titel": "Vergelijking van visies", "principes": "Principes", "kanalen": "Kanalen",
        "fundament": "Fundament", "gedeeld": "gedeeld door {n} van {total}", "alleen": "alleen {org}",
        SAME_BASE: "zelfde basis-element", SAME_ID: "zelfde id · {pct}%", SIMILAR: "lijkt op elkaar · {pct}%",
        "overgenomen": "basis", "aangepast": "aangepast", "eigen": "eigen",
        "legenda": "Legenda:", "l_overgenomen": "overgenomen uit de basis",
        "l_aangepast": "uit de basis, hier aangepast", "l_eigen": "eigen aan de organisatie",
        "l_rij": "volle balk: bij iedereen · lichte balk: bij enkelen · open kaart: uniek",
        "bereikbaarheid": "Bereikbaarheid", "servicenorm": "Servicenorm", "match": "Overeenkomst",
        "niet": "—",
    },
    "en": {
        "titel": "Visions compared", "principes": "Principles", "kanalen": "Channels",
        "fundament": "Foundation", "gedeeld": "shared by {n} of {total}", "alleen": "only {org}",
        SAME_BASE: "same base element", SAME_ID: "same id · {pct}%", SIMILAR: "similar · {pct}%",
        "overgenomen": "base", "aangepast": "changed", "eigen": "own",
        "legenda": "Legend:", "l_overgenomen": "taken over from the base",
        "l_aangepast": "from the base, changed here", "l_eigen": "the organisation's own",
        "l_rij": "solid band: everyone · light band: some · open card: unique",
        "bereikbaarheid": "Availability", "servicenorm": "Service norm", "match": "Match",
        "niet": "—",
    },
}
MARK_STATUS = ("overgenomen", "aangepast", "eigen")


def words(lang: str) -> dict:
    return WORDS[lang if lang in WORDS else "nl"]


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
    w = words(lang)
    parts = [cell.tekst] if cell.tekst else []
    h = cell.herkomst
    if h and h.bron:
        parts.append(f"{w[mark_of(cell)]}: {h.bron}" + (f" ({', '.join(h.velden)})" if h.velden else ""))
    return "\n".join(parts)


def layout(comparison: Comparison, lang: str = "nl") -> Scene:
    """The comparison as one Scene, 1920 wide and as high as its rows need."""
    w = words(lang)
    t = Theme.from_huisstijl(Huisstijl())
    n = max(1, len(comparison.organisations))
    col_w = (WIDTH - 2 * MARGIN - LEFT_W - GAP * n) / n
    scene = Scene(WIDTH, 1080, t.background, "vergelijk", w["titel"], lang if lang in WORDS else "nl",
                  accent=t.accent)
    y = _header(scene, t, comparison, w, col_w)
    for key, rows in comparison.sections:
        if rows:
            y = _section(scene, t, comparison, key, rows, y, col_w, lang) + SECTION_GAP
    y = _legend(scene, t, w, y)
    scene.height = round(max(1080.0, y + MARGIN), 2)
    return scene


def _text(scene: Scene, text: str, x, y, w, h, size, t_colour, bold=False, max_lines=None, ref=None,
          min_size=MIN) -> float:
    f = fit(text, w, h, size, max(MIN, min_size), bold, 1.3, max_lines)
    scene.add(Text(x, y, f.lines, f.size, t_colour, bold, f.line_height, full=text if f.truncated else None,
                   box=(x, y, w, h), ref=ref))
    return f.height


def _header(scene: Scene, t: Theme, comparison: Comparison, w: dict, col_w: float) -> float:
    scene.add(Rect(0, 0, WIDTH, HEADER_H, fill=t.panel), Rect(0, HEADER_H - 6, WIDTH, 6, fill=t.primary))
    heading = readable_on(t.panel, t.primary)
    _text(scene, w["titel"], MARGIN, 30, WIDTH - 2 * MARGIN, 56, 44, heading, bold=True, max_lines=1, min_size=28)
    y = HEADER_H + 24
    x = MARGIN + LEFT_W + GAP
    for org in comparison.organisations:
        _text(scene, org, x, y, col_w, 2 * 26 * 1.3, 26, t.heading, bold=True, max_lines=2, min_size=18)
        x += col_w + GAP
    return y + 2 * 26 * 1.3 + 16


def _row_height(rows_cells: list[Cell | None], kind: str, col_w: float) -> float:
    inner = col_w - 2 * PAD
    h = 0.0
    for cell in filter(None, rows_cells):
        need = PAD + fit(cell.naam, inner - 100, 1e4, NAME, NAME, True, 1.3, 2).height + PAD
        if kind == "kanaal" and cell.tekst:
            need += fit(cell.tekst, inner, 1e4, DETAIL, DETAIL, False, 1.3, 3).height + 4
        h = max(h, need)
    return max(h, 58.0)


def _section(scene: Scene, t: Theme, comparison: Comparison, key: str, rows: list[Row], y: float, col_w: float,
             lang: str) -> float:
    w = words(lang)
    n = len(comparison.organisations)
    _text(scene, w[key], MARGIN, y, LEFT_W + 400, LABEL * 1.3, LABEL, t.heading, bold=True, max_lines=1)
    y += LABEL * 1.3 + 10
    shared_fill, some_fill = mix(t.background, t.primary, 0.16), mix(t.background, t.primary, 0.07)
    for r, row in enumerate(rows):
        h = _row_height(row.cells, row.kind, col_w)
        band = shared_fill if row.count == n and n > 1 else some_fill if row.count > 1 else None
        if band:
            scene.add(Rect(MARGIN - 8, y - 4, WIDTH - 2 * MARGIN + 16, h + 8, fill=band, radius=RADIUS))
        shared, how = match_words(row, comparison.organisations, lang)
        muted = readable_on(band or t.background, t.muted)
        ly = y + PAD
        ly += _text(scene, shared, MARGIN + 4, ly, LEFT_W - 8, DETAIL * 1.3, DETAIL, readable_on(
            band or t.background, t.text), bold=row.count > 1, max_lines=1)
        if how:
            _text(scene, how, MARGIN + 4, ly, LEFT_W - 8, 2 * DETAIL * 1.3, DETAIL, muted, max_lines=2)
        x = MARGIN + LEFT_W + GAP
        for org, cell in enumerate(row.cells):
            if cell is not None:
                _cell(scene, t, cell, row, key, r, org, x, y, col_w, h, lang)
            else:
                _text(scene, w["niet"], x + PAD, y + PAD, col_w - 2 * PAD, NAME * 1.3, NAME, muted, max_lines=1)
            x += col_w + GAP
        y += h + GAP
    return y


def _cell(scene: Scene, t: Theme, cell: Cell, row: Row, key: str, r: int, org: int, x: float, y: float,
          w_: float, h: float, lang: str) -> None:
    w = words(lang)
    kind = row.kind
    ref = f"{kind}:{key}-{r}-{org}"
    unique = row.count == 1
    scene.add(Rect(x, y, w_, h, fill=t.card, stroke=t.card_line if not unique else t.muted,
                   stroke_width=1.5 if not unique else 2, radius=12, ref=ref))
    status = mark_of(cell)
    badge = w[status]
    bw = max(64.0, len(badge) * 8.5 + 20)
    bx = x + w_ - PAD - bw
    fill = badge_fill(t, status)
    scene.add(Rect(bx, y + PAD, bw, 24, fill=fill, stroke=t.primary, stroke_width=1.5, radius=12, ref=ref))
    colour = readable_on(fill, t.on_primary if status == "overgenomen" else t.heading)
    f = fit(badge, bw - 8, 24, 14, MIN, True, 1.3, 1)
    scene.add(Text(bx + bw / 2, y + PAD + 2, f.lines, f.size, colour, True, f.line_height, "middle",
                   box=(bx, y + PAD, bw, 24), ref=ref))
    ty = y + PAD
    ty += _text(scene, cell.naam, x + PAD, ty, w_ - 2 * PAD - bw - 8, 2 * NAME * 1.3, NAME, t.text, bold=True,
                max_lines=2, ref=ref) + 4
    if kind == "kanaal" and cell.tekst:
        _text(scene, cell.tekst, x + PAD, ty, w_ - 2 * PAD, y + h - PAD - ty + 2, DETAIL,
              readable_on(t.card, t.muted), max_lines=3, ref=ref)
    scene.hotspots.append(Hotspot(kind, f"{key}-{r}-{org}", x, y, w_, h, cell.naam, cell_detail(cell, kind, lang)))


def _legend(scene: Scene, t: Theme, w: dict, y: float) -> float:
    x = MARGIN
    _text(scene, w["legenda"], x, y + 2, 120, DETAIL * 1.3, DETAIL, t.text, bold=True, max_lines=1)
    x += 110
    for status in MARK_STATUS:
        fill = badge_fill(t, status)
        badge = w[status]
        bw = max(64.0, len(badge) * 8.5 + 20)
        scene.add(Rect(x, y, bw, 24, fill=fill, stroke=t.primary, stroke_width=1.5, radius=12))
        colour = readable_on(fill, t.on_primary if status == "overgenomen" else t.heading)
        f = fit(badge, bw - 8, 24, 14, MIN, True, 1.3, 1)
        scene.add(Text(x + bw / 2, y + 2, f.lines, f.size, colour, True, f.line_height, "middle",
                       box=(x, y, bw, 24)))
        x += bw + 8
        x += _legend_text(scene, t, w[f"l_{status}"], x, y) + 28
    _text(scene, w["l_rij"], MARGIN, y + 36, WIDTH - 2 * MARGIN, DETAIL * 1.3, DETAIL, t.text, max_lines=1)
    return y + 36 + DETAIL * 1.3


def _legend_text(scene: Scene, t: Theme, text: str, x: float, y: float) -> float:
    width = measure(text, DETAIL) + 4
    _text(scene, text, x, y + 2, width + 8, DETAIL * 1.3, DETAIL, t.text, max_lines=1)
    return width


# --- outputs -----------------------------------------------------------------------------------

MAX_ORGANISATIONS = 8  # columns that still leave a readable cell


def export_vergelijking(comparison: Comparison, fmt: str, *, scale: float = 1.0, lang: str = "nl") -> bytes:
    """The comparison as PNG, SVG, PDF or HTML bytes, drawn by the engine's renderers (96 dpi, 1920 wide)."""
    scene = layout(comparison, lang)
    if fmt == "png":
        from ..render.png import render_png

        return render_png(scene, round(WIDTH * scale), dpi=96)
    if fmt == "svg":
        from ..render.svg import render_svg

        return render_svg(scene, width=WIDTH * scale, embed_font=True).encode("utf-8")
    if fmt == "pdf":
        from ..render.pdf import render_pdf

        return render_pdf(scene, scene.width * 0.75, scene.height * 0.75, title=scene.title)
    if fmt == "html":
        return html_page(scene, comparison, lang).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")


def html_page(scene: Scene, comparison: Comparison, lang: str = "nl") -> str:
    """A self-contained page: the picture, and the same comparison as tables (its text alternative)."""
    from html import escape

    from ..render.svg import render_svg

    w = words(lang)
    svg = render_svg(scene, embed_font=True)
    parts = [
        f'<!doctype html><html lang="{escape(scene.lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(w['titel'])}</title><style>body{{font-family:'Atkinson Hyperlegible',sans-serif;"
        "margin:0 auto;max-width:1280px;padding:1rem;color:#1B1B1B;background:#fff}"
        "figure{margin:0}figure svg{width:100%;height:auto}table{border-collapse:collapse;width:100%;"
        "margin:1rem 0}th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}"
        "caption{text-align:left;font-weight:bold;font-size:1.2rem;padding:.4rem 0}</style></head><body><main>",
        f"<h1>{escape(w['titel'])}</h1>",
        f'<figure aria-hidden="true">{svg[svg.index("<svg"):]}</figure>',
    ]
    for key, rows in comparison.sections:
        if not rows:
            continue
        head = "".join(f'<th scope="col">{escape(o)}</th>' for o in comparison.organisations)
        parts.append(f"<table><caption>{escape(w[key])}</caption><thead><tr><th scope=\"col\">"
                     f"{escape(w['match'])}</th>{head}</tr></thead><tbody>")
        for row in rows:
            shared, how = match_words(row, comparison.organisations, lang)
            label = escape(shared + (f" · {how}" if how else ""))
            cells = "".join(_html_cell(c, row.kind, w, lang) for c in row.cells)
            parts.append(f'<tr><th scope="row">{label}</th>{cells}</tr>')
        parts.append("</tbody></table>")
    legend = " · ".join(f"{w[s]}: {w['l_' + s]}" for s in MARK_STATUS)
    parts.append(f"<p>{escape(w['legenda'])} {escape(legend)}</p></main></body></html>")
    return "\n".join(parts)


def _html_cell(cell: Cell | None, kind: str, w: dict, lang: str) -> str:
    from html import escape

    if cell is None:
        return f"<td>{w['niet']}</td>"
    detail = cell_detail(cell, kind, lang).replace("\n", " · ")
    text = f"<br>{escape(detail)}" if detail else ""
    return f"<td><strong>{escape(cell.naam)}</strong> ({escape(w[mark_of(cell)])}){text}</td>"

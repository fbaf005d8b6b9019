"""The comparisons in every output format that can draw one (``compare`` in praatplaat.export.FORMATS): a few
visions (``vergelijk a.yaml b.yaml --out x.png``, praatplaat.layout.vergelijk) and the national overview of a folder
(``vergelijk FOLDER``, praatplaat.overview and praatplaat.layout.landelijk), each as a Sheet for the format's
renderer. The comparison's HTML tables live here, on the export side, so that layout never imports a renderer."""

from __future__ import annotations

import functools

from . import overview
from .compare import Cell, Comparison
from .export import FORMATS, Sheet
from .layout import landelijk
from .layout.vergelijk import MARK_STATUS, WIDTH, cell_detail, layout, mark_of, match_words, words
from .scene import Scene


def export_vergelijking(comparison: Comparison, fmt: str, *, scale: float = 1.0, lang: str = "nl") -> bytes:
    """The comparison in format ``fmt``, drawn by the format's ``compare`` (96 dpi, 1920 wide at scale 1)."""
    from html import escape

    w = words(lang)
    scene = functools.cache(lambda: layout(comparison, lang))
    return _draw(fmt, Sheet(w["titel"], f"{w['titel']}: {', '.join(comparison.organisations)}", round(WIDTH * scale),
                            scene, text=lambda: f"<h1>{escape(w['titel'])}</h1>{tables_html(comparison, lang)}",
                            page=lambda: html_page(scene(), comparison, lang)))


def export_overview(ov: overview.Overview, fmt: str, *, scale: float = 1.0, lang: str = "nl") -> bytes:
    """The national overview in format ``fmt``: HTML as tables (searchable), a PDF as the picture, then the
    tables."""
    w = overview.words(lang)
    alt = w["intro"].format(n=len(ov.orgs), orgs=overview.kinds_text(ov.kinds, lang))
    return _draw(fmt, Sheet(w["titel"], alt, round(landelijk.WIDTH * scale), lambda: landelijk.layout(ov, lang),
                            text=lambda: overview.tables_text(ov, lang), page=lambda: overview.html_page(ov, lang)))


def _draw(fmt: str, sheet: Sheet) -> bytes:
    compare = FORMATS[fmt].compare if fmt in FORMATS else None
    if compare is None:
        raise ValueError(f"format {fmt!r} cannot draw a comparison")
    return compare(sheet)


def html_page(scene: Scene, comparison: Comparison, lang: str = "nl") -> str:
    """A self-contained page: the picture, and the same comparison as tables (its text alternative)."""
    from html import escape

    from .render.svg import render_svg

    w = words(lang)
    svg = render_svg(scene, embed_font=True)
    parts = [
        f'<!doctype html><html lang="{escape(scene.lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(w['titel'])}</title><style>body{{font-family:'Atkinson Hyperlegible',sans-serif;"
        "margin:0 auto;max-width:1280px;padding:1rem;color:#1B1B1B;background:#fff}"
        "figure{margin:0}figure svg{width:100%;height:auto}table{border-collapse:collapse;width:100%;"
        "margin:1rem 0}th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}"
        "caption{text-align:left;font-weight:bold;font-size:1.2rem;padding:.4rem 0}"
        ".wide{overflow-x:auto}.wide table{min-width:40rem}</style></head><body><main>",
        f"<h1>{escape(w['titel'])}</h1>",
        f'<figure aria-hidden="true">{svg[svg.index("<svg"):]}</figure>',
    ]
    parts.append(tables_html(comparison, lang))
    parts.append("</main></body></html>")
    return "\n".join(parts)


def tables_html(comparison: Comparison, lang: str = "nl") -> str:
    """The comparison as tables, one per section, and the legend: its text alternative (HTML and PDF)."""
    from html import escape

    w = words(lang)
    parts = []
    for key, rows in comparison.sections:
        if not rows:
            continue
        head = "".join(f'<th scope="col">{escape(o)}</th>' for o in comparison.organisations)
        parts.append(f'<div class="wide" role="region" tabindex="0" aria-label="{escape(w[key])}">'
                     f"<table><caption>{escape(w[key])}</caption><thead><tr><th scope=\"col\">"
                     f"{escape(w['match'])}</th>{head}</tr></thead><tbody>")
        for row in rows:
            shared, how = match_words(row, comparison.organisations, lang)
            label = escape(shared + (f" · {how}" if how else ""))
            cells = "".join(_html_cell(c, row.kind, w, lang) for c in row.cells)
            parts.append(f'<tr><th scope="row">{label}</th>{cells}</tr>')
        parts.append("</tbody></table></div>")
    legend = " · ".join(f"{w[s]}: {w['l_' + s]}" for s in MARK_STATUS)
    parts.append(f"<p>{escape(w['legenda'])} {escape(legend)}</p>")
    return "\n".join(parts)


def _html_cell(cell: Cell | None, kind: str, w: dict, lang: str) -> str:
    from html import escape

    if cell is None:
        return f"<td>{w['niet']}</td>"
    detail = cell_detail(cell, kind, lang).replace("\n", " · ")
    text = f"<br>{escape(detail)}" if detail else ""
    return f"<td><strong>{escape(cell.naam)}</strong> ({escape(w[mark_of(cell)])}){text}</td>"

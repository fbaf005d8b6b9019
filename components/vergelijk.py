"""Studio mode 'Vergelijken': pick examples, this browser's workspaces or uploaded visions, see them side by
side as a clickable grid.

A workspace is read from the store (its files mirrored into its folder, so its own base file counts); an
uploaded file is read as text only: no folder, so its ``basis`` can only be a built-in base and its logo is
left out.

The grid is a Plotly scatter of square markers (one per organisation × matched row; a heatmap-like
picture whose points can be clicked); hovering shows the element, clicking a cell shows the texts of
every organisation in that row. The matching is praatplaat.compare, the same as the CLI's picture.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from praatplaat.compare import Comparison, compare
from praatplaat.layout.vergelijk import MAX_ORGANISATIONS, cell_detail, mark_of, match_words
from praatplaat.layout.vergelijk import words as picture_words
from praatplaat.load import LoadResult, decode, load_file, load_text
from praatplaat.theme import mix, readable_on

from . import gallery, picture, workspace
from .i18n import lang, t
from .markdown import esc

LIGHT, DARK = "#E3ECF3", "#00558C"  # a row of one organisation .. shared by all
DEFAULT = ("gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen")
SECTIONS = ("principes", "kanalen", "fundament")


@st.cache_data(max_entries=32, show_spinner=False)
def _load_example(path: str, stamp: float) -> LoadResult:
    return load_file(path)


def choices() -> dict[str, Path]:
    """The examples one can compare, by name (the empty template left out)."""
    return {p.stem: p for p in gallery.examples() if p.name != gallery.TEMPLATE}


def grid(comparison: Comparison, section: str, language: str) -> go.Figure:
    """Organisations as columns, matched rows as rows; darker for rows shared by more organisations, each
    square's letter (B/A/E) in a colour that reads on it."""
    w = picture_words(language)
    rows = dict(comparison.sections)[section]
    n = len(comparison.organisations)
    xs, ys, colours, labels, hovers, custom = [], [], [], [], [], []
    names = [f"{i + 1}. {row.label}" for i, row in enumerate(rows)]
    for r, row in enumerate(rows):
        shared, how = match_words(row, comparison.organisations, language)
        for org, cell in enumerate(row.cells):
            if cell is None:
                continue
            xs.append(comparison.organisations[org])
            ys.append(names[r])
            colours.append(mix(LIGHT, DARK, row.count / n))
            labels.append(w[f"m_{mark_of(cell)}"])
            detail = "<br>".join(_plain(line) for line in cell_detail(cell, row.kind, language).splitlines())
            hovers.append(f"<b>{_plain(cell.naam)}</b><br>{detail}<br><i>{_plain(shared)}"
                          f"{' · ' + _plain(how) if how else ''}</i>")
            custom.append(r)
    # One trace per letter colour: a selection must not fade the letters, and Plotly's 'unselected' text
    # colour is one colour per trace.
    inks = [readable_on(c) for c in colours]
    figure = go.Figure()
    for ink in sorted(set(inks)):
        mine = [i for i, c in enumerate(inks) if c == ink]
        figure.add_trace(go.Scatter(
            x=[xs[i] for i in mine], y=[ys[i] for i in mine], mode="markers+text", text=[labels[i] for i in mine],
            customdata=[custom[i] for i in mine], hovertext=[hovers[i] for i in mine], hoverinfo="text",
            marker={"symbol": "square", "size": 44, "color": [colours[i] for i in mine],
                    "line": {"width": 1.5, "color": DARK}},
            textfont={"color": ink, "size": 15},
            selected={"marker": {"opacity": 1}, "textfont": {"color": ink}},
            unselected={"marker": {"opacity": 1}, "textfont": {"color": ink}},  # the texts below show the choice
        ))
    figure.update_layout(
        height=80 + 56 * max(1, len(rows)), margin={"l": 8, "r": 8, "t": 40, "b": 8}, showlegend=False,
        xaxis={"side": "top", "categoryorder": "array", "categoryarray": comparison.organisations, "fixedrange": True},
        yaxis={"autorange": "reversed", "categoryorder": "array", "categoryarray": names, "fixedrange": True},
        plot_bgcolor="#FFFFFF", clickmode="event+select", dragmode=False, font={"family": "Atkinson Hyperlegible"},
    )
    return figure


def _plain(text: str) -> str:
    """User text inside a Plotly hover label: shown literally (Plotly reads a few HTML tags)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _uploaded(files) -> list[tuple[str, LoadResult]]:
    out = []
    for file in files or []:
        text, problem = decode(file.getvalue())
        result = load_text(text, file.name) if problem is None else LoadResult(None, [problem], file.name)
        out.append((file.name, result))
    return out


def workspaces() -> dict[str, str]:
    """This browser's recent workspaces (the start page's list): id -> title (organisation)."""
    bid = workspace.browser()
    items = workspace.db().recent(bid) if bid else []
    return {item.id: " · ".join(p for p in (item.title or t("start_untitled"), item.organisation) if p)
            for item in items}


def _workspace(ws_id: str) -> LoadResult | None:
    """The workspace's head text loaded in its own folder, as the studio loads it (None when it is gone)."""
    state = workspace.db().get(ws_id)
    if state is None:
        return None
    ws = workspace.Workspace.from_state(state)  # mirrors its files (logo, a base file) into its folder
    return picture.current(ws)


def show() -> None:
    """The comparison mode: a choice of visions, the grid per section, and the texts of a clicked row."""
    language = lang()
    options = choices()
    st.multiselect(t("vergelijk_kies"), list(options), default=[d for d in DEFAULT if d in options],
                   key="vergelijk-kies", max_selections=MAX_ORGANISATIONS)
    mine = workspaces()
    if mine:
        st.multiselect(t("vergelijk_werkruimtes"), list(mine), key="vergelijk-ws", format_func=mine.get,
                       max_selections=MAX_ORGANISATIONS, placeholder=t("choose"))
    uploads = st.file_uploader(t("vergelijk_upload"), type=["yaml", "yml"], accept_multiple_files=True,
                               key="vergelijk-upload")
    results = [(n, _load_example(str(options[n]), options[n].stat().st_mtime))
               for n in st.session_state.get("vergelijk-kies", [])]
    results += [(mine[i], r) for i in st.session_state.get("vergelijk-ws") or [] if i in mine
                and (r := _workspace(i)) is not None]
    results += _uploaded(uploads)
    for name, bad in ((n, r) for n, r in results if not r.ok):
        st.error(t("vergelijk_fout", name=name))
        st.text(bad.report(language))
    good = [r for _, r in results if r.ok][:MAX_ORGANISATIONS]
    if len(good) < 2:
        st.info(t("vergelijk_te_weinig"))
        return
    comparison = compare([r.vision for r in good], [r.herkomst for r in good])
    st.caption(t("vergelijk_uitleg"))
    for section in SECTIONS:
        rows = dict(comparison.sections)[section]
        if not rows:
            continue
        st.subheader(picture_words(language)[section])
        event = st.plotly_chart(grid(comparison, section, language), key=f"vergelijk-grid-{section}",
                                on_select="rerun", selection_mode="points", config={"displayModeBar": False})
        points = (event or {}).get("selection", {}).get("points", [])
        if points:
            _texts(comparison, rows[int(points[0]["customdata"][0] if isinstance(points[0]["customdata"], list)
                                        else points[0]["customdata"])], language)


def _texts(comparison: Comparison, row, language: str) -> None:
    """Every organisation's text of one row, side by side (plain text, never markdown)."""
    shared, how = match_words(row, comparison.organisations, language)
    st.markdown(f"**{esc(row.label)}** — {esc(shared)}{' · ' + esc(how) if how else ''}")
    columns = st.columns(len(comparison.organisations))
    words = picture_words(language)
    for org, (column, cell) in enumerate(zip(columns, row.cells, strict=True)):
        with column:
            st.markdown(f"**{esc(comparison.organisations[org])}**")
            if cell is None:
                st.text(words["niet"])
                continue
            st.text(cell.naam)
            st.text(cell_detail(cell, row.kind, language) or "")

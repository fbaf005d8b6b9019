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

import textwrap
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from praatplaat.compare import Comparison, compare
from praatplaat.layout.common import DETAIL, LABEL
from praatplaat.layout.vergelijk import MAX_ORGANISATIONS, NAME, cell_detail, mark_of, match_words
from praatplaat.layout.vergelijk import words as picture_words
from praatplaat.load import LoadResult, decode, load_file, load_text
from praatplaat.theme import mix, readable_on

from . import gallery, picture, workspace
from .i18n import lang, t
from .markdown import esc

LIGHT, DARK = "#E3ECF3", "#00558C"  # a row of one organisation .. shared by all
INK = "#1B1B1B"  # the labels' text: the studio's text colour
ROW_H = 72  # px per row: an element name of two lines and how widely it is shared
ROOM = 0.5  # rows of room above the first row and below the last, for a hover box
LABEL_CHARS = 30  # an element name's line in the row labels
ORG_CHARS, ORG_CHARS_MIN = 80, 12  # an organisation's line: shared by the columns, never shorter than this
HOVER_CHARS, HOVER_LINES = 40, 3  # a hover box's lines and how many of the element's text it shows
DEFAULT = ("gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen")
SECTIONS = ("principes", "kanalen", "fundament")


@st.cache_data(max_entries=32, show_spinner=False)
def _load_example(path: str, stamp: float) -> LoadResult:
    return load_file(path)


def choices() -> dict[str, Path]:
    """The examples one can compare, by file stem (the empty template left out)."""
    return {p.stem: p for p in gallery.examples() if p.name != gallery.TEMPLATE}


def grid(comparison: Comparison, section: str, language: str) -> go.Figure:
    """Organisations as columns, matched rows as rows; darker for rows shared by more organisations, each
    square's letter (B/A/E) in a colour that reads on it.

    The labels are as large as in the CLI's picture (organisations LABEL px bold, element names NAME px bold,
    how widely a row is shared DETAIL px) and dark. A hover box is short and narrow, and there is room above the
    first row and below the last, so it never covers a label: Plotly puts it right of a square, or left of it
    when the window's edge is near, which leaves the row labels on the left free.
    """
    w = picture_words(language)
    rows = dict(comparison.sections)[section]
    n = len(comparison.organisations)
    xs, ys, colours, labels, hovers, custom = [], [], [], [], [], []
    names = [f"{i + 1}. {row.label}" for i, row in enumerate(rows)]
    ticks = []
    for r, row in enumerate(rows):
        shared, how = match_words(row, comparison.organisations, language)
        ticks.append(_lines(names[r], LABEL_CHARS, bold=True) + f"<br><span style='font-size:{DETAIL}px'>"
                     f"{_plain(shared)}</span>")
        for org, cell in enumerate(row.cells):
            if cell is None:
                continue
            xs.append(comparison.organisations[org])
            ys.append(names[r])
            colours.append(mix(LIGHT, DARK, row.count / n))
            labels.append(w[f"m_{mark_of(cell)}"])
            detail = _lines(cell_detail(cell, row.kind, language), HOVER_CHARS, most=HOVER_LINES)
            hovers.append("<br>".join(part for part in (_lines(cell.naam, HOVER_CHARS, bold=True), detail,
                                                        f"<i>{_plain(shared)}{' · ' + _plain(how) if how else ''}</i>")
                                      if part))
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
            textfont={"color": ink, "size": DETAIL},
            selected={"marker": {"opacity": 1}, "textfont": {"color": ink}},
            unselected={"marker": {"opacity": 1}, "textfont": {"color": ink}},  # the texts below show the choice
        ))
    org_chars = max(ORG_CHARS_MIN, ORG_CHARS // max(1, n))
    figure.update_layout(
        height=ROW_H * (max(1, len(rows)) + 1) + 24 * _most_lines(comparison.organisations, org_chars),
        margin={"l": 8, "r": 8, "t": 8, "b": 8}, showlegend=False,
        xaxis={"side": "top", "categoryorder": "array", "categoryarray": comparison.organisations, "fixedrange": True,
               "tickmode": "array", "tickvals": comparison.organisations, "automargin": True,
               "ticktext": [_lines(o, org_chars, bold=True) for o in comparison.organisations],
               "tickfont": {"size": LABEL, "color": DARK}},
        yaxis={"categoryorder": "array", "categoryarray": names, "fixedrange": True, "automargin": True,
               "range": [len(rows) - 0.5 + ROOM, -0.5 - ROOM], "tickmode": "array", "tickvals": names,
               "ticktext": ticks, "tickfont": {"size": NAME, "color": INK}},
        plot_bgcolor="#FFFFFF", clickmode="event+select", dragmode=False, font={"family": "Atkinson Hyperlegible"},
        hoverlabel={"font": {"size": DETAIL, "color": INK}, "bgcolor": "#FFFFFF", "bordercolor": DARK,
                    "align": "left"},
    )
    return figure


def _lines(text: str, width: int, bold: bool = False, most: int = 2) -> str:
    """User text for a Plotly label, shown literally, wrapped on words into at most ``most`` lines of about
    ``width`` characters (an ellipsis ends a longer text: the hover box and the texts below have it whole)."""
    lines = textwrap.wrap(text, width, break_long_words=False) or [""]
    rest, cut = " ".join(lines[most - 1:]), " ".join(lines[most - 1:])[:width - 1]
    lines = lines[:most - 1] + [rest if len(rest) <= width else (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"]
    return "<br>".join(f"<b>{_plain(line)}</b>" if bold else _plain(line) for line in lines if line)


def _most_lines(texts: list[str], width: int) -> int:
    return max((min(2, len(textwrap.wrap(text, width, break_long_words=False))) for text in texts), default=1)


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


def _name(vision, fallback: str) -> str:
    """What a vision is called in the choices: its organisation, else its title."""
    return (vision.organisatie or vision.titel or fallback) if vision is not None else fallback


def _examples() -> dict[str, tuple[str, LoadResult]]:
    """The examples by file stem: (organisation, loaded)."""
    out = {}
    for stem, path in choices().items():
        result = _load_example(str(path), path.stat().st_mtime)
        out[stem] = (_name(result.vision, stem), result)
    return out


def _open() -> tuple[str, str, LoadResult] | None:
    """The praatplaat open in this tab (its last valid text while the current one has errors): id, name, loaded."""
    ws = workspace.opened()
    if ws is None:
        return None
    result, src = picture.good(ws)
    loaded = picture.load(src) if src is not None else result
    return ws.id, _name(loaded.vision, t("start_untitled")), loaded


def _own(here: tuple[str, str, LoadResult] | None) -> dict[str, str]:
    """The open praatplaat and this browser's other recent ones (the start page's list): id -> organisation
    and title."""
    out = {here[0]: t("vergelijk_deze", name=here[1])} if here else {}
    bid = workspace.browser()
    for item in workspace.db().recent(bid) if bid else []:
        out.setdefault(item.id, " · ".join(p for p in (item.organisation, item.title or t("start_untitled")) if p))
    return out


def _workspace(ws_id: str) -> LoadResult | None:
    """The workspace's head text loaded in its own folder, as the studio loads it (None when it is gone)."""
    state = workspace.db().get(ws_id)
    if state is None:
        return None
    ws = workspace.Workspace.from_state(state)  # mirrors its files (logo, a base file) into its folder
    return picture.current(ws)


def show() -> None:
    """The comparison mode: a choice of visions (to begin with, the open praatplaat when it has a valid text and a
    few examples of other organisations), the grid per section, and the texts of a clicked row."""
    language = lang()
    here = _open()
    own = _own(here)
    if own:
        st.multiselect(t("vergelijk_werkruimtes"), list(own), default=[here[0]] if here and here[2].ok else [],
                       key="vergelijk-ws", format_func=own.get, max_selections=MAX_ORGANISATIONS,
                       placeholder=t("choose"))
    examples = _examples()
    others = [d for d in DEFAULT if d in examples and (here is None or examples[d][0] != here[1])]
    st.multiselect(t("vergelijk_kies"), list(examples), default=others, key="vergelijk-kies",
                   format_func=lambda stem: examples[stem][0], max_selections=MAX_ORGANISATIONS,
                   placeholder=t("choose"))
    uploads = st.file_uploader(t("vergelijk_upload"), type=["yaml", "yml"], accept_multiple_files=True,
                               key="vergelijk-upload")
    results = [(own[i], here[2] if here and i == here[0] else _workspace(i))
               for i in st.session_state.get("vergelijk-ws") or [] if i in own]
    results = [(name, r) for name, r in results if r is not None]
    results += [examples[stem] for stem in st.session_state.get("vergelijk-kies") or [] if stem in examples]
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

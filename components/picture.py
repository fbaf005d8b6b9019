"""The live, clickable picture: cached loading and rendering, the last good version, selection.

Everything expensive is cached by content (the YAML text, view, journey, language, selection,
width and logo), so an unchanged picture costs nothing and an edit costs one parse, one layout
and one figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import streamlit as st
from plotly.graph_objs import Figure

from praatplaat.layout import VIEWS, build_scene
from praatplaat.links import highlighted
from praatplaat.load import LoadResult, load_text
from praatplaat.logo import read_logo
from praatplaat.yamlload import Document, load_yaml

from . import workspace
from .i18n import lang, t

LAST_GOOD_SEARCH = 30
CHART_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False, "responsive": False}


@dataclass(frozen=True)
class Source:
    """What a picture is made from: the YAML text plus the workspace files it may refer to."""

    text: str
    base_dir: str
    logo_stamp: str = ""


def source(ws: workspace.Workspace, text: str) -> Source:
    """``text`` in ``ws``; the logo's size and time stamp make a changed logo a new picture."""
    stamp = ""
    for path in ws.dir.glob("*") if ws.dir.is_dir() else ():
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".webp"):
            stat = path.stat()
            stamp += f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};"
    return Source(text, str(ws.dir), stamp)


@st.cache_data(max_entries=256, show_spinner=False)
def load(src: Source) -> LoadResult:
    return load_text(src.text, "praatplaat.yaml", base_dir=Path(src.base_dir))


@st.cache_data(max_entries=32, show_spinner=False)
def parse(text: str) -> Document:
    """The YAML as plain data with positions (what the forms and the house style panel edit)."""
    return load_yaml(text)


def logo_of(src: Source, vision) -> bytes | None:
    """The logo file the vision names, by the one rule of praatplaat.logo (a plain file in the workspace)."""
    return read_logo(vision.logo, Path(src.base_dir))


@st.cache_data(max_entries=64, show_spinner=False)
def figure(src: Source, view: str, journey: str | None, language: str, selected: str | None, width: int) -> dict:
    """The Plotly figure dict of a valid source, ``width`` px wide, with ``selected`` highlighted."""
    from praatplaat.render.plotly_fig import figure as plotly_figure

    vision = load(src).vision
    scene = build_scene(vision, view, journey=journey, lang=language, logo=logo_of(src, vision))
    if selected and scene.hotspot(selected) is None:
        selected = None
    return plotly_figure(scene, highlighted(vision, selected), selected, display_width=width)


def good(ws: workspace.Workspace) -> tuple[LoadResult, Source | None]:
    """The current text's LoadResult and the source of the picture to show.

    That is the current text when it is valid, else the last valid text of this session, else
    the newest valid text in the undo history (so a reload with broken text still shows a picture).
    """
    current = source(ws, ws.text)
    result = load(current)
    if result.ok:
        st.session_state["last_good"] = (ws.id, ws.text)
        return result, current
    saved = st.session_state.get("last_good")
    if saved and saved[0] == ws.id:
        return result, source(ws, saved[1])
    for text in reversed(ws.undo_stack[-LAST_GOOD_SEARCH:]):
        if text.strip() and load(source(ws, text)).ok:
            st.session_state["last_good"] = (ws.id, text)
            return result, source(ws, text)
    return result, None


def journey_choice(vision) -> str | None:
    """A journey picker (for the 'reis' view); returns the chosen journey id."""
    journeys = {r.id: r.naam for r in vision.klantreizen}
    if not journeys:
        return None
    if st.session_state.get("journey") not in journeys:
        st.session_state["journey"] = next(iter(journeys))
    return st.selectbox(t("journey"), list(journeys), format_func=journeys.get, key="journey", width=320,
                        on_change=workspace.remember, args=("journey",), label_visibility="collapsed")


def view_choice() -> str:
    """The view picker; the choice is kept in the workspace settings."""
    if st.session_state.get("view") not in VIEWS:
        st.session_state["view"] = "overzicht"
    st.segmented_control(t("view"), VIEWS, format_func=lambda v: t(f"view_{v}"), key="view", required=True,
                         on_change=workspace.remember, args=("view",), label_visibility="collapsed")
    return st.session_state["view"]


def _on_pick(chart_key: str) -> None:
    state = st.session_state.get(chart_key)
    points = state.get("selection", {}).get("points", []) if state else []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and len(data) >= 3:
            workspace.put("selected", data[2])
            return


class _Trusted(Figure):
    """A figure dict made by our renderer, handed to st.plotly_chart as is.

    st.plotly_chart validates a plain dict through plotly's Figure (~150 ms for a full picture) and
    deep-copies a Figure (~30 ms); our dict is already valid, so both are skipped.
    """

    def __init__(self, fig: dict):
        super().__init__()
        self._trusted = fig

    def to_dict(self) -> dict:
        return self._trusted


def chart(fig: dict, key: str, title: str) -> None:
    """Show a figure dict; a click on a hotspot selects its element (st.session_state['selected'])."""
    st.plotly_chart(_Trusted(fig), key=key, on_select=partial(_on_pick, key),
                    selection_mode="points", theme=None, config=CHART_CONFIG, width="content",
                    alt=t("picture_alt", title=title))


def show(src: Source, view: str, journey: str | None, width: int, key: str, selected: str | None = None) -> bool:
    """Render the picture of ``src``; False (with a friendly message) when drawing fails."""
    result = load(src)
    try:
        fig = figure(src, view, journey, lang(), selected, width)
    except Exception:  # noqa: BLE001 - an engine failure must never show a stack trace
        st.warning(t("render_failed"))
        return False
    chart(fig, key, result.vision.titel)
    return True

"""The live, clickable picture: cached loading and rendering, the last good version, selection.

Everything expensive is cached by content (the YAML text, view, journey, language and logo), so an
unchanged picture costs nothing and an edit costs one parse, one layout and one SVG. The selection
is not part of the drawing: the browser lights it up (components.svgview), so selecting costs no
drawing at all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path

import streamlit as st

from praatplaat.layout import VIEWS, build_scene
from praatplaat.links import lit
from praatplaat.load import LoadResult, load_text
from praatplaat.logo import read_logo
from praatplaat.metrics import PHONE_ASPECT
from praatplaat.ref import Ref
from praatplaat.render.svg import render_svg
from praatplaat.theme import Theme
from praatplaat.yamlload import Document, load_yaml

from . import state, svgview, workspace
from .i18n import lang, t

LAST_GOOD_SEARCH = 30
KEY = "picture"
QUIET = "picture_quiet"  # a selection shown without fading the rest (an element just added)


@dataclass(frozen=True)
class Source:
    """What a picture is made from: the YAML text plus the workspace files it may refer to."""

    text: str
    base_dir: str
    logo_stamp: str = ""

    @cached_property
    def digest(self) -> str:
        """The content's digest, what the caches below key on (computed once, however often it is looked up)."""
        parts = (self.text, self.base_dir, self.logo_stamp)
        return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


BY_DIGEST = {Source: lambda src: src.digest}  # Streamlit's hash_funcs: one digest instead of the whole text per call


def source(ws: workspace.Workspace, text: str) -> Source:
    """``text`` in ``ws``; the logo's size and time stamp make a changed logo a new picture."""
    stamp = ""
    for path in ws.dir.glob("*") if ws.dir.is_dir() else ():
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".webp"):
            stat = path.stat()
            stamp += f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};"
    return Source(text, str(ws.dir), stamp)


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=BY_DIGEST)
def load(src: Source) -> LoadResult:
    """The loaded source, shared and never copied (a copy of a 1,000-step vision costs ~20 ms); read-only."""
    return load_text(src.text, "praatplaat.yaml", base_dir=Path(src.base_dir))


def current(ws: workspace.Workspace) -> LoadResult:
    """The workspace's text as it is now, loaded (cached, shared with the picture)."""
    return load(source(ws, ws.text))


@st.cache_data(max_entries=32, show_spinner=False)
def parse(text: str) -> Document:
    """The YAML as plain data with positions (what the forms and the house style panel edit)."""
    return load_yaml(text)


def logo_of(src: Source, vision) -> bytes | None:
    """The logo file the vision names, by the one rule of praatplaat.logo (a plain file in the workspace)."""
    return read_logo(vision.logo, Path(src.base_dir))


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs=BY_DIGEST)
def drawing(src: Source, view: str, journey: str | None, language: str, phone: bool = False) -> dict:
    """The interactive SVG of a valid source and, per hotspot ref in reading order, [label, detail, lit refs];
    ``phone``: the phone composition (one column, readable on a 390 px screen)."""
    vision = load(src).vision
    aspect = {"aspect": PHONE_ASPECT} if phone else {}
    scene = build_scene(vision, view, journey=journey, lang=language, logo=logo_of(src, vision), placeholders=True,
                        **aspect)
    spots = {h.ref: [h.label, h.detail, sorted(lit(h.ref, h.links))] for h in scene.hotspots}
    return {"svg": render_svg(scene, interactive=True), "spots": spots}


@st.cache_resource(max_entries=32, show_spinner=False, hash_funcs=BY_DIGEST)
def colours(src: Source) -> dict:
    """The house-style colours the picture's selection, tooltip and projector card use."""
    theme = Theme.from_huisstijl(load(src).vision.huisstijl)  # the card is the background
    return {"bg": theme.background, "ink": theme.text, "select": theme.accent, "card": theme.card,
            "line": theme.card_line, "heading": theme.heading_bg, "muted": theme.muted_bg}


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


def _journey_of(ref, journeys: dict) -> str | None:
    """The journey a selected journey or step (``klantreis:<id>``, ``stap:<id>/<n>``) belongs to, if it exists."""
    parsed = Ref.parse(ref) if isinstance(ref, str) else None
    step = parsed.step_position() if parsed else None
    journey = parsed.id if parsed and parsed.kind == "klantreis" else step[0] if step else None
    return journey if journey in journeys else None


def journey_choice(vision) -> str | None:
    """A journey picker (for the 'reis' view); returns the chosen journey id. It follows the selection: a newly
    selected journey or step (here or in another view) shows its journey; picking another one keeps that one."""
    journeys = {r.id: r.naam for r in vision.klantreizen}
    if not journeys:
        return None
    selected = st.session_state.get("selected")
    if selected != st.session_state.get("journey_followed"):
        st.session_state["journey_followed"] = selected
        followed = _journey_of(selected, journeys)
        if followed and followed != st.session_state.get("journey"):
            workspace.put("journey", followed)
    if st.session_state.get("journey") not in journeys:
        st.session_state["journey"] = next(iter(journeys))
    return st.selectbox(t("journey"), list(journeys), format_func=journeys.get, key="journey", width=320,
                        on_change=workspace.remember, args=("journey",), label_visibility="collapsed")


def view_choice() -> str:
    """The view picker; the choice is kept in the workspace settings."""
    state.choice("view", VIEWS, state.SETTINGS["view"])
    st.segmented_control(t("view"), VIEWS, format_func=lambda v: t(f"view_{v}"), key="view", required=True,
                         on_change=workspace.remember, args=("view",), label_visibility="collapsed")
    return st.session_state["view"]


def quiet(ref: str | None) -> None:
    """Select ``ref`` as marked but not highlighted: the rest of the picture keeps its colours (an element just
    added, which the side form can refine); a selection made in the picture highlights as usual."""
    st.session_state[QUIET] = ref


def _on_select(key: str) -> None:
    state = st.session_state.get(key)
    ref = state.get("select") if hasattr(state, "get") else None
    if isinstance(ref, str):
        workspace.put("selected", ref or None)
        st.session_state.pop(QUIET, None)


def show(src: Source, view: str, journey: str | None, selected: str | None = None, phone: bool = False) -> bool:
    """The picture of ``src``, updated in place (``phone``: the phone composition); False (with a friendly
    message) when drawing fails."""
    try:
        data = drawing(src, view, journey, lang(), phone)
        alt = t("picture_alt", title=load(src).vision.titel)
        data = data | {"selected": selected, "fade": selected != st.session_state.get(QUIET), "colours": colours(src),
                       "alt": alt}
    except Exception:  # noqa: BLE001 - an engine failure must never show a stack trace
        st.warning(t("render_failed"))
        return False
    svgview.show(data, key=KEY, on_select=partial(_on_select, KEY))
    return True

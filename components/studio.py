"""The studio page: toolbar, modes, workbench (editor, picture, side panel). Run by app.py."""

from __future__ import annotations

import gc
import logging
from contextlib import contextmanager

import streamlit as st

from praatplaat.model import slug

from . import (
    details,
    editor,
    export_panel,
    forms,
    gallery,
    huisstijl,
    krant_panel,
    picture,
    projector,
    quickadd,
    room,
    share,
    start,
    state,
    style,
    vergelijk,
    viewport,
    workspace,
)
from .i18n import LANGS, t

MODES = ("edit", "forms", "gallery", "room", "compare", "krant")
PROBE = "probe-window"  # measures the window and the page's width, for the editor's height and the columns
PICTURE_MIN_PX = 700  # the picture stays readable beside the editor or the forms, also at 1280×720
GAP_PX = 16  # st.columns(gap="small")
PROJECT_KEY = "Alt+P"  # works from a text field too; a single letter would also fire on speech input (WCAG 2.1.4)
# The column left of the picture (share of the page's width, at least, at most) and the details beside it.
LEFT_PX = {"edit": (0.28, 340, 560), "forms": (0.34, 500, 640)}
DETAILS_PX = (0.2, 280, 400)
STACKED_PX = 640  # on a page narrower than this Streamlit stacks the columns: each takes the whole width
log = logging.getLogger("praatplaat.app")


@contextmanager
def friendly():
    """Show a plain message instead of a stack trace when a part of the page fails."""
    try:
        yield
    except Exception:  # noqa: BLE001 - users never see stack traces; the log keeps the details
        log.exception("studio panel failed")
        st.error(t("unexpected"))


@st.cache_resource(show_spinner=False)
def settle_heap() -> bool:
    """Once per server process, with Streamlit's and the studio's modules loaded: keep their long-lived objects
    out of Python's full garbage collections (``gc.freeze``). Such a collection stalls whatever runs, a key press
    now and then; measured in the keystroke bench it took ~0.2 s, and ~0.09 s with the freeze (see also
    .streamlit/config.toml)."""
    gc.freeze()
    return True


def _project() -> None:
    st.session_state["projecting"] = True


def toolbar(ws: workspace.Workspace, result, src, view: str, journey: str | None) -> None:
    """One row: modes, projector, undo/redo, download, export, house style, language."""
    st.session_state["toolbar_drawn"] = _toolbar_facts(ws)
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        st.segmented_control(t("mode"), MODES, format_func=lambda m: t(f"mode_{m}"), key="mode", required=True,
                             on_change=workspace.remember, args=("mode",), label_visibility="collapsed")
        st.button(t("projector"), on_click=_project, key="project", icon=":material/slideshow:",
                  disabled=src is None, help=t("projector_help"), shortcut=PROJECT_KEY)
        st.space("stretch")
        st.button(t("undo"), on_click=workspace.undo, disabled=not ws.can_undo, key="undo", icon=":material/undo:")
        st.button(t("redo"), on_click=workspace.redo, disabled=not ws.can_redo, key="redo", icon=":material/redo:")
        title = result.vision.titel if result.ok else (picture.load(src).vision.titel if src else "praatplaat")
        st.download_button("YAML", lambda: ws.text.encode("utf-8"), file_name=f"{slug(title)}.yaml",
                           help=t("download_yaml"), mime="application/x-yaml", on_click="ignore",
                           key="download-yaml", icon=":material/download:", disabled=not ws.text.strip())
        with st.popover(t("export"), icon=":material/ios_share:", key="pop-export"), friendly():
            export_panel.show(src, result.ok, view, journey)
        with st.popover(t("huisstijl"), icon=":material/palette:", key="pop-huisstijl"), friendly():
            huisstijl.show(ws.text)
        with st.popover(t("share"), icon=":material/share:", key="pop-share"), friendly():
            share.panel(ws)
        st.segmented_control(t("language"), list(LANGS), format_func=str.upper, key="lang", required=True,
                             on_change=workspace.remember, args=("lang",), label_visibility="collapsed")


def _toolbar_facts(ws: workspace.Workspace) -> tuple[bool, bool, bool]:
    """What the page outside the workbench shows that an edit inside it can change: whether undo and redo
    can be used, and how the saving stands (the footer).

    (The export panel reads the view when its button is clicked, which reruns the whole page.)
    """
    return ws.can_undo, ws.can_redo, ws.status


def side_panel(vision) -> None:
    """Beside or under the picture: the selected element and its side form."""
    details.show(vision, st.session_state.get("selected"))


@st.fragment
def capture_bar(ws: workspace.Workspace, mode: str) -> None:
    """The always-visible quick capture line ("Snel toevoegen") above the workbench, in its own fragment: a key
    press in the editor does not redraw it (that costs the picture time).

    After an add, the editor on the sync websocket gets the change and reports it, which reruns the workbench
    (picture, selection, the editor's reveal) as any edit does; without such an editor (the forms) the page is
    redrawn.
    """
    if quickadd.added() and not (mode == "edit" and ws.joined):
        st.rerun(scope="app")
    quickadd.forget()
    _, src = picture.good(ws)
    quickadd.show(picture.load(src).vision if src else None)


def _share(width: int, share: float, least: int, most: int) -> float:
    return min(most, max(least, share * width))


def columns(mode: str, width: int) -> tuple[list[float], bool]:
    """The workbench's column widths (px, as st.columns weights) on a page ``width`` px wide, and whether the
    details go beside the picture; when that would leave the picture narrower than PICTURE_MIN_PX, they go under
    it. Picture first: the editor or the forms keep a fixed share, the picture takes the rest. On a narrow page
    (a phone) the columns stack, editor above picture."""
    if width < STACKED_PX:
        return [1, 1], False
    left = _share(width, *LEFT_PX[mode])
    picture = width - left - GAP_PX
    details = _share(width, *DETAILS_PX)
    if picture - details - GAP_PX >= PICTURE_MIN_PX:
        return [left, picture - details - GAP_PX, details], True
    return [left, picture], False


@st.fragment
def workbench(ws: workspace.Workspace, mode: str, window: dict, view: str) -> None:
    """Editor (or forms), picture and side panel: a keystroke or a click reruns only this part.

    When an edit changed what is drawn outside it (undo or redo became (un)available, a journey the quick capture
    line offers), the whole page reruns.
    """
    editor.sync()
    # The picture is drawn first, so its update reaches the browser before the editor's and the panel's (the
    # typing itself is saved by the sync websocket, not by this run).
    result, src = picture.good(ws)
    vision = picture.load(src).vision if src else None
    widths, beside = columns(mode, window["width"])
    left, middle, *right = st.columns(widths, gap="small")
    with middle, friendly():
        journey = picture.journey_choice(vision) if vision is not None and view == "reis" else None
        if vision is not None:
            picture.show(src, view, journey, st.session_state.get("selected"))
    if st.session_state.get("toolbar_drawn") != _toolbar_facts(ws):
        st.rerun(scope="app")
    if quickadd.outdated(vision):  # e.g. a journey was named: the quick capture line offers a step in it
        st.rerun(scope="app")
    with right[0] if beside else middle, friendly():
        if mode == "edit" and not ws.text.strip():
            st.info(t("empty_workspace"))
        if vision is not None:
            side_panel(vision)
    with left, friendly():
        if mode == "edit":  # the editor alone, so it never moves in the page tree (and keeps its focus)
            editor.show(ws.text, editor.lines_for(window["height"]), result, vision)
            return
        with st.empty().container():  # one fixed slot, so the forms below never move in the page tree
            if not ws.text.strip():
                st.info(t("empty_workspace"))
            else:
                editor.show_errors(result, showing_last_good=src is not None)
        forms.show(ws.text)
        editor.show_warnings(result)


def main() -> None:
    settle_heap()
    st.set_page_config(page_title="Praatplaat studio", page_icon=style.favicon(), layout="wide")
    state.init()
    style.inject()
    start.browser_id()
    if share.requested():
        share.page()
        return
    if workspace.opened() is None:
        start.show()
        return
    ws = workspace.current()
    state.seed_settings(ws.settings)
    # The page's always-set choices, before anything is drawn with them (the toolbar's export panel uses the view)
    mode = state.choice("mode", MODES, "edit" if ws.text.strip() else "gallery")
    view = state.choice("view", picture.VIEWS, state.SETTINGS["view"])
    state.choice("lang", LANGS, state.SETTINGS["lang"])
    editor.sync()
    result, src = picture.good(ws)
    if st.session_state["projecting"] and src is not None:
        style.projecting()
        with friendly():
            projector.show(src)
        return
    st.session_state["projecting"] = False
    journey = st.session_state.get("journey") if view == "reis" else None
    vision = picture.load(src).vision if src else None
    if room.full_view():
        room.show(ws, vision)
        workspace.watch()
        return
    with friendly():
        toolbar(ws, result, src, view, journey)
    with st.empty().container():  # one fixed slot: what the studio shows below keeps its place (and its focus)
        workspace.messages()
    if mode == "room":
        with friendly():
            room.show(ws, vision)
    elif mode == "gallery":
        with friendly():
            gallery.show()
    elif mode == "krant":
        with friendly():
            krant_panel.show(result, src)
    elif mode == "compare":
        with friendly():
            vergelijk.show()
    else:
        # Above the workbench, so a key press does not redraw them: quick capture, and the view of the picture
        # (choosing one redraws the page).
        with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
            with friendly():
                capture_bar(ws, mode)
            view = picture.view_choice()
        workbench(ws, mode, viewport.measured(PROBE), view)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.caption(f"{workspace.status_line(ws)} {t('workspace_id', id=ws.id)}")
        viewport.size(PROBE)  # outside the workbench, so a key press does not redraw it; a new size redraws the page
        st.button(t("start_to_list"), key="to-list", on_click=workspace.leave, type="tertiary",
                  icon=":material/folder_open:")
    workspace.watch(editor_shown=mode == "edit")


def run() -> None:
    """The page script: the studio (the participant page /meedoen is web/meedoen.py, no Streamlit session)."""
    st.navigation([st.Page(main, title="Praatplaat studio", default=True)], position="hidden").run()

"""Praatplaat studio: write a service vision, see the talking picture, export it. `streamlit run app.py`."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import streamlit as st

from components import (
    details,
    editor,
    export_panel,
    forms,
    gallery,
    huisstijl,
    krant_panel,
    picture,
    presenter,
    style,
    viewport,
    workspace,
)
from components.i18n import LANGS, t
from praatplaat.model import slug

MODES = ("edit", "forms", "gallery", "present", "krant")
log = logging.getLogger("praatplaat.app")


@contextmanager
def friendly():
    """Show a plain message instead of a stack trace when a part of the page fails."""
    try:
        yield
    except Exception:  # noqa: BLE001 - users never see stack traces; the log keeps the details
        log.exception("studio panel failed")
        st.error(t("unexpected"))


def toolbar(ws: workspace.Workspace, result, src, view: str, journey: str | None) -> None:
    """One row: modes, undo/redo, download, export, house style, language."""
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        st.segmented_control(t("mode"), MODES, format_func=lambda m: t(f"mode_{m}"), key="mode", required=True,
                             on_change=workspace.remember, args=("mode",), label_visibility="collapsed")
        st.space("stretch")
        st.button(t("undo"), on_click=workspace.undo, disabled=not ws.undo_stack, key="undo", icon=":material/undo:")
        st.button(t("redo"), on_click=workspace.redo, disabled=not ws.redo_stack, key="redo", icon=":material/redo:")
        title = result.vision.titel if result.ok else (picture.load(src).vision.titel if src else "praatplaat")
        st.download_button("YAML", ws.text.encode("utf-8"), file_name=f"{slug(title)}.yaml", help=t("download_yaml"),
                           mime="application/x-yaml", on_click="ignore", key="download-yaml",
                           icon=":material/download:", disabled=not ws.text.strip())
        with st.popover(t("export"), icon=":material/ios_share:", key="pop-export"), friendly():
            export_panel.show(src, result.ok, view, journey)
        with st.popover(t("huisstijl"), icon=":material/palette:", key="pop-huisstijl"), friendly():
            huisstijl.show(ws.text)
        st.segmented_control(t("language"), list(LANGS), format_func=str.upper, key="lang", required=True,
                             on_change=workspace.remember, args=("lang",), label_visibility="collapsed")


def picture_panel(src, view: str, journey: str | None, width: int) -> None:
    """The clickable picture and the details of the selection."""
    vision = picture.load(src).vision
    selected = st.session_state.get("selected")
    if picture.show(src, view, journey, width, key=f"chart-{view}", selected=selected):
        details.show(vision, selected)


def main() -> None:
    st.set_page_config(page_title="Praatplaat studio", page_icon=style.favicon(), layout="wide")
    style.inject()
    ws = workspace.current()
    workspace.seed_settings()
    editor.sync()
    result, src = picture.good(ws)
    if st.session_state.get("mode") not in MODES:
        st.session_state["mode"] = "edit" if ws.text.strip() else "gallery"

    toolbar_slot = st.container()
    mode = st.session_state["mode"]
    view, journey = st.session_state.get("view", "overzicht"), None
    vision = picture.load(src).vision if src else None

    if mode == "gallery":
        with friendly():
            gallery.show()
    elif mode == "krant":
        with friendly():
            krant_panel.show(result, src)
    elif mode == "present":
        with friendly():
            if vision is None:
                st.info(t("nothing_to_present"))
            else:
                size = viewport.size("probe-present")
                presenter.show(src, vision, size["width"], size["height"])
    else:
        left, right = st.columns([5, 7], gap="medium")
        with right:
            size = viewport.size("probe-edit")
        with left, friendly():
            with st.empty().container():  # one fixed slot, so the editor below never moves in the page tree
                if not ws.text.strip():
                    st.info(t("empty_workspace"))
                else:
                    editor.show_errors(result, showing_last_good=src is not None)
            if mode == "edit":
                editor.show(ws.text, editor.lines_for(size["height"]))
            else:
                forms.show(ws.text)
            editor.show_warnings(result)
        with right, friendly():
            with st.container(horizontal=True, vertical_alignment="center"):
                view = picture.view_choice()
                journey = picture.journey_choice(vision) if vision is not None and view == "reis" else None
            if vision is not None:
                picture_panel(src, view, journey, size["width"])
    with toolbar_slot, friendly():
        toolbar(ws, result, src, view, journey)
    st.caption(f"{t('autosaved')} {t('workspace_id', id=ws.id)}")


main()

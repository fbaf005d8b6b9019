"""The start page: this browser's recent workspaces (no login) and the gallery of examples.

The browser is known by a random id kept in its localStorage (``praatplaat-browser``) and
reported by a tiny components-v2 component; the store keeps each browser's list. Clearing the
browser's storage gives a new, empty list (the workspaces themselves stay reachable by link).
"""

from __future__ import annotations

import streamlit as st

import store

from . import gallery, state, workspace
from .i18n import LANGS, t
from .markdown import esc

THUMB_WIDTH = 220
_JS = """
export default function (component) {
  const { setStateValue } = component;
  const KEY = "praatplaat-browser";
  let id = null;
  try { id = window.localStorage.getItem(KEY); } catch (e) { id = null; }
  if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    id = btoa(String.fromCharCode(...bytes)).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
    try { window.localStorage.setItem(KEY, id); } catch (e) { /* private mode: a new list per visit */ }
  }
  setStateValue("id", id);
}
"""

_probe = st.components.v2.component("praatplaat_browser_id", js=_JS)


def browser_id() -> str | None:
    """Read this browser's id once per session (None until the browser has reported it).

    The probe sits in a slot that stays when it is gone: everything after it keeps its place in the page, so no
    element below (the editor) is mounted anew when the id has arrived.
    """
    slot = st.empty()
    if workspace.browser():
        return workspace.browser()
    with slot:
        result = _probe(key="browser-id", on_id_change=lambda: None, default={"id": None})
    value = getattr(result, "id", None)
    if store.is_id(value):
        st.session_state["browser_id"] = value
        ws = st.session_state.get("workspace")
        if ws is not None and ws.stored:
            workspace.db().touch(value, ws.id)
    return workspace.browser()


@st.cache_data(max_entries=64, show_spinner=False)
def thumbnail(text: str) -> bytes | None:
    """A small PNG of a vision text (None when it is not valid)."""
    from praatplaat.export import export
    from praatplaat.load import load_text

    result = load_text(text, "praatplaat.yaml")
    if not result.ok:
        return None
    try:
        return export(result.vision, "png", scale=gallery.THUMB_SCALE)
    except Exception:  # noqa: BLE001 - a missing thumbnail must not block the list
        return None


def _open(ws_id: str) -> None:
    st.session_state.pop("workspace", None)
    st.query_params["ws"] = ws_id
    workspace.put("mode", "edit")


def _copy(ws_id: str) -> None:
    try:
        new = workspace.db().copy(ws_id, browser=workspace.browser() or "", session=workspace.tab_id())
    except store.StoreError:
        st.session_state["flash"] = ("error", t("unexpected"))
        return
    _open(new)


def _delete(ws_id: str, title: str) -> None:
    workspace.db().delete(ws_id, browser=workspace.browser() or "")
    st.session_state["flash"] = ("success", t("start_deleted", title=title))


def _when(moment) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def recent_list() -> None:
    """Cards of this browser's workspaces with open / open a copy / delete."""
    bid = workspace.browser()
    items = workspace.db().recent(bid) if bid else []
    if not items:
        st.info(t("start_none"))
        return
    for start in range(0, len(items), gallery.COLUMNS):
        row = items[start:start + gallery.COLUMNS]
        for column, item in zip(st.columns(gallery.COLUMNS), row, strict=False):
            with column, st.container(border=True, key=f"recent-{item.id}"):
                image = thumbnail(item.text)
                if image:
                    st.image(image, width="stretch")
                title = item.title or t("start_untitled")
                st.markdown(f"**{esc(title)}**")
                st.caption(f"{esc(item.organisation)}  \n{t('start_changed', when=_when(item.updated_at))}")
                with st.container(horizontal=True, gap="small"):
                    st.button(t("start_open"), key=f"open-ws-{item.id}", on_click=_open, args=(item.id,),
                              type="primary")
                    st.button(t("start_copy"), key=f"copy-ws-{item.id}", on_click=_copy, args=(item.id,))
                    with st.popover(t("start_delete"), key=f"pop-del-{item.id}"):
                        st.button(t("start_delete_confirm"), key=f"del-ws-{item.id}", on_click=_delete,
                                  args=(item.id, title), type="primary")


def show() -> None:
    """The page shown without ``?ws=``: recent work first, then the examples."""
    with st.container(horizontal=True, vertical_alignment="center"):
        st.title(t("start_title"))
        st.space("stretch")
        state.choice("lang", LANGS, state.SETTINGS["lang"])
        st.segmented_control(t("language"), list(LANGS), format_func=str.upper, key="lang", required=True,
                             label_visibility="collapsed")
    if st.query_params.get("ws"):
        st.warning(t("ws_not_found"))
    st.caption(t("start_intro"))
    recent_list()
    st.divider()
    gallery.show()

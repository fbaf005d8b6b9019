"""Links to a workspace: the editing link (the ``?ws=`` secret) and a revocable read-only link (``?lees=``), with
the published picture (``/plaat/<token>``, live.published) and its ``<iframe>`` snippet.

The read-only page shows the picture, its details and the exports; it never shows the editing
id and writes nothing to the store.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import streamlit as st

from live import published

from . import details, export_panel, picture, viewport, workspace
from .i18n import t

PROBE = "probe-shared"  # measures the window of the read-only page
PHONE_PX = 600  # narrower windows get the phone composition


def app_url() -> str:
    """The app's base URL as the browser sees it, ending in '/' (page names and queries dropped)."""
    parts = urlsplit(st.context.url or "")
    path = parts.path.removesuffix("meedoen")
    return urlunsplit((parts.scheme, parts.netloc, path if path.endswith("/") else f"{path}/", "", ""))


def ws_title(ws: workspace.Workspace) -> str:
    result = picture.current(ws)
    return result.vision.titel if result.ok else "praatplaat"


def _make(ws_id: str) -> None:
    workspace.db().share(ws_id)


def _revoke(ws_id: str) -> None:
    workspace.db().revoke_share(ws_id)
    workspace.docs().revoke_readers(ws_id)  # live viewers on this process now; on others within seconds
    st.session_state["share_revoked"] = True


def panel(ws: workspace.Workspace) -> None:
    """The owner's share panel: the editing link, and the read-only link made or revoked."""
    if not ws.stored:
        st.caption(t("empty_workspace"))
        return
    st.caption(t("share_edit_link"))
    st.code(f"{app_url()}?ws={ws.id}", language=None)
    token = workspace.db().share_token(ws.id)
    st.caption(t("share_read_link"))
    if token:
        st.code(f"{app_url()}?lees={token}", language=None)
        st.caption(t("share_published"))
        st.code(f"{app_url()}plaat/{token}", language=None)
        st.caption(t("share_embed"))
        st.code(published.snippet(f"{app_url()}plaat/{token}", t("picture_alt", title=ws_title(ws))), language="html")
        st.button(t("share_revoke"), key="share-revoke", on_click=_revoke, args=(ws.id,), icon=":material/link_off:")
    else:
        if st.session_state.pop("share_revoked", False):
            st.success(t("share_revoked"))
        st.button(t("share_make"), key="share-make", on_click=_make, args=(ws.id,), type="primary",
                  icon=":material/link:")


def requested() -> bool:
    return "lees" in st.query_params


@st.fragment(run_every=2.0)
def follow(ws_id: str, version: int) -> None:
    """Every two seconds: redraw the page when the shared document changed (a read-only view follows live)."""
    try:
        changed = workspace.docs().state(ws_id).version != version
    except Exception:  # noqa: BLE001 - the database is unreachable: try again
        return
    if changed:
        st.rerun(scope="app")


def page() -> None:
    """The read-only view of a shared workspace: picture, details, exports; no editing."""
    token = st.query_params.get("lees", "")
    ws_id = workspace.db().by_share_token(token) if isinstance(token, str) else None
    state = workspace.db().get(ws_id) if ws_id else None
    if state is None:
        st.error(t("share_invalid"))
        return
    ws = workspace.Workspace.from_state(state)  # read-only: never put in the session
    try:
        doc = workspace.docs().state(ws.id)  # the shared document as it is now (others may be typing)
        ws.text = doc.text
        follow(ws.id, doc.version)
    except Exception:  # noqa: BLE001 - the database is unreachable: the last snapshot is shown
        pass
    result = picture.current(ws)
    st.info(t("share_readonly"))
    if not result.ok:
        st.warning(t("no_picture_yet"))
        return
    src = picture.source(ws, ws.text)
    with st.container(horizontal=True, vertical_alignment="center"):
        view = picture.view_choice()
        vision = result.vision
        journey = picture.journey_choice(vision) if view == "reis" else None
        with st.popover(t("export"), icon=":material/ios_share:", key="pop-export-shared"):
            export_panel.show(src, True, view, journey)
    selected = st.session_state.get("selected")
    phone = viewport.size(PROBE)["width"] < PHONE_PX  # a phone: the phone composition, details below it
    if phone:
        shown = picture.show(src, view, journey, selected, phone=True)
        if shown:
            details.show(vision, selected, read_only=True)
        return
    left, right = st.columns([7, 3], gap="medium")
    with left:
        shown = picture.show(src, view, journey, selected)
    if shown:
        with right:
            details.show(vision, selected, read_only=True)


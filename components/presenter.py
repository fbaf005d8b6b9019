"""Presentation mode: the picture full width, one principle or one journey step at a time.

The current element is the session's selection, so clicking a principle or step in the picture
jumps there, and the position survives a reload.
"""

from __future__ import annotations

import html

import streamlit as st

from . import picture, workspace
from .details import element
from .i18n import t

RESERVED_HEIGHT = 260  # px above the picture: toolbar, navigation and the large text


def sequences(vision) -> dict[str, tuple[str, str, str | None, list[str]]]:
    """What can be presented: id -> (label, view, journey, element refs in order)."""
    out = {"principes": (t("present_principles"), "overzicht", None, [f"principe:{p.id}" for p in vision.principes])}
    for r in vision.klantreizen:
        out[f"reis:{r.id}"] = (t("present_journey", name=r.naam), "reis", r.id,
                               [f"stap:{r.id}/{i + 1}" for i in range(len(r.stappen))])
    return out


def _go(ref: str) -> None:
    workspace.put("selected", ref)


def _first_text(item) -> str:
    for _label, value in item.fields:
        if isinstance(value, str) and value and _label in ("f_uitleg", "f_toelichting"):
            return value
    return ""


def show(src: picture.Source, vision, width: int, height: int) -> None:
    options = sequences(vision)
    if st.session_state.get("present-what") not in options:
        st.session_state["present-what"] = "principes"
    with st.container(horizontal=True, vertical_alignment="bottom"):
        what = st.selectbox(t("present_what"), list(options), format_func=lambda k: options[k][0], key="present-what",
                            width=380)
        _label, view, journey, refs = options[what]
        current = st.session_state.get("selected")
        index = refs.index(current) if current in refs else 0
        st.space("stretch")
        st.button(t("previous"), key="present-prev", on_click=_go, args=(refs[max(0, index - 1)],),
                  disabled=index == 0, shortcut="Left", icon=":material/arrow_back:")
        st.markdown(f"**{t('position', n=index + 1, total=len(refs))}**", width="content")
        st.button(t("next"), key="present-next", on_click=_go, args=(refs[min(len(refs) - 1, index + 1)],),
                  disabled=index == len(refs) - 1, shortcut="Right", icon=":material/arrow_forward:",
                  type="primary")
    if current != refs[index]:
        workspace.put("selected", refs[index])
    item = element(vision, refs[index])
    body = _first_text(item) if item else ""
    st.markdown(
        f'<div class="pp-present"><div class="pp-present-title">{html.escape(item.title if item else "")}</div>'
        f'<div class="pp-present-body">{html.escape(body)}</div></div>',
        unsafe_allow_html=True,
    )
    fit = min(width, int((height - RESERVED_HEIGHT) * 16 / 9))
    with st.container(horizontal_alignment="center"):
        picture.show(src, view, journey, max(480, fit), key="present-chart", selected=refs[index])
    st.caption(t("keys_hint"))

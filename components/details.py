"""The panel beside the picture: the selected element's form (or, while the text cannot be edited, its
description: praatplaat.describe, as in the HTML export), what is linked to it, and the undo offer after a delete."""

from __future__ import annotations

import streamlit as st

from praatplaat.basis import AANGEPAST, EIGEN, OVERGENOMEN, herkomst_of
from praatplaat.compare import seen_before
from praatplaat.describe import Field, describe
from praatplaat.ref import Ref
from praatplaat.words import table

from . import element_form, workspace
from .i18n import lang, t
from .markdown import esc

SHAPE = {OVERGENOMEN: "●", AANGEPAST: "◆", EIGEN: "■"}  # the picture's marks: circle, diamond, square


def _select(ref: str | None) -> None:
    workspace.put("selected", ref)


def _open_journey(journey_id: str) -> None:
    workspace.put("view", "reis")
    workspace.put("journey", journey_id)


def _hints(vision) -> None:
    """'Seen it before' for the whole vision (e.g. a principle just typed in the editor): each own principle
    that repeats an inherited one, with a button that selects it (its form offers to take the base's over)."""
    for p in vision.principes:
        origin = herkomst_of(vision.herkomst, "principe", p.id) if vision.basis else None
        hint = seen_before(vision, p.naam, p.uitleg or "", p.id) if origin and origin.status == EIGEN else None
        if hint is not None:
            st.button(esc(t("hint_row", naam=p.naam, base=hint.naam, bron=hint.bron)), key=f"hint-{p.id}",
                      on_click=_select, args=(str(Ref("principe", p.id)),), icon=":material/merge:", type="tertiary")


def _field(f: Field) -> None:
    """One field of the description, labelled as in the HTML export's details (prose and bullets without)."""
    if f.style == "prose":
        st.markdown(esc(f.value))
    elif isinstance(f.value, list):
        label = "" if f.style == "bullets" else f"**{esc(f.label)}**\n\n"
        st.markdown(label + "\n".join(f"- {esc(v)}" for v in f.value))
    else:
        st.markdown(f"**{esc(f.label)}:** {esc(f.value)}")


def show(vision, ref: str | None, read_only: bool = False) -> None:
    """The panel for ``ref``, or a hint how to select something; ``read_only`` (a share link) never edits."""
    if not read_only:
        element_form.undo_notice()
    item = describe(vision, ref, lang()) if ref else None
    if item is None:
        st.caption(t("click_hint"))
        if not read_only:
            _hints(vision)
        return
    editable = not read_only and element_form.editable()
    parsed = Ref.parse(ref)
    origin = herkomst_of(vision.herkomst, parsed.kind, parsed.id) if vision.basis else None
    with st.container(border=True, key="details"):
        st.caption(item.kind_word.upper())
        st.markdown(f"**{esc(item.title)}**")
        if origin is not None:  # the description's origin, with the picture's mark
            letter = table("herkomst_letter", lang())[origin.status]
            st.caption(esc(f"{SHAPE[origin.status]} {letter} · {item.get('herkomst').value}"), help=t("side_basis"))
        if not read_only:
            element_form.show(vision, ref, editable)
        if not editable:
            for f in item.fields:
                if f.key != "herkomst":
                    _field(f)
        if item.links:
            st.markdown(f"**{t('linked')}**")
            kinds = table("kind", lang())
            for other, name in item.links:
                st.button(esc(f"{kinds[Ref.parse(other).kind]}: {name}"), key=f"link-{other}",
                          on_click=_select, args=(other,), type="tertiary")
        with st.container(horizontal=True, gap="small"):
            if item.journey and st.session_state.get("view") != "reis":
                st.button(t("open_journey"), on_click=_open_journey, args=(item.journey,), key="open-journey")
            st.button(t("clear_selection"), on_click=_select, args=(None,), key="clear-selection", shortcut="Esc")

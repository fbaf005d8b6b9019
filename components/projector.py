"""Projector mode: the picture and a caption band beside it, filling the window, one element at a time in large type
(the caption never covers the picture).

The slides are the vision, the principles, every journey's steps and the agenda, in reading order.
The browser holds all pictures they need and steps through them itself (components.svgview), so
←/→, space and a clicker's PageUp/PageDown work at once, whatever has focus, without a server round
trip. The current slide lives in the browser: it stays while projecting and never becomes the edit
mode's selection. Esc leaves.
"""

from __future__ import annotations

import streamlit as st

from praatplaat.ref import Ref
from praatplaat.words import table

from . import picture, svgview
from .i18n import lang, t

KEY = "projector"


def slides(src: picture.Source, language: str) -> tuple[list[dict], dict[str, dict]]:
    """(slides, pictures): each slide {'ref', 'pic', 'where', 'title', 'body'}; pictures by 'pic' key."""
    vision = picture.load(src).vision
    overview = picture.drawing(src, "overzicht", None, language)
    pictures = {"overzicht": overview}

    def run(pic: str, spots: dict, kind: str, where) -> list[dict]:
        refs = [ref for ref in spots if Ref.parse(ref).kind == kind]
        return [{"ref": ref, "pic": pic, "where": where(n + 1, len(refs)), "title": spots[ref][0],
                 "body": spots[ref][1]} for n, ref in enumerate(refs)]

    kinds = table("kind", language)

    def counted(kind: str):
        return lambda n, total: f"{kinds[kind]} · {t('position', n=n, total=total)}"

    out = run("overzicht", overview["spots"], "visie", lambda n, total: kinds["visie"])
    out += run("overzicht", overview["spots"], "principe", counted("principe"))
    for reis in vision.klantreizen:
        pic = f"reis:{reis.id}"
        pictures[pic] = picture.drawing(src, "reis", reis.id, language)
        out += run(pic, pictures[pic]["spots"], "stap",
                   lambda n, total, name=reis.naam: f"{name} · {t('step_of', n=n, total=total)}")
    spots, total = overview["spots"], len(vision.agenda)
    for n, punt in enumerate(vision.agenda):  # the overview may show only some of them ("+2 meer")
        ref = str(Ref("agenda", punt.id))
        title, body = spots[ref][:2] if ref in spots else (punt.naam, " · ".join(
            x for x in (punt.wanneer, t(f"status_{punt.status}")) if x))
        out.append({"ref": ref, "pic": "overzicht", "where": counted("agenda")(n + 1, total), "title": title,
                    "body": body})
    return out, pictures


def _leave() -> None:
    st.session_state["projecting"] = False


def show(src: picture.Source) -> None:
    """The projector, covering the window; starts at the edit mode's selection when it is a slide."""
    language = lang()
    items, pictures = slides(src, language)
    if not items:
        st.info(t("nothing_to_present"))
        st.button(t("projector_leave"), on_click=_leave, key="projector-leave")
        return
    data = {
        "projector": {"slides": items, "pictures": pictures, "start": st.session_state.get("selected"),
                      "keys": t("projector_keys"), "leave": t("projector_leave")},
        "colours": picture.colours(src),
        "alt": t("picture_alt", title=picture.load(src).vision.titel),
    }
    svgview.show(data, key=KEY, on_leave=_leave)

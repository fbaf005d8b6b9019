"""The panel beside the picture: the selected element's form (or its details while the text cannot be
edited), what is linked to it, and the undo offer after a delete."""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from praatplaat.basis import AANGEPAST, EIGEN, OVERGENOMEN, herkomst_of, herkomst_text
from praatplaat.compare import seen_before
from praatplaat.layout.common import beleving_label
from praatplaat.links import links, step_id, verhaal_id
from praatplaat.words import table

from . import element_form, workspace
from .i18n import lang, t
from .markdown import esc

SHAPE = {OVERGENOMEN: "●", AANGEPAST: "◆", EIGEN: "■"}  # the picture's marks: circle, diamond, square


@dataclass
class Element:
    """What the panel shows of one element: a title and labelled fields."""

    kind: str
    title: str
    fields: list[tuple[str, str | list[str]]] = field(default_factory=list)
    journey: str | None = None  # the journey to open, for journeys and steps


def _names(vision) -> dict[str, str]:
    """Display name of every element ref."""
    names = {f"principe:{p.id}": p.naam for p in vision.principes}
    names |= {f"kanaal:{k.id}": k.naam for k in vision.kanalen}
    names |= {f"doelgroep:{d.id}": d.naam for d in vision.doelgroepen}
    names |= {f"agenda:{a.id}": a.naam for a in vision.agenda}
    for reis in vision.klantreizen:
        names[f"klantreis:{reis.id}"] = reis.naam
        for i, stap in enumerate(reis.stappen):
            names[f"stap:{step_id(reis.id, i)}"] = f"{reis.naam} · {i + 1}. {stap.naam}"
    for i, verhaal in enumerate(vision.verhalen):
        quote = verhaal.citaat if len(verhaal.citaat) <= 60 else verhaal.citaat[:57] + "…"
        names[f"verhaal:{verhaal_id(i)}"] = f"“{quote}”"
    return names


def element(vision, ref: str) -> Element | None:
    """The element ``ref`` ("kind:id") of ``vision`` as panel content, or None when it is gone."""
    kind, _, ident = ref.partition(":")
    names = _names(vision)

    def ref_names(kind_: str, ids: list[str]) -> list[str]:
        return [names.get(f"{kind_}:{i}", i) for i in ids]

    if kind == "visie":
        return Element(kind, vision.visie.kern or "", [("f_toelichting", vision.visie.toelichting or "")])
    if kind == "fundament" and vision.fundament:
        return Element(kind, vision.fundament.naam, [("f_uitleg", vision.fundament.uitleg or "")])
    if kind == "principe":
        for p in vision.principes:
            if p.id == ident:
                return Element(kind, p.naam, [("f_uitleg", p.uitleg or ""), ("f_voorbeelden", p.voorbeelden)])
    if kind == "kanaal":
        for k in vision.kanalen:
            if k.id == ident:
                return Element(kind, k.naam, [("f_soort", table("soort", lang())[k.soort]),
                                              ("f_bereikbaarheid", k.bereikbaarheid or ""),
                                              ("f_servicenorm", k.servicenorm or "")])
    if kind == "doelgroep":
        for d in vision.doelgroepen:
            if d.id == ident:
                return Element(kind, d.naam, [("f_uitleg", d.uitleg or "")])
    if kind == "klantreis":
        for r in vision.klantreizen:
            if r.id == ident:
                steps = [f"{i + 1}. {s.naam}" for i, s in enumerate(r.stappen)]
                group = names.get(f"doelgroep:{r.doelgroep}", r.doelgroep or "")
                return Element(kind, r.naam, [("f_doelgroep", group), ("f_stappen", steps)], journey=r.id)
    if kind == "stap":
        journey_id, _, number = ident.rpartition("/")
        for r in vision.klantreizen:
            if r.id == journey_id and number.isdigit() and 1 <= int(number) <= len(r.stappen):
                s = r.stappen[int(number) - 1]
                beleving = beleving_label(s.beleving, lang()) if s.beleving is not None else ""
                return Element(kind, s.naam, [
                    ("f_klantreis", f"{r.naam} · {t('step_of', n=number, total=len(r.stappen))}"),
                    ("f_kanaal", names.get(f"kanaal:{s.kanaal}", s.kanaal or "")),
                    ("f_principes", ref_names("principe", s.principes)),
                    ("f_beleving", beleving), ("f_toelichting", s.toelichting or ""),
                ], journey=r.id)
    if kind == "verhaal" and ident.startswith("verhaal-") and ident[8:].isdigit():
        n = int(ident[8:])
        if 1 <= n <= len(vision.verhalen):
            v = vision.verhalen[n - 1]
            principe = names.get(f"principe:{v.principe}", v.principe or "")
            return Element(kind, f"“{v.citaat}”", [("f_wie", v.wie or ""), ("f_principe", principe)])
    if kind == "agenda":
        for a in vision.agenda:
            if a.id == ident:
                return Element(kind, a.naam, [("f_wanneer", a.wanneer or ""), ("f_status", t(f"status_{a.status}")),
                                              ("f_principes", ref_names("principe", a.principes))])
    return None


def linked(vision, ref: str) -> list[tuple[str, str]]:
    """(ref, name) of the elements linked to ``ref``, in a stable order."""
    names = _names(vision)
    order = list(names)
    refs = links(vision).get(ref, set())
    return sorted(((r, names[r]) for r in refs if r in names), key=lambda pair: order.index(pair[0]))


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
                      on_click=_select, args=(f"principe:{p.id}",), icon=":material/merge:", type="tertiary")


def show(vision, ref: str | None, read_only: bool = False) -> None:
    """The panel for ``ref``, or a hint how to select something; ``read_only`` (a share link) never edits."""
    if not read_only:
        element_form.undo_notice()
    item = element(vision, ref) if ref else None
    if item is None:
        st.caption(t("click_hint"))
        if not read_only:
            _hints(vision)
        return
    editable = not read_only and element_form.editable()
    kind, _, ident = ref.partition(":")
    origin = herkomst_of(vision.herkomst, kind, ident) if vision.basis else None
    with st.container(border=True, key="details"):
        st.caption(t(f"kind_{item.kind}").upper())
        st.markdown(f"**{esc(item.title)}**")
        if origin is not None:
            letter = table("herkomst_letter", lang())[origin.status]
            st.caption(esc(f"{SHAPE[origin.status]} {letter} · {herkomst_text(origin, lang())}"), help=t("side_basis"))
        if not read_only:
            element_form.show(vision, ref, editable)
        if not editable:
            for label, value in item.fields:
                if isinstance(value, list):
                    if value:
                        st.markdown(f"**{t(label)}**\n\n" + "\n".join(f"- {esc(v)}" for v in value))
                elif value:
                    st.markdown(f"**{t(label)}:** {esc(value)}")
        related = linked(vision, ref)
        if related:
            st.markdown(f"**{t('linked')}**")
            for other, name in related:
                st.button(esc(f"{t('kind_' + other.partition(':')[0])}: {name}"), key=f"link-{other}",
                          on_click=_select, args=(other,), type="tertiary")
        with st.container(horizontal=True, gap="small"):
            if item.journey and st.session_state.get("view") != "reis":
                st.button(t("open_journey"), on_click=_open_journey, args=(item.journey,), key="open-journey")
            st.button(t("clear_selection"), on_click=_select, args=(None,), key="clear-selection", shortcut="Esc")

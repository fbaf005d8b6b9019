"""Quick capture ("Snel toevoegen"): pick what to add, type one sentence, press Enter.

The new element gets sensible defaults (a channel's kind guessed from its name, a step at the end
of the chosen journey), appears in the picture at once and is selected, so the side form can
refine it. The text field keeps its focus and is emptied for the next entry (what was typed comes back when it
cannot be added): keyboard only.
"""

from __future__ import annotations

import re

import streamlit as st

from praatplaat import yamledit
from praatplaat.model import slug

from . import element_form, picture, workspace
from .i18n import t

WHAT = "qa-what"
TEXT = "qa-text"
PROBLEM = "qa-problem"  # why the last sentence was not added, shown once
ADDED = "qa-added"
KIND = "qa-kind"  # the kind chosen last
DRAWN = "qa-drawn"  # the signature of the vision the line was drawn for
KINDS = ("principe", "kanaal", "verhaal", "agenda")
_SECTIONS = {"principe": "principes", "kanaal": "kanalen", "verhaal": "verhalen", "agenda": "agenda"}
SOORT_WORDS = (  # first match wins; else "online"
    ("video", ("video", "beeldbellen", "beeld bellen")),
    ("telefoon", ("telefoon", "bellen", "bel ", "14 0", "callcenter", "klantcontactcentrum", "kcc", "phone")),
    ("chat", ("chat", "whatsapp", "chatbot")),
    ("email", ("e-mail", "email", "mail")),
    ("sociale-media", ("sociale media", "social", "facebook", "instagram", "twitter", "linkedin", "tiktok")),
    ("thuis", ("thuis", "huisbezoek", "aan huis", "keukentafel", "bezoek")),
    ("post", ("post", "brief", "antwoordnummer")),
    ("balie", ("balie", "loket", "stadswinkel", "servicepunt", "gemeentehuis", "stadhuis", "spreekuur",
               "inloop", "bibliotheek", "wijkcentrum", "afspraak")),
)
NAME_MAX = 160


def guess_soort(name: str) -> str:
    """The channel kind its name suggests ("Balie in het stadhuis" -> "balie"), else "online"."""
    lower = f" {name.lower()} "
    return next((soort for soort, words in SOORT_WORDS if any(w in lower for w in words)), "online")


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``(3)``... when its id is taken."""
    candidate, n = name, 1
    while slug(candidate) in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def item_for(what: str, sentence: str, vision) -> tuple[tuple, dict]:
    """(list path, new item) for one typed sentence; ``what`` is a kind or "stap:<journey id>"."""
    sentence = " ".join(sentence.split())
    if what.startswith("stap:"):
        r = next(i for i, reis in enumerate(vision.klantreizen) if reis.id == what[5:])
        return ("klantreizen", r, "stappen"), {"naam": sentence[:NAME_MAX]}
    section = _SECTIONS[what]
    if what == "verhaal":
        parts = re.split(r"\s+[—–]\s+", sentence)
        quote, who = (" — ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else (sentence, None)
        return (section,), {"citaat": quote.strip("\"'“”„ "), "wie": who}
    name, _, rest = sentence.partition(": ") if what == "principe" else (sentence, "", "")
    taken = {slug(x) for item in getattr(vision, section) for x in (item.id, item.naam)}
    item = {"naam": _unique(name[:NAME_MAX].strip(), taken)}
    if what == "principe" and rest:
        item["uitleg"] = rest
    if what == "kanaal":
        item["soort"] = guess_soort(name)
    return (section,), item


def _refuse(sentence: str, problem: str) -> None:
    """Say why ``sentence`` was not added; the typing comes back."""
    st.session_state[PROBLEM] = problem
    st.session_state[TEXT] = sentence


def _on_add() -> None:
    sentence = (st.session_state.get(TEXT) or "").strip()
    what = st.session_state.get(WHAT) or "principe"
    if not sentence:
        return
    ws = workspace.current()
    current = picture.current(ws)
    if not current.ok:
        _refuse(sentence, t("side_needs_valid"))
        return
    vision = current.vision
    try:
        list_path, item = item_for(what, sentence, vision)
        written = yamledit.written_path(ws.text, vision, list_path) if len(list_path) > 1 else list_path  # a step
        if written is None:
            raise yamledit.EditError("in_base")
        new = yamledit.append(ws.text, written, item)
    except StopIteration:  # the chosen journey is gone meanwhile
        _refuse(sentence, t("side_needs_valid"))
        return
    except yamledit.EditError as error:
        _refuse(sentence, t(f"edit_{error.reason}"))
        return
    items = getattr(vision, list_path[0]) if len(list_path) == 1 else vision.klantreizen[list_path[1]].stappen
    index = len(items)
    added = element_form.commit(new)
    if added is None:
        _refuse(sentence, st.session_state.pop(element_form.PROBLEM, t("side_needs_valid")))
        return
    workspace.put("selected", yamledit.ref_of(added, list_path + (index,)))
    st.session_state[ADDED] = True


def _keep_kind() -> None:
    st.session_state[KIND] = st.session_state.get(WHAT)


def _label(what: str, journeys: dict[str, str]) -> str:
    if what.startswith("stap:"):
        return t("qa_step_in", journey=journeys.get(what[5:], what[5:]))
    return t(f"kind_{what}")


def signature(vision) -> tuple | None:
    """What the line shows of ``vision``: the journeys it offers a step in (None without a picture)."""
    return None if vision is None else tuple((r.id, r.naam) for r in vision.klantreizen)


def outdated(vision) -> bool:
    """Whether the line, drawn outside the workbench, no longer matches ``vision`` (so the page must be redrawn).

    Never when the line was not drawn (``forget``), so a line that failed cannot ask for redraws without end.
    """
    return DRAWN in st.session_state and st.session_state[DRAWN] != signature(vision)


def forget() -> None:
    """Before the line is drawn: it is not drawn yet."""
    st.session_state.pop(DRAWN, None)


def added() -> bool:
    """Whether an element was just added (once): the page is redrawn to show and select it."""
    return bool(st.session_state.pop(ADDED, False))


def show(vision) -> None:
    """The quick capture line for ``vision``, the picture shown (none without one).

    It is drawn above the workbench, in its own fragment, so a key press in the editor never redraws it; the
    studio redraws it when ``outdated``. An element can only be added while the text is valid: else the line
    says so and keeps the typing.
    """
    st.session_state[DRAWN] = signature(vision)
    if vision is None:
        return
    journeys = {r.id: r.naam for r in vision.klantreizen}
    options = [*KINDS, *(f"stap:{r}" for r in journeys)]
    # The choice is kept apart from the widget: Streamlit forgets a choice whose label changed (a journey renamed).
    st.session_state[WHAT] = st.session_state.get(KIND) if st.session_state.get(KIND) in options else "principe"
    # The browser empties the line itself on submit (clear_on_submit): a value emptied by the server could be
    # overwritten by the old one when another rerun was already on its way. The choice stays outside the form.
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key="quickadd-line"):
        st.markdown(f"**{t('qa_title')}**", width="content")
        st.selectbox(t("qa_what"), options, key=WHAT, format_func=lambda w: _label(w, journeys), width=200,
                     label_visibility="collapsed", on_change=_keep_kind)
        with st.form("quickadd", border=False, enter_to_submit=True, clear_on_submit=True), \
                st.container(horizontal=True, vertical_alignment="center", gap="small"):
            st.text_input(t("qa_title"), key=TEXT, placeholder=t("qa_placeholder"), label_visibility="collapsed")
            st.form_submit_button(t("qa_add"), on_click=_on_add, icon=":material/add:", key="qa-add")
    problem = st.session_state.pop(PROBLEM, None)
    if problem:  # a toast: a message under the line would push the editor and its problem list down
        st.toast(problem, icon=":material/block:", duration="long")

"""Quick capture ("Snel toevoegen"): pick what to add, type one sentence, press Enter.

Every element of a vision can be captured so, in plain words: the core sentence, the foundation ("naam:
uitleg"), a principle ("naam: uitleg"), a channel (its kind guessed from the name or chosen), a journey ("naam —
doelgroep"), a step in a chosen journey (its emotion chosen with five faces or typed at the end: 😟…😀 or
-2…+2), a quote ("citaat — wie") and an agenda item (year and status at the end: "… 2026 bezig"). The new element
appears in the picture at once and is selected without fading the rest, the editor shows its lines, and the side
form can refine it. The text field keeps its focus and is emptied for the next entry (what was typed comes back
when it cannot be added): keyboard only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import streamlit as st

from praatplaat import yamledit
from praatplaat.model import SOORTEN, STATUSSEN, slug
from praatplaat.ref import Ref
from praatplaat.words import table
from praatplaat.yamlload import load_yaml

from . import editor, element_form, picture, workspace
from .i18n import lang, t
from .results import FACES

WHAT = "qa-what"
TEXT = "qa-text"
SOORT = "qa-soort"  # a channel's kind, chosen ("": guessed from its name)
BELEVING = "qa-beleving"  # a step's emotion, chosen (None: typed, or none)
PROBLEM = "qa-problem"  # why the last sentence was not added, shown once
ADDED = "qa-added"
KIND = "qa-kind"  # the kind chosen last
CHANGED = "qa-changed"  # the kind an add replaced (a new journey: its steps next) until the browser shows the new one
KEPT = "qa-kept"  # the choices beside a sentence that was refused, given back to their widgets
DRAWN = "qa-drawn"  # the signature of the vision the line was drawn for
KINDS = ("kern", "fundament", "principe", "kanaal", "klantreis", "verhaal", "agenda")
_SECTIONS = {"principe": "principes", "kanaal": "kanalen", "klantreis": "klantreizen", "verhaal": "verhalen",
             "agenda": "agenda"}
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
# Faces typed at the end of a step (the five the picker shows, and their look-alikes); a number needs its sign
# ("+1", "-2") or is 0, so "Formulier 2" stays a name.
TYPED_FACES = {face: score for score, face in FACES.items()} | {
    "😞": -2, "😢": -2, "😠": -2, "😡": -2, "☹️": -2, "☹": -2, "🙁": -1, "😑": 0, "😶": 0, "🙂": 1, "😃": 2, "😄": 2,
    "😁": 2, "😍": 2}
_FACE_END = re.compile(r"\s*(" + "|".join(sorted(map(re.escape, TYPED_FACES), key=len, reverse=True)) + r")\s*$")
_NUMBER_END = re.compile(r"\s+\(?([+\-−][0-2]|±?0)\)?$")
_WHO = re.compile(r"\s+[—–-]{1,2}\s+")
STATUS_WORDS = {"gepland": "gepland", "planned": "gepland", "bezig": "bezig", "in progress": "bezig",
                "busy": "bezig", "klaar": "klaar", "done": "klaar", "ready": "klaar"}
_STATUS_END = re.compile(r"[\s,;(—–-]+(" + "|".join(sorted(STATUS_WORDS, key=len, reverse=True)) + r")\)?$",
                         re.IGNORECASE)
_WHEN_END = re.compile(r"[\s,;(—–-]+(?:(?:in|vanaf|voor|vóór|uiterlijk|by|from|before)\s+)?"
                       r"((?:(?:voorjaar|zomer|najaar|winter|begin|medio|eind|half|spring|summer|autumn|fall|early"
                       r"|mid|late|Q[1-4])\s+)?(?:19|20)\d\d)\)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Capture:
    """What one captured sentence did: the new text and the model path of the element added (or changed)."""

    text: str
    path: tuple
    where: tuple  # where that element is written in the text (for the editor to show it)


def guess_soort(name: str) -> str:
    """The channel kind its name suggests ("Balie in het stadhuis" -> "balie"), else "online"."""
    lower = f" {name.lower()} "
    return next((soort for soort, words in SOORT_WORDS if any(w in lower for w in words)), "online")


def split_emotion(sentence: str) -> tuple[str, int | None]:
    """A step's name and the emotion typed at its end: "Wachten 😟" and "Wachten -2" -> ("Wachten", -2)."""
    if match := _FACE_END.search(sentence):
        return sentence[:match.start()].strip(), TYPED_FACES[match.group(1)]
    if (match := _NUMBER_END.search(sentence)) and sentence[:match.start()].strip():
        return sentence[:match.start()].strip(), int(re.sub(r"[\s±]", "", match.group(1)).replace("−", "-"))
    return sentence, None


def split_who(sentence: str) -> tuple[str, str | None]:
    """Text and who (or for whom) after the last dash between spaces: "Fijn geholpen — Inwoner" -> both."""
    parts = _WHO.split(sentence)
    if len(parts) > 1 and parts[-1].strip() and " ".join(parts[:-1]).strip():
        return sentence[:sentence.rindex(parts[-1])].rstrip(" —–-"), parts[-1].strip()
    return sentence, None


def split_agenda(sentence: str) -> tuple[str, str | None, str | None]:
    """An agenda item's name, when and status, typed at its end in either order: "Brieven in B1 2026 bezig",
    "Brieven in B1 (bezig, najaar 2026)" -> ("Brieven in B1", "2026"/"najaar 2026", "bezig")."""
    name, when, status = sentence.strip(), None, None
    for _ in range(2):
        if status is None and (match := _STATUS_END.search(name)) and name[:match.start()].strip():
            status, name = STATUS_WORDS[match.group(1).lower()], name[:match.start()]
        elif when is None and (match := _WHEN_END.search(name)) and name[:match.start()].strip():
            when, name = match.group(1), name[:match.start()]
    return name.strip(" ,;(—–-"), when, status


def split_name(sentence: str) -> tuple[str, str | None]:
    """A name and its explanation after ": " ("Wij luisteren: eerst horen, dan doen")."""
    name, _, rest = sentence.partition(": ")
    return (name.strip(), rest.strip() or None) if rest.strip() else (sentence, None)


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``(3)``... when its id is taken."""
    candidate, n = name, 1
    while slug(candidate) in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def _taken(items) -> set[str]:
    return {slug(x) for item in items for x in (item.id, item.naam)}


def _journey(what: str) -> str | None:
    """The journey of the choice "a step in <journey>" (``stap:<journey id>``), None for a kind."""
    choice = Ref.parse(what)
    return choice.id if choice else None


def item_for(what: str, sentence: str, vision, soort: str | None = None, beleving: int | None = None) -> dict:
    """The new element for one typed sentence; ``what`` is a kind or "stap:<journey id>", ``soort`` and ``beleving``
    what was chosen beside the line (what is typed wins)."""
    sentence = " ".join(sentence.split())
    if _journey(what):
        name, typed = split_emotion(sentence)
        feeling = typed if typed is not None else beleving
        return {"naam": name[:NAME_MAX]} | ({"beleving": feeling} if feeling is not None else {})
    if what == "kern":
        return {"kern": sentence}
    if what == "verhaal":
        quote, who = split_who(sentence)
        return {"citaat": quote.strip("\"'“”„ "), "wie": who}
    if what in ("principe", "fundament"):
        name, rest = split_name(sentence)
    elif what == "klantreis":
        name, rest = split_who(sentence)
    else:
        name, rest = sentence, None
    if what == "fundament":
        return {"naam": name[:NAME_MAX]} | ({"uitleg": rest} if rest else {})
    name, when, status = split_agenda(name) if what == "agenda" else (name, None, None)
    item = {"naam": _unique(name[:NAME_MAX].strip(), _taken(getattr(vision, _SECTIONS[what])))}
    if what == "principe" and rest:
        item["uitleg"] = rest
    if what == "kanaal":
        item["soort"] = soort if soort in SOORTEN else guess_soort(name)
    if what == "klantreis" and rest:
        item["doelgroep"] = rest[:NAME_MAX]
    if when:
        item["wanneer"] = int(when) if when.isdigit() else when
    if status and status != STATUSSEN[0]:
        item["status"] = status
    return item


def _group(text: str, vision, name: str) -> tuple[str, str]:
    """The text with target group ``name`` (added when no group has that name or id) and how to name it."""
    known = next((g.naam for g in vision.doelgroepen if slug(name) in (g.id, slug(g.naam))), None)
    return (text, known) if known else (yamledit.append(text, ("doelgroepen",), {"naam": name}), name)


def capture(text: str, vision, what: str, sentence: str, soort: str | None = None,
            beleving: int | None = None) -> Capture:
    """Add (or for kern and fundament: set) the element one sentence describes; raises yamledit.EditError,
    StopIteration when the chosen journey is gone."""
    item = item_for(what, sentence, vision, soort, beleving)
    if what in ("kern", "fundament"):
        section = "visie" if what == "kern" else "fundament"
        doc = load_yaml(text)
        written = isinstance(doc.data, dict) and isinstance(doc.data.get(section), dict)  # else new, or from the base
        new = yamledit.update(text, (section,), item, doc) if written else yamledit.replace_section(text, section, item)
        where = ("visie", "kern") if what == "kern" else ("fundament",)
        return Capture(new, (section,), where)
    if journey := _journey(what):
        r = next(i for i, reis in enumerate(vision.klantreizen) if reis.id == journey)
        model = ("klantreizen", r, "stappen")
        written = yamledit.written_path(text, vision, model)
        if written is None:
            raise yamledit.EditError("in_base")
        index = len(vision.klantreizen[r].stappen)
    else:
        model = written = (_SECTIONS[what],)
        index = len(getattr(vision, model[0]))
        if item.get("doelgroep"):
            text, item["doelgroep"] = _group(text, vision, item["doelgroep"])
    doc = load_yaml(text)  # parsed once: the edit uses it, and the list's length is the new item's place
    new = yamledit.append(text, written, item, doc)
    return Capture(new, model + (index,), written + (yamledit.count(doc, written),))


def _refuse(sentence: str, problem: str) -> None:
    """Say why ``sentence`` was not added; the typing (and a kind or emotion chosen beside it) comes back."""
    st.session_state[PROBLEM] = problem
    st.session_state[TEXT] = sentence
    st.session_state[KEPT] = {key: st.session_state.get(key) for key in (SOORT, BELEVING)}


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
    try:
        done = capture(ws.text, current.vision, what, sentence, st.session_state.get(SOORT),
                       st.session_state.get(BELEVING))
    except StopIteration:  # the chosen journey is gone meanwhile
        _refuse(sentence, t("side_needs_valid"))
        return
    except yamledit.EditError as error:
        _refuse(sentence, t(f"edit_{error.reason}"))
        return
    added = element_form.commit(done.text)
    if added is None:
        _refuse(sentence, st.session_state.pop(element_form.PROBLEM, t("side_needs_valid")))
        return
    ref = yamledit.ref_of(added, done.path)
    workspace.put("selected", ref)
    picture.quiet(ref)
    editor.reveal(done.text, done.where)
    if what == "klantreis":  # its steps come next
        st.session_state[KIND] = str(Ref("stap", added.klantreizen[done.path[1]].id))
        st.session_state[CHANGED] = what
    st.session_state[ADDED] = True


def _keep_kind() -> None:
    """Keep the kind the person chose. Not a report the browser sent before it had the line's last drawing: the kind
    an add replaced, or a choice's old label (the browser reports labels; a journey renamed meanwhile has a new one)."""
    chosen = st.session_state.get(WHAT)
    if chosen == st.session_state.pop(CHANGED, None):
        return
    if chosen in KINDS or _journey(chosen):
        st.session_state[KIND] = chosen


def _label(what: str, journeys: dict[str, str]) -> str:
    if journey := _journey(what):
        return t("qa_step_in", journey=journeys.get(journey, journey))
    return t(f"qa_kind_{what}")


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


def _choice(what: str) -> None:
    """In the line, for a channel its kind and for a step its emotion (optional: typing can say it too); sent with
    the sentence and emptied with it (clear_on_submit), so each element gets its own."""
    for key, value in st.session_state.pop(KEPT, {}).items():
        st.session_state[key] = value
    if what == "kanaal":
        kinds = table("soort", lang())
        st.selectbox(t("f_soort"), ["", *SOORTEN], key=SOORT, width=150, label_visibility="collapsed",
                     format_func=lambda v: kinds.get(v, t("qa_soort_guess")))
    elif _journey(what):
        st.selectbox(t("f_beleving"), sorted(FACES, reverse=True), index=None, key=BELEVING, width=150,
                     label_visibility="collapsed", placeholder=t("f_beleving"),
                     format_func=lambda v: f"{FACES[v]} {t(f'face_{v}')}")


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
    options = [*KINDS, *(str(Ref("stap", r)) for r in journeys)]
    # The choice is kept apart from the widget: Streamlit forgets a choice whose label changed (a journey renamed).
    if st.session_state.get(WHAT) == st.session_state.get(KIND):  # the browser shows the kind an add chose
        st.session_state.pop(CHANGED, None)
    st.session_state[WHAT] = st.session_state.get(KIND) if st.session_state.get(KIND) in options else "principe"
    what = st.session_state[WHAT]
    # The browser empties the line itself on submit (clear_on_submit): a value emptied by the server could be
    # overwritten by the old one when another rerun was already on its way. The choice stays outside the form.
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key="quickadd-line"):
        st.markdown(f"**{t('qa_title')}**", width="content")
        st.selectbox(t("qa_what"), options, key=WHAT, format_func=lambda w: _label(w, journeys), width=200,
                     label_visibility="collapsed", on_change=_keep_kind)
        with st.form("quickadd", border=False, enter_to_submit=True, clear_on_submit=True), \
                st.container(horizontal=True, vertical_alignment="center", gap="small"):
            placeholder = t("qa_hint_step" if _journey(what) else f"qa_hint_{what}")
            st.text_input(t("qa_title"), key=TEXT, placeholder=placeholder, label_visibility="collapsed")
            with st.empty().container(horizontal=True, width="content", key="qa-choice"):  # one fixed slot
                _choice(what)
            st.form_submit_button(t("qa_add"), on_click=_on_add, icon=":material/add:", key="qa-add")
    problem = st.session_state.pop(PROBLEM, None)
    if problem:  # a toast: a message under the line would push the editor and its problem list down
        st.toast(problem, icon=":material/block:", duration="long")

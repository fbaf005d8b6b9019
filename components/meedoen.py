"""The participant page (``/meedoen?code=CODE``), made for a phone: plain language, big buttons, no YAML.

Participants see only the vision's title and the names of its principles and journey steps; never
the workspace link or other rooms, and other people's contributions only when the facilitator shows the
results (their names only when the facilitator chose so). Everything typed is shown as plain text.
"""

from __future__ import annotations

import time

import streamlit as st

import store

from . import results, start, style, workspace
from .i18n import LANGS, t
from .markdown import esc

POLL_S = 3.0
FLASH_S = 8.0
ROLES = ("inwoner", "ondernemer", "medewerker", "bestuurder", "anders")
_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding: 1rem 1rem 3rem 1rem; max-width: 42rem; }
[data-testid="stMarkdownContainer"] p, label p { font-size: 1.1rem; }
.stButton button, [data-testid="stFormSubmitButton"] button { min-height: 3.2rem; font-size: 1.15rem; width: 100%; }
[data-testid="stButtonGroup"] button { min-height: 3rem; min-width: 3rem; font-size: 1.4rem; }
textarea, input { font-size: 1.1rem !important; }
</style>
"""


def _client() -> str:
    """Who counts against the wrong-code limit: this browser (phones in one room share a network address)."""
    return workspace.browser() or workspace.tab_id()


def _room(code: str) -> tuple[store.Room | None, str | None]:
    """The room for a code, or a message key."""
    try:
        room = workspace.db().room_by_code(code, client_key=_client())
    except store.RateLimited:
        return None, "mee_too_many_tries"
    if room is None:
        return None, "mee_wrong_code"
    return room, None if room.is_open else "mee_closed"


@st.cache_resource(max_entries=16, show_spinner=False)
def _load(text: str):
    """The room's vision, loaded once per text for all participants' pages (read-only)."""
    from praatplaat.load import load_text

    return load_text(text, "praatplaat.yaml")


def _vision(room: store.Room):
    state = workspace.db().get(room.ws_id)
    result = _load(state.text) if state else None
    return result.vision if result and result.ok else None


def _participant(room: store.Room) -> store.Participant:
    """This phone's participant in ``room``: joined on the first contribution, found again after a reload."""
    saved = st.session_state.get("mee_participant")
    if isinstance(saved, store.Participant) and saved.room_id == room.id:
        return saved
    name = (st.session_state.get("mee-name") or "").strip()[:store.bounds.MAX_NAME]
    role = st.session_state.get("mee-role") or ""
    participant = workspace.db().join(room.id, name=name, role=role, client_key=_client())
    st.session_state["mee_participant"] = participant
    return participant


def _send(room: store.Room, kind: str, payloads: list[dict]) -> None:
    """Send contributions; the outcome is shown as a message above the form."""
    try:
        participant = _participant(room)
        for payload in payloads:
            workspace.db().add_contribution(participant, kind, payload)
    except store.RateLimited:
        st.session_state["mee_flash"] = _note(kind, "error", t("mee_too_fast"))
    except store.RoomClosed:
        st.session_state["mee_flash"] = _note(kind, "error", t("mee_closed"))
    except store.LimitExceeded as error:
        st.session_state["mee_flash"] = _note(kind, "error", t("mee_too_long", n=error.limit)
                                         if error.what == "length" else t("mee_too_fast"))
    except store.InvalidContribution:
        st.session_state["mee_flash"] = _note(kind, "error", t("mee_empty"))
    else:
        st.session_state["mee_flash"] = _note(kind, "success", t("mee_sent"))


def _note(kind: str, level: str, message: str) -> tuple:
    return kind, level, message, time.monotonic()


def _flash(kind: str) -> None:
    """The outcome of the last send in this activity, shown for FLASH_S seconds (not popped when shown: a
    timer's rerun or the name field's change may run the page again right after the send)."""
    flash = st.session_state.get("mee_flash")
    if flash and flash[0] == kind and time.monotonic() - flash[3] < FLASH_S:
        (st.error if flash[1] == "error" else st.success)(flash[2])


def _about_options(vision) -> dict[str, str]:
    """'' (nothing), principle ids and "journey/step" refs with their names."""
    out = {"": "—"}
    out.update({f"p:{p.id}": p.naam for p in vision.principes})
    for r in vision.klantreizen:
        for i, s in enumerate(r.stappen):
            out[f"s:{r.id}/{i + 1}"] = f"{r.naam}: {s.naam}"
    return out


def _on_verhaal(room: store.Room) -> None:
    quote = (st.session_state.get("mee-quote") or "").strip()
    if not quote:
        st.session_state["mee_flash"] = _note("verhaal", "error", t("mee_empty"))
        return
    about = st.session_state.get("mee-about") or ""
    payload = {"quote": quote, "who": (st.session_state.get("mee-who") or "").strip(), "principle": None,
               "journey": None, "step": None}
    if about.startswith("p:"):
        payload["principle"] = about[2:]
    elif about.startswith("s:"):
        payload["journey"], _, payload["step"] = about[2:].rpartition("/")
    _send(room, "verhaal", [payload])


def verhaal(room: store.Room, vision) -> None:
    st.subheader(t("act_verhaal"))
    _flash("verhaal")
    with st.form("mee-verhaal", clear_on_submit=True, border=False):
        st.text_area(t("mee_quote"), key="mee-quote", max_chars=store.bounds.MAX_QUOTE, help=t("mee_quote_help"))
        st.text_input(t("mee_who"), key="mee-who", max_chars=store.bounds.MAX_REMARK, placeholder=t("mee_who_hint"))
        options = _about_options(vision)
        st.selectbox(t("mee_about"), list(options), format_func=options.get, key="mee-about")
        st.form_submit_button(t("mee_send"), on_click=_on_verhaal, args=(room,), type="primary")


def _on_beoordeling(room: store.Room, journey) -> None:
    remark = (st.session_state.get("mee-remark") or "").strip()
    payloads = []
    for i in range(len(journey.stappen)):
        score = st.session_state.get(f"mee-rate-{journey.id}-{i}")
        if score is not None:
            payloads.append({"journey": journey.id, "step": str(i + 1), "score": int(score), "remark": remark})
    if not payloads:
        st.session_state["mee_flash"] = _note("beoordeling", "error", t("mee_rate_none"))
        return
    _send(room, "beoordeling", payloads)


def beoordeling(room: store.Room, vision) -> None:
    st.subheader(t("act_beleving"))
    _flash("beoordeling")
    journeys = {r.id: r for r in vision.klantreizen}
    if not journeys:
        return
    chosen = st.selectbox(t("mee_journey"), list(journeys), format_func=lambda j: journeys[j].naam,
                          key="mee-journey") if len(journeys) > 1 else next(iter(journeys))
    journey = journeys[chosen]
    with st.form(f"mee-beoordeling-{journey.id}", clear_on_submit=True, border=False):
        for i, step in enumerate(journey.stappen):
            st.segmented_control(f"{i + 1}. {step.naam}", list(range(-2, 3)), key=f"mee-rate-{journey.id}-{i}",
                                 format_func=lambda s: results.FACES[s], help=None)
        st.caption(" · ".join(f"{results.FACES[s]} {t(f'face_{s}')}" for s in range(-2, 3)))
        st.text_input(t("mee_step_remark"), key="mee-remark", max_chars=store.bounds.MAX_REMARK)
        st.form_submit_button(t("mee_send"), on_click=_on_beoordeling, args=(room, journey), type="primary")


def _on_stem(room: store.Room) -> None:
    chosen = st.session_state.get("mee-votes") or []
    if not chosen or len(chosen) > store.bounds.VOTES:
        st.session_state["mee_flash"] = _note("stem", "error", t("mee_votes_left", n=len(chosen)))
        return
    _send(room, "stem", [{"principles": list(chosen)}])


def stem(room: store.Room, vision) -> None:
    st.subheader(t("act_stemmen"))
    _flash("stem")
    names = {p.id: p.naam for p in vision.principes}
    with st.form("mee-stem", border=False):
        st.pills(t("mee_votes_pick"), list(names),
                 selection_mode="multi", format_func=names.get, key="mee-votes")
        st.form_submit_button(t("mee_send"), on_click=_on_stem, args=(room,), type="primary")


def _on_voorstel(room: store.Room) -> None:
    text = (st.session_state.get("mee-proposal") or "").strip()
    if not text:
        st.session_state["mee_flash"] = _note("voorstel", "error", t("mee_empty"))
        return
    _send(room, "voorstel", [{"text": text, "principle": st.session_state.get("mee-proposal-about") or None}])


def voorstel(room: store.Room, vision) -> None:
    st.subheader(t("act_voorstel"))
    _flash("voorstel")
    names = {"": "—"} | {p.id: p.naam for p in vision.principes}
    with st.form("mee-voorstel", clear_on_submit=True, border=False):
        st.text_area(t("mee_proposal"), key="mee-proposal", max_chars=store.bounds.MAX_QUOTE)
        st.selectbox(t("mee_about"), list(names), format_func=names.get, key="mee-proposal-about")
        st.form_submit_button(t("mee_send"), on_click=_on_voorstel, args=(room,), type="primary")


ACTIVITIES = {"verhaal": verhaal, "beoordeling": beoordeling, "stem": stem, "voorstel": voorstel}


@st.fragment(run_every=POLL_S)
def _watch(room: store.Room, vision=None) -> None:
    """Redraw the page when the facilitator switches activities, shows results or closes the room; keep the
    results (when shown) up to date."""
    now = workspace.db().room(room.id)
    if now != room:
        st.rerun(scope="app")
    if room.show_results and vision is not None:
        results.for_participants(room, vision)


def _code_form(message: str | None) -> None:
    if message:
        (st.warning if message == "mee_closed" else st.error)(t(message))
    if message == "mee_closed":
        return
    with st.form("mee-code", border=False):
        st.text_input(t("mee_code"), key="mee-code", max_chars=12, help=t("mee_code_help"))
        if st.form_submit_button(t("mee_join"), type="primary"):
            st.query_params["code"] = (st.session_state.get("mee-code") or "").strip().upper()
            st.rerun()


def page() -> None:
    st.set_page_config(page_title=t("mee_title"), layout="centered")
    style.inject()
    st.html(_CSS)
    start.browser_id()
    with st.container(horizontal=True, vertical_alignment="center"):
        st.title(t("mee_title"))
        st.space("stretch")
        st.segmented_control(t("language"), list(LANGS), format_func=str.upper, key="lang", required=True,
                             label_visibility="collapsed")
    code = st.query_params.get("code", "")
    if not code:
        _code_form(None)
        return
    room, message = _room(code)
    if room is None or message:
        _code_form(message)
        return
    vision = _vision(room)
    if vision is None:
        st.info(t("mee_nothing_open"))
        _watch(room)
        return
    st.markdown(f"### {esc(t('mee_welcome', title=vision.titel))}")
    st.markdown(t("mee_intro"))
    if "mee_participant" not in st.session_state:
        with st.expander(t("mee_you"), expanded=True):
            st.text_input(t("mee_name"), key="mee-name", max_chars=store.bounds.MAX_NAME)
            st.pills(t("mee_role"), ROLES, format_func=lambda r: t(f"role_{r}"), key="mee-role")
    open_now = [a for a in store.ACTIVITIES if a in room.activities]
    if not open_now:
        st.info(t("mee_nothing_open"))
    for name in open_now:
        with st.container(border=True, key=f"mee-{name}"):
            ACTIVITIES[name](room, vision)
    _watch(room, vision)

"""The facilitator's werksessie: start it, show how to join (code, link, QR), receive contributions live,
accept them into the vision (with undo), edit, merge, hide, and close the room.

Contributions are polled from the store every POLL_S inside a fragment, so they arrive at the
facilitator from any app process sharing the database.
"""

from __future__ import annotations

import html
import time

import segno
import streamlit as st

import store

from . import picture, results, share, state, workspace
from .i18n import lang, t
from .markdown import esc
from .yamldump import replace_section

POLL_S = 0.5  # contributions reach the facilitator within about a poll plus a redraw
FLASH_S = 8.0  # how long the outcome of the facilitator's last action stays in the (re-polled) inbox
SHOWN = 20  # cards per page of the inbox (newest first; a participant's ratings of a journey are one card)
VIEWS = ("join", "inbox", "results")
ACTIVITY_LABELS = {"verhaal": "act_verhaal", "beoordeling": "act_beleving", "stem": "act_stemmen",
                   "voorstel": "act_voorstel"}
_CSS = """
<style>
.pp-join { display: flex; gap: 3rem; align-items: center; justify-content: center; flex-wrap: wrap; }
.pp-join-text { font-family: "Atkinson Hyperlegible", sans-serif; color: #1B1B1B; }
.pp-join-how { font-size: clamp(1.6rem, 3vw, 3rem); font-weight: 700; color: #00558C; margin: 0; }
.pp-join-label { font-size: clamp(1.2rem, 2vw, 2rem); margin: 1.2rem 0 0 0; }
.pp-join-code { font-size: clamp(4rem, 9vw, 9rem); font-weight: 700; letter-spacing: .15em; line-height: 1.1;
  font-family: "Atkinson Hyperlegible", monospace; }
.pp-join-link { font-size: clamp(1.2rem, 2.2vw, 2.2rem); font-weight: 700; word-break: break-all; }
.pp-join-qr { width: clamp(240px, 30vw, 560px); height: auto; display: block; }
</style>
"""


def join_url(code: str) -> str:
    """The link to type (then the code): short, no secret."""
    return f"{share.app_url()}meedoen"


def qr_url(room: store.Room) -> str:
    """The QR code's link: carries the room's join token (128 bits), so scanning needs no code and no guess."""
    token = room.join_token or workspace.db().join_token(room.id)
    return f"{share.app_url()}meedoen?j={token}"


def qr_uri(url: str) -> str:
    """A data: URI of an SVG QR code of ``url`` (scales with its container)."""
    return segno.make(url, error="m").svg_data_uri(border=2, dark="#1B1B1B", light="#FFFFFF", omitsize=True)


def open_room(ws_id: str) -> store.Room | None:
    """The workspace's newest open room."""
    return next((r for r in workspace.db().rooms(ws_id) if r.is_open), None)


def _start(ws_id: str) -> None:
    workspace.db().start_room(ws_id, activities=store.ACTIVITIES)
    st.session_state["room_view"] = "join"


def _close(room_id: int) -> None:
    workspace.db().close_room(room_id)


def _activities(room_id: int) -> None:
    chosen = [a for a in store.ACTIVITIES if st.session_state.get(f"act-{room_id}-{a}")]
    workspace.db().set_activities(room_id, chosen)


def join_panel(room: store.Room) -> None:
    """Code, link and QR code, large enough to read from the back of the room."""
    url, scan = join_url(room.code), qr_url(room)
    st.html(f"""{_CSS}<div class="pp-join" data-testid="pp-join">
  <div class="pp-join-text">
    <p class="pp-join-how">{html.escape(t('room_join_how'))}</p>
    <p class="pp-join-label">{html.escape(t('room_join_code'))}</p>
    <div class="pp-join-code" data-testid="pp-join-code">{html.escape(room.code)}</div>
    <p class="pp-join-label">{html.escape(t('room_tab_join'))}:</p>
    <div class="pp-join-link" data-testid="pp-join-link">{html.escape(url)}</div>
  </div>
  <a href="{html.escape(scan)}" target="_blank" rel="noopener" data-testid="pp-join-qr"><img class="pp-join-qr"
    src="{qr_uri(scan)}" alt="{html.escape(t('room_qr_alt'))}"></a>
</div>""")


def _find(items: list[store.Contribution], c_id: int) -> store.Contribution | None:
    return next((c for c in items if c.id == c_id), None)


def _items(room_id: int) -> list[store.Contribution]:
    """The room's contributions (kept up to date incrementally, see results.room_items)."""
    return results.room_items(room_id)


def cards_of(items: list[store.Contribution]) -> list[list[store.Contribution]]:
    """The inbox's cards, newest first: one card per contribution, except that a participant's ratings of one
    journey make one card (newest first inside; a step rated again shows its newest rating only)."""
    groups: dict[tuple, list[store.Contribution]] = {}
    for c in reversed(items):
        key = ("rating", c.participant_id, c.content.get("journey")) if c.kind == "beoordeling" else ("one", c.id)
        group = groups.setdefault(key, [])
        if c.kind != "beoordeling" or all(x.content.get("step") != c.content.get("step") for x in group):
            group.append(c)
    return list(groups.values())


def _flash(kind: str, message: str) -> None:
    """Show the outcome of an action in the inbox for FLASH_S seconds."""
    st.session_state["room_flash"] = (kind, message, time.monotonic())


def _accept(room_id: int, c_id: int) -> None:
    """Take a story or proposal into the vision and say truthfully what happened: taken in (warnings are not
    errors: they are counted, not refused), already taken in, or why not (the first error, in words)."""
    c = next((x for x in workspace.db().contributions(room_id, since_id=c_id - 1) if x.id == c_id), None)
    if c is None or c.kind not in results.ACCEPTS:
        _flash("error", t("room_accept_gone"))
        return
    if c.status == "geaccepteerd":
        _flash("success", t("room_accept_already"))
        return
    item = results.entry(c)
    ws = workspace.current()
    data = picture.parse(ws.text).data
    if not isinstance(data, dict):
        _flash("error", t("room_accept_failed"))
        return
    section = results.ACCEPTS[c.kind]
    current = data.get(section) if isinstance(data.get(section), list) else []
    # a story goes first, so it shows in the picture's quote panel during the session; a proposal goes last
    items = [item, *current] if section == "verhalen" else [*current, item]
    new_text = replace_section(ws.text, section, items)
    loaded = picture.load(picture.source(ws, new_text))
    if not loaded.ok:
        why = loaded.errors[0].message(lang()) if loaded.errors else ""
        _flash("error", t("room_accept_failed_why", why=why) if why else t("room_accept_failed"))
        return
    if not workspace.change_text(new_text) and workspace.current().text != new_text:
        _flash("error", st.session_state.pop("flash_error", None) or t("room_accept_not_saved"))
        return
    workspace.db().set_status(c_id, "geaccepteerd")
    note = t("room_accepted_note")
    if loaded.warnings:
        note += " " + t("room_accept_warnings", n=len(loaded.warnings))
    _flash("success", note)


def _set(c_id: int, status: str) -> None:
    workspace.db().set_status(c_id, status)


def _save_edit(room_id: int, c_id: int) -> None:
    c = _find(_items(room_id), c_id)
    field = "quote" if c and c.kind == "verhaal" else "text"
    value = st.session_state.get(f"edit-{c_id}", "").strip()
    if c is None or not value:
        return
    try:
        workspace.db().set_status(c_id, "bewerkt", edited={**c.content, field: value})
    except store.StoreError:
        _flash("error", t("mee_too_long", n=store.bounds.MAX_QUOTE))
    else:
        st.session_state["room_editing"] = None


def _edit(c_id: int | None) -> None:
    st.session_state["room_editing"] = c_id


def _merge(room_id: int) -> None:
    chosen = sorted(st.session_state.get("merge-pick") or [])
    for other in chosen[1:]:
        workspace.db().set_status(other, "samengevoegd", merged_into=chosen[0])
    st.session_state["merge-pick"] = []


def _editor(room_id: int, c: store.Contribution) -> None:
    """The text of the contribution being edited, with save and cancel."""
    field = "quote" if c.kind == "verhaal" else "text"
    st.text_area(t("room_edit"), value=c.content.get(field, ""), key=f"edit-{c.id}",
                 max_chars=store.bounds.MAX_QUOTE, label_visibility="collapsed")
    with st.container(horizontal=True, gap="small"):
        st.button(t("room_save"), key=f"save-{c.id}", on_click=_save_edit, args=(room_id, c.id), type="primary")
        st.button(t("room_cancel"), key=f"cancel-{c.id}", on_click=_edit, args=(None,))


def _set_all(ids: list[int], status: str) -> None:
    for c_id in ids:
        workspace.db().set_status(c_id, status)


def rating_card(group: list[store.Contribution], names: dict[str, str]) -> None:
    """A participant's ratings of one journey as one card, steps in order."""
    first = group[0]
    hidden = all(c.status == "verborgen" for c in group)
    with st.container(border=True, key=f"contribution-{first.id}"):
        when = first.created_at.astimezone().strftime("%H:%M")
        journey = names.get(f"{first.content.get('journey')}/1", "").split(":")[0]
        meta = " · ".join(p for p in (t(results.KIND_LABELS[first.kind]), journey, results.who(first), when) if p)
        st.caption(esc(meta))
        ordered = sorted(group, key=lambda c: int(c.content.get("step") or 0) if str(c.content.get("step")).isdigit()
                         else 0)
        st.markdown("  \n".join(esc(results.describe(c, names)) for c in ordered))
        ids = [c.id for c in group]
        with st.container(horizontal=True, gap="small"):
            if hidden:
                st.button(t("room_unhide"), key=f"unhide-{first.id}", on_click=_set_all, args=(ids, "nieuw"))
            else:
                st.button(t("room_hide"), key=f"hide-{first.id}", on_click=_set_all, args=(ids, "verborgen"),
                          icon=":material/visibility_off:")
                st.button(t("room_hide_phone"), key=f"hide-phone-{first.id}", on_click=_hide_phone,
                          args=(first.participant_id,), type="tertiary")


def _page(delta: int) -> None:
    st.session_state["room_page"] = max(0, st.session_state.get("room_page", 0) + delta)


def card(room_id: int, c: store.Contribution, names: dict[str, str]) -> None:
    """One contribution with the facilitator's actions (few elements: the inbox redraws every poll)."""
    hidden = c.status in ("verborgen", "samengevoegd")
    with st.container(border=True, key=f"contribution-{c.id}"):
        status = t("room_accepted") if c.status == "geaccepteerd" else ""
        if c.status == "samengevoegd":
            status = t("room_merged", n=c.merged_into)
        when = c.created_at.astimezone().strftime("%H:%M")
        meta = " · ".join(p for p in (t(results.KIND_LABELS[c.kind]), results.who(c), when, status) if p)
        st.caption(esc(meta))
        if st.session_state.get("room_editing") == c.id:
            _editor(room_id, c)
            return
        st.markdown(esc(results.describe(c, names)))
        with st.container(horizontal=True, gap="small"):
            if c.kind in results.ACCEPTS and c.status in ("nieuw", "bewerkt"):
                st.button(t("room_accept"), key=f"accept-{c.id}", on_click=_accept, args=(room_id, c.id),
                          type="primary", icon=":material/add_circle:")
            if c.kind in ("verhaal", "voorstel") and c.status != "geaccepteerd":
                st.button(t("room_edit"), key=f"edit-open-{c.id}", on_click=_edit, args=(c.id,),
                          icon=":material/edit:")
            if hidden:
                st.button(t("room_unhide"), key=f"unhide-{c.id}", on_click=_set, args=(c.id, "nieuw"))
            elif c.status != "geaccepteerd":
                st.button(t("room_hide"), key=f"hide-{c.id}", on_click=_set, args=(c.id, "verborgen"),
                          icon=":material/visibility_off:")
                st.button(t("room_hide_phone"), key=f"hide-phone-{c.id}", on_click=_hide_phone,
                          args=(c.participant_id,), type="tertiary")


@st.fragment(run_every=POLL_S)
def inbox(room_id: int, vision) -> None:
    """The contributions, newest first, refreshed live."""
    if st.session_state.pop("room_rerun_app", False):
        st.rerun(scope="app")
    flash = st.session_state.get("room_flash")
    if flash and time.monotonic() - flash[2] < FLASH_S:  # not popped: the inbox reruns every POLL_S
        (st.error if flash[0] == "error" else st.success)(flash[1])
    items = _items(room_id)
    names = results.names_of(vision)
    people = len({c.participant_id for c in items})
    st.markdown(f"**{t('room_count', n=len(items), people=people)}** · {esc(phones_line(room_id))}")
    if not items:
        st.info(t("room_none_yet"))
        return
    with st.container(horizontal=True):
        merging = st.toggle(t("room_merge"), key="room-merging")
        show_hidden = st.toggle(t("room_show_hidden"), key="room-show-hidden")
    if merging:  # only drawn when asked for: the inbox redraws every poll
        mergeable = [c for c in items if c.kind in results.ACCEPTS and c.status in ("nieuw", "bewerkt")]
        labels = {c.id: f"#{c.id} {results.describe(c, names)}"[:120] for c in mergeable}
        st.multiselect(t("room_merge_pick"), list(labels), format_func=labels.get, key="merge-pick")
        st.button(t("room_merge"), key="merge", on_click=_merge, args=(room_id,),
                  disabled=len(st.session_state.get("merge-pick") or []) < 2)
    cards = [g for g in cards_of(items)
             if show_hidden or any(c.status not in ("verborgen", "samengevoegd") for c in g)]
    pages = max(1, -(-len(cards) // SHOWN))
    page = min(st.session_state.get("room_page", 0), pages - 1)
    st.session_state["room_page"] = page
    for group in cards[page * SHOWN:(page + 1) * SHOWN]:
        if group[0].kind == "beoordeling":
            rating_card(group, names)
        else:
            card(room_id, group[0], names)
    if pages > 1:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.button(t("room_page_newer"), key="room-newer", on_click=_page, args=(-1,), disabled=page == 0,
                      icon=":material/arrow_back:")
            st.caption(t("room_page_of", first=page * SHOWN + 1, last=min(len(cards), (page + 1) * SHOWN),
                         n=len(cards)))
            st.button(t("room_page_older"), key="room-older", on_click=_page, args=(1,), disabled=page >= pages - 1,
                      icon=":material/arrow_forward:")


def _show_results(room_id: int) -> None:
    show = bool(st.session_state.get(f"show-res-{room_id}"))
    workspace.db().show_results(room_id, show, names=bool(st.session_state.get(f"show-names-{room_id}")))


def results_switch(room: store.Room) -> None:
    """Whether participants see the results on their phones, and with names or not."""
    show, names = f"show-res-{room.id}", f"show-names-{room.id}"
    state.seed(show, room.show_results)
    state.seed(names, room.show_names)
    with st.container(horizontal=True):
        st.toggle(t("room_show_results"), key=show, on_change=_show_results, args=(room.id,),
                  help=t("room_show_results_help"))
        st.toggle(t("room_show_names"), key=names, on_change=_show_results, args=(room.id,),
                  disabled=not st.session_state[show])


def _lock(room_id: int) -> None:
    workspace.db().set_locked(room_id, bool(st.session_state.get(f"room-lock-{room_id}")))


def lock_switch(room: store.Room) -> None:
    """Lock the room: phones that joined go on, new phones are told the room is locked."""
    key = f"room-lock-{room.id}"
    state.seed(key, room.locked)
    st.toggle(t("room_lock"), key=key, on_change=_lock, args=(room.id,), help=t("room_lock_help"))


def phones_line(room_id: int) -> str:
    joined, active = workspace.db().phones(room_id)
    return t("room_phones", joined=joined, active=active)


def _hide_phone(participant_id: int) -> None:
    workspace.db().hide_participant(participant_id)
    _flash("success", t("room_phone_hidden"))


def activities(room: store.Room) -> None:
    """Switches for what participants can do."""
    st.markdown(f"**{t('room_activities')}**")
    with st.container(horizontal=True):
        for a in store.ACTIVITIES:
            key = f"act-{room.id}-{a}"
            state.seed(key, a in room.activities)
            st.toggle(t(ACTIVITY_LABELS[a]), key=key, on_change=_activities, args=(room.id,))


def show(ws: workspace.Workspace, vision) -> None:
    """The werksessie mode of the studio."""
    if vision is None:
        st.info(t("room_needs_vision"))
        return
    room = open_room(ws.id)
    if room is None:
        st.subheader(t("room_title"))
        st.button(t("room_start"), key="room-start", on_click=_start, args=(ws.id,), type="primary",
                  icon=":material/groups:")
        last = next(iter(workspace.db().rooms(ws.id)), None)
        if last is not None:
            st.caption(t("room_closed_note"))
            results.show(last, vision)
        return
    state.choice("room_view", VIEWS, state.KEYS["room_view"].default)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.segmented_control(t("room_title"), VIEWS, key="room_view", required=True,
                             format_func=lambda v: t(f"room_tab_{v}"), label_visibility="collapsed")
        st.space("stretch")
        st.toggle(t("room_full_view"), key="room_full")
        with st.popover(t("room_close"), icon=":material/lock:", key="pop-room-close"):
            st.button(t("room_close"), key="room-close", on_click=_close, args=(room.id,), type="primary")
    view = st.session_state["room_view"]
    if view == "join":
        join_panel(room)
        if not st.session_state.get("room_full"):
            activities(room)
            results_switch(room)
            lock_switch(room)
            st.caption(phones_line(room.id))
    elif view == "inbox":
        inbox(room.id, vision)
    else:
        if not st.session_state.get("room_full"):
            results_switch(room)
        results.live(room, vision)


def full_view() -> bool:
    """Whether the room fills the page (projector), without the studio's toolbar."""
    return bool(st.session_state.get("room_full")) and st.session_state.get("mode") == "room"

"""Werksessie rooms: join codes (rate limited), participants, contributions with live polling, the
facilitator's decisions and the results' aggregates."""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

import sqlalchemy as sa

from . import schema as t
from .bounds import (
    ACTIVE_S,
    MAX_CONTRIBUTIONS_PER_PARTICIPANT,
    MAX_NAME,
    MAX_OPEN_ROOMS_PER_WORKSPACE,
    MAX_PARTICIPANTS,
    MAX_PHONES_PER_ADDRESS,
    MAX_ROLE,
    RATE_CONTRIBUTIONS,
    RATE_CONTRIBUTIONS_PER_ADDRESS,
    RATE_JOINS,
    RATE_WRONG_CODES,
)
from .clock import aware, now
from .contributions import validate
from .engine import transaction
from .ids import check_id, is_id, new_code, new_id, normal_code
from .model import (
    ACTIVITIES,
    STATUSES,
    Contribution,
    InvalidContribution,
    LimitExceeded,
    NotFound,
    Participant,
    RateLimited,
    Results,
    Room,
    RoomClosed,
    RoomLocked,
    StoreError,
)
from .text import clean

RM, P, C, A = t.rooms, t.participants, t.contributions, t.attempts
ATTEMPTS_KEPT = timedelta(days=1)
ATTEMPTS_KEPT_ADDRESS = timedelta(seconds=RATE_CONTRIBUTIONS_PER_ADDRESS[1] * 2)  # a busy address: keep it short


def _activities(activities: Iterable[str]) -> str:
    chosen = list(dict.fromkeys(activities))
    if any(a not in ACTIVITIES for a in chosen):
        raise ValueError("unknown activity")
    return ",".join(a for a in ACTIVITIES if a in chosen)


def _room(r) -> Room:
    return Room(r.id, r.code, r.ws_id, frozenset(a for a in r.activities.split(",") if a), r.is_open,
                aware(r.created_at), aware(r.closed_at), bool(r.show_results), bool(r.show_names), r.join_token,
                bool(r.locked))


def _participant(r) -> Participant:
    return Participant(r.id, r.room_id, r.key, r.name, r.role, bool(r.hidden))


def _client(client_key: str) -> str:
    """Client keys (a browser id, an address) are kept only as a hash."""
    return hashlib.sha256(str(client_key).encode("utf-8", "replace")).hexdigest()


def _short(value: str, limit: int, what: str) -> str:
    value = clean(value or "")
    if len(value) > limit:
        raise LimitExceeded(what, limit)
    return value


_CONTRIBUTION_COLUMNS = (C.c.id, C.c.room_id, C.c.participant_id, P.c.name, P.c.role, C.c.kind, C.c.payload,
                         C.c.status, C.c.edited, C.c.merged_into, C.c.created_at, C.c.updated_at)


def _contribution(r) -> Contribution:
    return Contribution(r.id, r.room_id, r.participant_id, r.name, r.role, r.kind, dict(r.payload), r.status,
                        None if r.edited is None else dict(r.edited), r.merged_into, aware(r.created_at),
                        aware(r.updated_at))


class Rooms:
    engine: sa.Engine

    # --- rooms -------------------------------------------------------------------------------

    def start_room(self, ws_id: str, *, activities: Iterable[str] = ACTIVITIES) -> Room:
        """Open a room on the workspace with a fresh join code (unique among open rooms).
        ``activities`` is a subset of ACTIVITIES. Raises NotFound, LimitExceeded('open_rooms')."""
        check_id(ws_id, "workspace id")
        chosen = _activities(activities)
        for _ in range(20):
            try:
                with transaction(self.engine, write=True) as c:
                    if c.execute(sa.select(t.workspaces.c.id).where(t.workspaces.c.id == ws_id)
                                 .with_for_update()).first() is None:
                        raise NotFound("workspace")
                    open_rooms = c.execute(sa.select(sa.func.count()).select_from(RM)
                                           .where(RM.c.ws_id == ws_id, RM.c.is_open)).scalar()
                    if open_rooms >= MAX_OPEN_ROOMS_PER_WORKSPACE:
                        raise LimitExceeded("open_rooms", MAX_OPEN_ROOMS_PER_WORKSPACE)
                    result = c.execute(sa.insert(RM).values(ws_id=ws_id, code=new_code(), activities=chosen,
                                                            join_token=new_id(), is_open=True, head=1,
                                                            created_at=now()))
                    room_id = result.inserted_primary_key[0]
            except sa.exc.IntegrityError:
                continue  # the code is taken by another open room: draw again
            return self.room(room_id)
        raise StoreError("no free join code")

    def room(self, room_id: int) -> Room | None:
        with transaction(self.engine) as c:
            r = c.execute(sa.select(RM).where(RM.c.id == room_id)).first()
        return None if r is None else _room(r)

    def rooms(self, ws_id: str) -> list[Room]:
        """The workspace's rooms, newest first (open and closed)."""
        check_id(ws_id, "workspace id")
        with transaction(self.engine) as c:
            rows = c.execute(sa.select(RM).where(RM.c.ws_id == ws_id).order_by(RM.c.id.desc())).all()
        return [_room(r) for r in rows]

    def room_by_code(self, code: str, *, client_key: str = "",
                     limits: Iterable[tuple[str, tuple[int, float]]] = ()) -> Room | None:
        """The open room with this join code (typed form accepted: case, spaces, dashes); else the most recent
        closed room that had it (``is_open`` False: tell the room is closed); else None (wrong code).
        Wrong codes count against ``client_key``: RateLimited after RATE_WRONG_CODES, even for a right code, so
        codes cannot be enumerated. Pass a per-browser key (browser or tab id), NOT a network address: the
        phones of a whole workshop often share one address (Wi-Fi NAT, or the proxy behind nginx), and a few
        typos would lock the whole room out. A guesser who changes keys still has 1 chance in ~10⁸ per try.
        ``limits``: (client key, rule) pairs that all apply instead (web/meedoen.py: the device token and the
        network address, each with its own rule)."""
        keyed = [(_client(k), rule) for k, rule in limits] or [(_client(client_key), RATE_WRONG_CODES)]
        with transaction(self.engine, write=True) as c:
            for client, rule in keyed:
                self._rate(c, "code", client, rule)
            norm = normal_code(code)
            if norm is not None:
                r = c.execute(sa.select(RM).where(RM.c.code == norm).order_by(RM.c.is_open.desc(), RM.c.id.desc())
                              .limit(1)).first()
                if r is not None:
                    return _room(r)
            for client, _rule in keyed:
                self._attempt(c, "code", client)
        return None

    def room_by_token(self, token: str) -> Room | None:
        """The room whose QR link carries ``token`` (open or closed), None when unknown or malformed."""
        if not is_id(token):
            return None
        with transaction(self.engine) as c:
            r = c.execute(sa.select(RM).where(RM.c.join_token == token)).first()
        return None if r is None else _room(r)

    def join_token(self, room_id: int) -> str:
        """The room's join token (made now for a room from before migration 0004)."""
        with transaction(self.engine, write=True) as c:
            r = self._locked_room(c, room_id)
            if r.join_token:
                return r.join_token
            token = new_id()
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(join_token=token))
            return token

    def set_locked(self, room_id: int, locked: bool) -> Room:
        """Lock the room (phones that joined go on; new phones are told the room is locked) or open it again."""
        with transaction(self.engine, write=True) as c:
            self._locked_room(c, room_id)
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(locked=locked, head=RM.c.head + 1))
        return self.room(room_id)

    def set_activities(self, room_id: int, activities: Iterable[str]) -> Room:
        """Switch activities on or off (also after closing, for the record)."""
        chosen = _activities(activities)
        with transaction(self.engine, write=True) as c:
            self._locked_room(c, room_id)
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(activities=chosen, head=RM.c.head + 1))
        return self.room(room_id)

    def show_results(self, room_id: int, show: bool, *, names: bool = False) -> Room:
        """Show the results to the room's participants (``names``: with the names they gave), or hide them."""
        with transaction(self.engine, write=True) as c:
            self._locked_room(c, room_id)
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(show_results=show, show_names=show and names,
                                                                      head=RM.c.head + 1))
        return self.room(room_id)

    def close_room(self, room_id: int) -> None:
        """Close the room: no more joins or contributions; its code may be given to a new room."""
        with transaction(self.engine, write=True) as c:
            r = self._locked_room(c, room_id)
            if r.is_open:
                c.execute(sa.update(RM).where(RM.c.id == room_id).values(is_open=False, closed_at=now(),
                                                                          head=RM.c.head + 1))

    def room_head(self, room_id: int) -> int:
        """A number that grows on every join, contribution, status change or closing: poll it cheaply."""
        with transaction(self.engine) as c:
            return c.execute(sa.select(RM.c.head).where(RM.c.id == room_id)).scalar() or 0

    def _locked_room(self, c: sa.Connection, room_id: int):
        """The room row, locked: writes in one room are serialised, so contribution ids grow in commit order
        and polling with ``since_id`` never skips one."""
        r = c.execute(sa.select(RM).where(RM.c.id == room_id).with_for_update()).first()
        if r is None:
            raise NotFound("room")
        return r

    # --- rate limits -------------------------------------------------------------------------

    def _rate(self, c: sa.Connection, what: str, client: str, rule: tuple[int, float]) -> None:
        limit, window = rule
        at = now()
        if limit > 50:  # a per-address rule: count, do not fetch
            n, first = c.execute(sa.select(sa.func.count(), sa.func.min(A.c.at)).where(
                A.c.what == what, A.c.client == client, A.c.at > at - timedelta(seconds=window))).one()
            if n >= limit:
                raise RateLimited(what, max(1.0, (first + timedelta(seconds=window) - at).total_seconds()))
            return
        times = c.execute(sa.select(A.c.at).where(A.c.what == what, A.c.client == client,
                                                  A.c.at > at - timedelta(seconds=window))
                          .order_by(A.c.at)).scalars().all()
        if len(times) >= limit:
            wait = (times[len(times) - limit] + timedelta(seconds=window) - at).total_seconds()
            raise RateLimited(what, max(1.0, wait))

    def _attempt(self, c: sa.Connection, what: str, client: str, kept: timedelta = ATTEMPTS_KEPT) -> None:
        at = now()
        c.execute(sa.insert(A).values(what=what, client=client, at=at))
        # Old attempts go now and then, not on every call: concurrent deletes of the same old rows of a busy address
        # (500 phones behind one Wi-Fi) would wait for each other. The clean-up removes what is left after a day.
        if kept >= ATTEMPTS_KEPT or secrets.randbelow(50) == 0:
            c.execute(sa.delete(A).where(A.c.what == what, A.c.client == client, A.c.at < at - kept))

    # --- participants ------------------------------------------------------------------------

    def join(self, room_id: int, *, name: str = "", role: str = "", client_key: str = "") -> Participant:
        """A new participant (name and role optional, plain text, trimmed). Raises RoomClosed, NotFound,
        LimitExceeded('participants' | 'name' | 'role'), RateLimited('join') per ``client_key`` (a browser or
        tab id; '' means no join limit, for trusted callers such as tests and benchmarks)."""
        name, role = _short(name, MAX_NAME, "name"), _short(role, MAX_ROLE, "role")
        client = _client(client_key)
        with transaction(self.engine, write=True) as c:
            r = self._locked_room(c, room_id)
            if not r.is_open:
                raise RoomClosed("room")
            if client_key:
                self._rate(c, "join", client, RATE_JOINS)
            count = c.execute(sa.select(sa.func.count()).select_from(P).where(P.c.room_id == room_id)).scalar()
            if count >= MAX_PARTICIPANTS:
                raise LimitExceeded("participants", MAX_PARTICIPANTS)
            if client_key:
                self._attempt(c, "join", client)
            key = new_id()
            result = c.execute(sa.insert(P).values(room_id=room_id, key=key, name=name, role=role, created_at=now()))
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(head=RM.c.head + 1))
            return Participant(result.inserted_primary_key[0], room_id, key, name, role)

    def participant(self, key: str) -> Participant | None:
        """A participant by their secret key (after a reload), None when unknown or malformed."""
        if not is_id(key):
            return None
        with transaction(self.engine) as c:
            r = c.execute(sa.select(P).where(P.c.key == key)).first()
        return None if r is None else _participant(r)

    def device_participant(self, room_id: int, device: str) -> Participant | None:
        """The phone's participant in the room (``device``: its server-issued device token), None if it never
        joined."""
        with transaction(self.engine) as c:
            r = c.execute(sa.select(P).where(P.c.room_id == room_id, P.c.device == _client(device))).first()
        return None if r is None else _participant(r)

    def join_device(self, room_id: int, device: str, address: str) -> Participant:
        """The phone's participant in the room, joined now when new (the facilitator counts it at once).
        ``device`` is the server-issued device token, ``address`` the network address the server saw; both are
        kept as hashes. Raises RoomClosed, RoomLocked (new phones only), NotFound,
        LimitExceeded('address_phones') after MAX_PHONES_PER_ADDRESS phones from one address,
        LimitExceeded('participants') at MAX_PARTICIPANTS."""
        dev, addr = _client(device), _client(address)
        found = self.device_participant(room_id, device)
        if found is not None:
            return found
        with transaction(self.engine, write=True) as c:
            r = self._locked_room(c, room_id)
            if not r.is_open:
                raise RoomClosed("room")
            found = c.execute(sa.select(P).where(P.c.room_id == room_id, P.c.device == dev)).first()
            if found is not None:
                return _participant(found)
            if r.locked:
                raise RoomLocked("room")
            from_address = c.execute(sa.select(sa.func.count()).select_from(P)
                                     .where(P.c.room_id == room_id, P.c.address == addr)).scalar()
            if from_address >= MAX_PHONES_PER_ADDRESS:
                raise LimitExceeded("address_phones", MAX_PHONES_PER_ADDRESS)
            count = c.execute(sa.select(sa.func.count()).select_from(P).where(P.c.room_id == room_id)).scalar()
            if count >= MAX_PARTICIPANTS:
                raise LimitExceeded("participants", MAX_PARTICIPANTS)
            key, at = new_id(), now()
            result = c.execute(sa.insert(P).values(room_id=room_id, key=key, name="", role="", created_at=at,
                                                   device=dev, address=addr, hidden=False, seen_at=at))
            c.execute(sa.update(RM).where(RM.c.id == room_id).values(head=RM.c.head + 1))
            return Participant(result.inserted_primary_key[0], room_id, key, "", "")

    def about(self, participant: Participant, *, name: str, role: str) -> Participant:
        """Set the name and role a participant gave (plain text, trimmed). Raises LimitExceeded('name' | 'role')."""
        name, role = _short(name, MAX_NAME, "name"), _short(role, MAX_ROLE, "role")
        if (name, role) == (participant.name, participant.role):
            return participant
        with transaction(self.engine, write=True) as c:
            c.execute(sa.update(P).where(P.c.id == participant.id, P.c.key == participant.key)
                      .values(name=name, role=role))
            c.execute(sa.update(RM).where(RM.c.id == participant.room_id).values(head=RM.c.head + 1))
        return Participant(participant.id, participant.room_id, participant.key, name, role, participant.hidden)

    def seen(self, participant_ids: Iterable[int]) -> None:
        """These phones opened the page or are still connected (for the facilitator's "active" count)."""
        ids = list(participant_ids)
        if ids:
            with transaction(self.engine, write=True) as c:
                c.execute(sa.update(P).where(P.c.id.in_(ids)).values(seen_at=now()))

    def phones(self, room_id: int) -> tuple[int, int]:
        """(joined, active): the phones that joined the room, and those seen within ACTIVE_S seconds."""
        with transaction(self.engine) as c:
            joined, active = c.execute(sa.select(
                sa.func.count(), sa.func.count().filter(P.c.seen_at > now() - timedelta(seconds=ACTIVE_S)))
                .where(P.c.room_id == room_id)).one()
        return joined, active

    def hide_participant(self, participant_id: int, hidden: bool = True) -> None:
        """Hide everything from this phone: its contributions so far get status 'verborgen' (accepted ones stay
        in the vision: undo is the studio's), and what it sends from now on arrives hidden. ``hidden`` False
        undoes the flag (earlier contributions stay hidden: show them one by one)."""
        with transaction(self.engine, write=True) as c:
            row = c.execute(sa.select(P.c.room_id).where(P.c.id == participant_id)).first()
            if row is None:
                raise NotFound("participant")
            self._locked_room(c, row.room_id)
            c.execute(sa.update(P).where(P.c.id == participant_id).values(hidden=hidden))
            if hidden:
                c.execute(sa.update(C).where(C.c.participant_id == participant_id, C.c.status != "geaccepteerd")
                          .values(status="verborgen", updated_at=now()))
            c.execute(sa.update(RM).where(RM.c.id == row.room_id).values(head=RM.c.head + 1))

    # --- contributions -----------------------------------------------------------------------

    def add_contribution(self, participant: Participant, kind: str, payload: dict, *,
                         address: str = "") -> Contribution:
        """Store a contribution (validated and trimmed, see Contribution for payloads).
        Raises RoomClosed, NotFound, InvalidContribution(field) (also 'kind' for a kind switched off),
        LimitExceeded('contributions' | 'length'), RateLimited('contribution') per phone, and
        RateLimited('address') per network ``address`` (RATE_CONTRIBUTIONS_PER_ADDRESS; '' for none). A phone the
        facilitator hid sends into status 'verborgen'."""
        clean_payload = validate(kind, payload)
        limit, window = RATE_CONTRIBUTIONS
        # The checks first, without the room's lock: the locked part (which serialises a room's writes) stays three
        # statements, so a room of 1,000 phones on PostgreSQL does not queue on round trips.
        with transaction(self.engine, write=True) as c:
            me = c.execute(sa.select(P.c.id, P.c.hidden).where(P.c.id == participant.id,
                                                               P.c.room_id == participant.room_id,
                                                               P.c.key == participant.key)).first()
            if me is None:
                raise NotFound("participant")
            at = now()
            times = c.execute(sa.select(C.c.created_at).where(C.c.participant_id == participant.id)
                              .order_by(C.c.created_at)).scalars().all()
            if len(times) >= MAX_CONTRIBUTIONS_PER_PARTICIPANT:
                raise LimitExceeded("contributions", MAX_CONTRIBUTIONS_PER_PARTICIPANT)
            recent = [x for x in times if x > at - timedelta(seconds=window)]
            if len(recent) >= limit:
                wait = (recent[len(recent) - limit] + timedelta(seconds=window) - at).total_seconds()
                raise RateLimited("contribution", max(1.0, wait))
            if address:
                self._rate(c, "address", _client(address), RATE_CONTRIBUTIONS_PER_ADDRESS)
                self._attempt(c, "address", _client(address), ATTEMPTS_KEPT_ADDRESS)
            c.execute(sa.update(P).where(P.c.id == participant.id).values(seen_at=at))
        status = "verborgen" if me.hidden else "nieuw"
        with transaction(self.engine, write=True) as c:
            # one statement locks the room row, moves its head and says whether the room takes this kind
            r = c.execute(sa.update(RM).where(RM.c.id == participant.room_id).values(head=RM.c.head + 1)
                          .returning(RM.c.id, RM.c.is_open, RM.c.activities)).first()
            if r is None:
                raise NotFound("room")
            if not r.is_open:
                raise RoomClosed("room")
            if kind not in r.activities.split(","):
                raise InvalidContribution("kind")
            at = now()
            result = c.execute(sa.insert(C).values(room_id=r.id, participant_id=participant.id, kind=kind,
                                                   payload=clean_payload, status=status, edited=None,
                                                   merged_into=None, created_at=at, updated_at=at))
            cid = result.inserted_primary_key[0]
        return Contribution(cid, r.id, participant.id, participant.name, participant.role, kind, clean_payload,
                            status, None, None, aware(at), aware(at))

    def contributions(self, room_id: int, *, since_id: int = 0, participant_id: int | None = None,
                      changed_since: datetime | None = None) -> list[Contribution]:
        """Contributions with id > since_id, oldest first (hidden ones included: filter on ``status``).
        Status changes do not change ids; ``changed_since`` (a UTC datetime) gives those whose status or edit
        changed at or after it, so a reader can keep its copy up to date incrementally (see
        components/results.room_items)."""
        query = (sa.select(*_CONTRIBUTION_COLUMNS).join(P, P.c.id == C.c.participant_id)
                 .where(C.c.room_id == room_id, C.c.id > since_id).order_by(C.c.id))
        if participant_id is not None:
            query = query.where(C.c.participant_id == participant_id)
        if changed_since is not None:
            query = query.where(C.c.updated_at >= changed_since.replace(tzinfo=None))
        with transaction(self.engine) as c:
            return [_contribution(r) for r in c.execute(query).all()]

    def set_status(self, contribution_id: int, status: str, *, edited: dict | None = None,
                   merged_into: int | None = None) -> Contribution:
        """The facilitator's decision (STATUSES). ``edited`` (validated like a payload of the same kind) replaces
        the shown content, with any status; 'bewerkt' needs one (given now or before). 'samengevoegd' needs
        ``merged_into``: another contribution of the same room. Raises NotFound, InvalidContribution."""
        if status not in STATUSES:
            raise InvalidContribution("status")
        with transaction(self.engine, write=True) as c:
            row = c.execute(sa.select(C.c.room_id, C.c.kind, C.c.edited).where(C.c.id == contribution_id)).first()
            if row is None:
                raise NotFound("contribution")
            self._locked_room(c, row.room_id)
            values = {"status": status, "updated_at": now(), "merged_into": None}
            if edited is not None:
                values["edited"] = validate(row.kind, edited)
            elif status == "bewerkt" and row.edited is None:
                raise InvalidContribution("edited")
            if status == "samengevoegd":
                target = merged_into is not None and merged_into != contribution_id and c.execute(
                    sa.select(C.c.id).where(C.c.id == merged_into, C.c.room_id == row.room_id)).first()
                if not target:
                    raise InvalidContribution("merged_into")
                values["merged_into"] = merged_into
            c.execute(sa.update(C).where(C.c.id == contribution_id).values(**values))
            c.execute(sa.update(RM).where(RM.c.id == row.room_id).values(head=RM.c.head + 1))
            r = c.execute(sa.select(*_CONTRIBUTION_COLUMNS).join(P, P.c.id == C.c.participant_id)
                          .where(C.c.id == contribution_id)).first()
        return _contribution(r)

    def results(self, room_id: int) -> Results:
        """Aggregates for the results view (see Results)."""
        items = self.contributions(room_id)
        with transaction(self.engine) as c:
            joined = c.execute(sa.select(sa.func.count()).select_from(P).where(P.c.room_id == room_id)).scalar()
        return aggregate(items, joined)


def aggregate(items: Iterable[Contribution], joined: int) -> Results:
    """The Results of a room's contributions (oldest first), pure: a reader that keeps the contributions up to date
    incrementally computes the results from its own copy, without reading the room again."""
    latest_vote: dict[int, tuple] = {}
    latest_rating: dict[tuple, tuple] = {}
    timeline = []
    for r in items:
        content = r.content
        if r.kind == "stem":
            latest_vote[r.participant_id] = (r.status, content)
        elif r.kind == "beoordeling":
            latest_rating[(r.participant_id, content["journey"], content["step"])] = (r.status, content)
        if r.status != "verborgen":
            timeline.append((r.created_at, r.kind))
    votes = Counter(p for status, content in latest_vote.values() if status != "verborgen"
                    for p in content["principles"])
    ratings: dict[tuple[str, str], dict[int, int]] = {}
    for status, content in latest_rating.values():
        if status != "verborgen":
            spread = ratings.setdefault((content["journey"], content["step"]), dict.fromkeys(range(-2, 3), 0))
            spread[content["score"]] += 1
    return Results(dict(votes), ratings, timeline, joined)

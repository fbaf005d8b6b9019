"""Werksessie rooms: join codes, rate limits, participants, contributions, the facilitator's decisions,
results and closing."""

from __future__ import annotations

import pytest

from store import (
    ACTIVITIES,
    InvalidContribution,
    LimitExceeded,
    NotFound,
    RateLimited,
    RoomClosed,
    bounds,
    normal_code,
)


@pytest.fixture
def room(db):
    ws = db.create("titel: Visie\n")
    return db.start_room(ws.id, activities=ACTIVITIES)


def test_codes_are_short_unambiguous_and_found_in_typed_form(db, room):
    assert len(room.code) == bounds.CODE_LENGTH and set(room.code) <= set(bounds.CODE_ALPHABET)
    assert not set(room.code) & set("01OI")
    typed = f" {room.code[:3].lower()}-{room.code[3:].lower()} "
    assert normal_code(typed) == room.code
    assert db.room_by_code(typed, client_key="phone") == room
    assert normal_code(room.code + "\n") == room.code  # trimmed on purpose, like typing; the check is a fullmatch
    assert normal_code(room.code + "X") is None


def test_open_codes_are_unique(db, monkeypatch):
    import store.rooms as r

    codes = iter(["AAAAAA", "AAAAAA", "BBBBBB"])
    monkeypatch.setattr(r, "new_code", lambda: next(codes))
    first = db.start_room(db.create("a").id, activities=["stem"])
    second = db.start_room(db.create("b").id, activities=["stem"])
    assert (first.code, second.code) == ("AAAAAA", "BBBBBB")


def test_wrong_codes_are_rate_limited_per_client(db, room):
    limit = bounds.RATE_WRONG_CODES[0]
    wrong = "ZZZZZZ" if room.code != "ZZZZZZ" else "YYYYYY"
    for _ in range(limit):
        assert db.room_by_code(wrong, client_key="attacker") is None
    with pytest.raises(RateLimited) as e:
        db.room_by_code(room.code, client_key="attacker")  # even the right code: no enumeration
    assert e.value.retry_after > 0
    assert db.room_by_code(room.code, client_key="someone else") == room
    assert db.room_by_code("nonsense\n", client_key="other") is None


def test_join_and_contribute_each_kind(db, room):
    anna = db.join(room.id, name="  Anna ", role="inwoner", client_key="p1")
    assert (anna.name, anna.role) == ("Anna", "inwoner") and db.participant(anna.key) == anna
    assert db.participant(anna.key + "\n") is None
    anon = db.join(room.id)
    assert (anon.name, anon.role) == ("", "")
    head = db.room_head(room.id)
    quote = db.add_contribution(anna, "verhaal", {"quote": "<b>Ik</b> wacht **lang**", "principle": "snel",
                                                  "extra": "dropped"})
    assert quote.payload == {"quote": "<b>Ik</b> wacht **lang**", "who": "", "principle": "snel",
                             "journey": None, "step": None}
    assert (quote.name, quote.status) == ("Anna", "nieuw")
    assert db.room_head(room.id) > head
    db.add_contribution(anna, "beoordeling", {"journey": "verhuizen", "step": "melden", "score": -2,
                                              "remark": "te lang"})
    db.add_contribution(anon, "stem", {"principles": ["snel", "snel", "dichtbij"]})
    db.add_contribution(anon, "voorstel", {"text": "Een loket in de bibliotheek"})
    got = db.contributions(room.id)
    assert [c.kind for c in got] == ["verhaal", "beoordeling", "stem", "voorstel"]
    assert [c.id for c in db.contributions(room.id, since_id=got[1].id)] == [got[2].id, got[3].id]
    assert [c.kind for c in db.contributions(room.id, participant_id=anon.id)] == ["stem", "voorstel"]


@pytest.mark.parametrize("kind, payload, field", [
    ("verhaal", {"quote": "   "}, "quote"),
    ("verhaal", {"quote": 5}, "quote"),
    ("beoordeling", {"journey": "j", "step": "s", "score": 3}, "score"),
    ("beoordeling", {"journey": "j", "step": "s", "score": True}, "score"),
    ("beoordeling", {"journey": "j", "score": 1}, "step"),
    ("stem", {"principles": ["a", "b", "c", "d"]}, "principles"),
    ("stem", {"principles": []}, "principles"),
    ("voorstel", {}, "text"),
    ("onzin", {}, "kind"),
    ("verhaal", "tekst", "payload"),
])
def test_invalid_contributions_say_which_field(db, room, kind, payload, field):
    p = db.join(room.id)
    with pytest.raises(InvalidContribution) as e:
        db.add_contribution(p, kind, payload)
    assert e.value.field == field
    assert db.contributions(room.id) == []


def test_lengths_and_switched_off_activities(db):
    ws = db.create("a")
    room = db.start_room(ws.id, activities=["verhaal"])
    p = db.join(room.id)
    with pytest.raises(LimitExceeded):
        db.add_contribution(p, "verhaal", {"quote": "x" * (bounds.MAX_QUOTE + 1)})
    with pytest.raises(InvalidContribution):
        db.add_contribution(p, "stem", {"principles": ["a"]})
    with pytest.raises(LimitExceeded):
        db.join(room.id, name="x" * (bounds.MAX_NAME + 1))
    room = db.set_activities(room.id, ["verhaal", "stem"])
    assert room.activities == {"verhaal", "stem"}
    db.add_contribution(p, "stem", {"principles": ["a"]})


def test_contribution_rate_and_total_limits(db, room, monkeypatch):
    import store.rooms as r

    p = db.join(room.id)
    for i in range(bounds.RATE_CONTRIBUTIONS[0]):
        db.add_contribution(p, "voorstel", {"text": f"idee {i}"})
    with pytest.raises(RateLimited):
        db.add_contribution(p, "voorstel", {"text": "nog een"})
    db.add_contribution(db.join(room.id), "voorstel", {"text": "een ander mag wel"})
    monkeypatch.setattr(r, "MAX_CONTRIBUTIONS_PER_PARTICIPANT", bounds.RATE_CONTRIBUTIONS[0])
    with pytest.raises(LimitExceeded):
        db.add_contribution(p, "voorstel", {"text": "nog een"})


def test_join_rate_and_participant_limits(db, room, monkeypatch):
    import store.rooms as r

    for _ in range(bounds.RATE_JOINS[0]):
        db.join(room.id, client_key="same phone")
    with pytest.raises(RateLimited):
        db.join(room.id, client_key="same phone")
    db.join(room.id)  # no client key: a trusted caller, not limited
    monkeypatch.setattr(r, "MAX_PARTICIPANTS", bounds.RATE_JOINS[0] + 2)
    db.join(room.id, client_key="a")
    with pytest.raises(LimitExceeded):
        db.join(room.id, client_key="b")


def test_a_participant_cannot_write_into_another_room(db, room):
    other = db.start_room(db.create("b").id, activities=ACTIVITIES)
    p = db.join(room.id)
    forged = type(p)(p.id, other.id, p.key, p.name, p.role)
    with pytest.raises(NotFound):
        db.add_contribution(forged, "voorstel", {"text": "x"})


def test_facilitator_decisions(db, room):
    p = db.join(room.id, name="Bo")
    a = db.add_contribution(p, "verhaal", {"quote": "Lang wachten"})
    b = db.add_contribution(p, "verhaal", {"quote": "Lang wachten!"})
    head = db.room_head(room.id)
    accepted = db.set_status(a.id, "geaccepteerd")
    assert accepted.status == "geaccepteerd" and db.room_head(room.id) > head
    edited = db.set_status(a.id, "bewerkt", edited={"quote": "  Ik wacht lang  "})
    assert edited.content["quote"] == "Ik wacht lang" and edited.payload["quote"] == "Lang wachten"
    merged = db.set_status(b.id, "samengevoegd", merged_into=a.id)
    assert merged.merged_into == a.id
    hidden = db.set_status(b.id, "verborgen")
    assert hidden.merged_into is None and hidden.status == "verborgen"
    with pytest.raises(InvalidContribution):
        db.set_status(b.id, "samengevoegd", merged_into=b.id)
    with pytest.raises(InvalidContribution):
        db.set_status(b.id, "bewerkt")
    with pytest.raises(InvalidContribution):
        db.set_status(b.id, "weg")
    with pytest.raises(NotFound):
        db.set_status(10**6, "verborgen")


def test_results(db, room):
    one, two, three = db.join(room.id), db.join(room.id), db.join(room.id)
    db.add_contribution(one, "stem", {"principles": ["a", "a", "b"]})
    db.add_contribution(one, "stem", {"principles": ["c"]})  # replaces one's earlier votes
    db.add_contribution(two, "stem", {"principles": ["a", "b", "c"]})
    hidden = db.add_contribution(three, "stem", {"principles": ["z", "z", "z"]})
    db.set_status(hidden.id, "verborgen")
    db.add_contribution(one, "beoordeling", {"journey": "j", "step": "s1", "score": -2})
    db.add_contribution(two, "beoordeling", {"journey": "j", "step": "s1", "score": 2})
    db.add_contribution(two, "beoordeling", {"journey": "j", "step": "s1", "score": 1})  # two changed their mind
    db.add_contribution(three, "verhaal", {"quote": "q"})
    res = db.results(room.id)
    assert res.votes == {"a": 1, "b": 1, "c": 2}
    assert res.ratings == {("j", "s1"): {-2: 1, -1: 0, 0: 0, 1: 1, 2: 0}}
    assert [k for _, k in res.timeline] == ["stem", "stem", "stem", "beoordeling", "beoordeling", "beoordeling",
                                            "verhaal"]
    assert res.participants == 3


def test_closing_stops_joins_and_contributions_and_frees_the_code(db, room, monkeypatch):
    p = db.join(room.id)
    db.close_room(room.id)
    closed = db.room_by_code(room.code, client_key="x")
    assert closed.id == room.id and not closed.is_open and closed.closed_at is not None
    with pytest.raises(RoomClosed):
        db.join(room.id)
    with pytest.raises(RoomClosed):
        db.add_contribution(p, "voorstel", {"text": "te laat"})
    import store.rooms as r

    monkeypatch.setattr(r, "new_code", lambda: room.code)
    again = db.start_room(room.ws_id, activities=["stem"])
    assert again.code == room.code and db.room_by_code(room.code, client_key="x") == again
    assert [x.id for x in db.rooms(room.ws_id)] == [again.id, room.id]


def test_open_rooms_per_workspace_bound_and_unknown_workspace(db, room):
    for _ in range(bounds.MAX_OPEN_ROOMS_PER_WORKSPACE - 1):
        db.start_room(room.ws_id, activities=["stem"])
    with pytest.raises(LimitExceeded):
        db.start_room(room.ws_id, activities=["stem"])
    with pytest.raises(NotFound):
        db.start_room("A" * 22, activities=["stem"])
    with pytest.raises(ValueError):
        db.start_room(room.ws_id, activities=["dansen"])


def test_deleting_the_workspace_removes_its_rooms(db):
    me = "B" * 22
    ws = db.create("a", browser=me)
    room = db.start_room(ws.id, activities=ACTIVITIES)
    db.add_contribution(db.join(room.id), "voorstel", {"text": "x"})
    db.delete(ws.id, browser=me)
    assert db.room(room.id) is None and db.contributions(room.id) == []


def test_results_are_shown_to_participants_only_when_the_facilitator_says_so(db, room):
    assert (room.show_results, room.show_names) == (False, False), "hidden by default"
    head = db.room_head(room.id)
    shown = db.show_results(room.id, True)
    assert (shown.show_results, shown.show_names) == (True, False)
    assert db.room_head(room.id) > head, "participants' pages notice the switch"
    assert db.show_results(room.id, True, names=True).show_names
    hidden = db.show_results(room.id, False, names=True)
    assert (hidden.show_results, hidden.show_names) == (False, False), "no names without results"
    assert db.room_by_code(room.code, client_key="phone") == hidden
    with pytest.raises(NotFound):
        db.show_results(room.id + 999, True)


# --- phones (the light participant page, web/meedoen.py) -------------------------------------------------------

def test_a_phone_joins_once_per_room_by_its_device_and_is_counted_at_once(db, room):
    from store import RoomLocked

    assert room.join_token and db.room_by_token(room.join_token) == room
    assert db.room_by_token("x" * 22) is None and db.room_by_token("../etc") is None
    first = db.join_device(room.id, "device-one-123456", "10.0.0.1")
    assert db.join_device(room.id, "device-one-123456", "10.0.0.2") == first, "the same phone after a reload"
    assert db.phones(room.id) == (1, 1)
    db.set_locked(room.id, True)
    with pytest.raises(RoomLocked):
        db.join_device(room.id, "device-two-123456", "10.0.0.1")
    assert db.join_device(room.id, "device-one-123456", "10.0.0.1") == first, "a phone that joined goes on"
    db.set_locked(room.id, False)
    db.join_device(room.id, "device-two-123456", "10.0.0.1")
    assert db.phones(room.id)[0] == 2


def test_phones_per_address_are_capped_and_other_addresses_get_in(db, room, monkeypatch):
    monkeypatch.setattr("store.rooms.MAX_PHONES_PER_ADDRESS", 3)
    for i in range(3):
        db.join_device(room.id, f"device-{i}-1234567890", "10.0.0.9")
    with pytest.raises(LimitExceeded) as error:
        db.join_device(room.id, "device-x-1234567890", "10.0.0.9")
    assert error.value.what == "address_phones"
    db.join_device(room.id, "device-y-1234567890", "10.0.0.8")


def test_contributions_per_address_are_limited_whatever_the_phone(db, room, monkeypatch):
    monkeypatch.setattr("store.rooms.RATE_CONTRIBUTIONS_PER_ADDRESS", (60, 60.0))  # counted, not fetched (> 50)
    sent = 0
    with pytest.raises(RateLimited) as error:
        for i in range(20):
            phone = db.join_device(room.id, f"device-{i}-1234567890", "10.0.0.7")
            for _ in range(5):
                db.add_contribution(phone, "voorstel", {"text": "x"}, address="10.0.0.7")
                sent += 1
    assert sent == 60 and error.value.what == "address"
    other = db.join_device(room.id, "device-other-12345678", "10.0.0.6")
    db.add_contribution(other, "voorstel", {"text": "y"}, address="10.0.0.6")


def test_a_hidden_phone_sends_into_hidden_and_its_past_is_hidden(db, room):
    phone = db.join_device(room.id, "device-hide-12345678", "10.0.0.5")
    db.add_contribution(phone, "verhaal", {"quote": "a"})
    db.hide_participant(phone.id)
    db.add_contribution(phone, "verhaal", {"quote": "b"})
    assert [c.status for c in db.contributions(room.id)] == ["verborgen", "verborgen"]


def test_changed_since_and_aggregate_keep_a_copy_up_to_date(db, room):
    from datetime import UTC, datetime, timedelta

    from store.rooms import aggregate

    phone = db.join(room.id, name="A")
    first = db.add_contribution(phone, "stem", {"principles": ["p1"]})
    mark = datetime.now(UTC) - timedelta(seconds=1)
    db.add_contribution(phone, "beoordeling", {"journey": "j", "step": "1", "score": 2})
    db.set_status(first.id, "verborgen")
    changed = db.contributions(room.id, changed_since=mark)
    assert {c.id for c in changed} >= {first.id}
    assert aggregate(db.contributions(room.id), 1) == db.results(room.id)

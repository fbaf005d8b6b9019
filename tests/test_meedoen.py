"""The light participant page (/meedoen, web/meedoen.py) at the protocol level: join by code and by the QR link's
token, send each kind (as JSON and as a plain form post), see it again after a reload, the refusals in plain
words, a room of 50 phones with nothing lost, and the limits that hold against a script with fresh identities
(docs/security.md)."""

from __future__ import annotations

import asyncio
import gzip
import random
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import store
from bench.webphone import Phone as AsyncPhone
from store import bounds
from tests.webroom import Phone, serving
from web import meedoen

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text()


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")
    return store.open_store()


@pytest.fixture
def room(db):
    return db.start_room(db.create(TEXT).id)


@pytest.fixture
def base(db):
    with serving(db) as url:
        yield url


def _vision():
    from praatplaat.load import load_text

    return load_text(TEXT).vision


def test_join_by_code_and_by_link_send_each_kind_and_see_it_after_a_reload(db, room, base):
    phone = Phone(base)
    status, body, url = phone.get(f"/meedoen?code={room.code.lower()}")
    assert status == 200 and url.endswith(f"/meedoen?j={room.join_token}"), "a typed code leads to the room's page"
    assert "Welkom bij" in body and room.ws_id not in body, "the editing secret stays hidden"
    assert phone.device, "the server issued a device token"
    assert db.phones(room.id)[0] == 1, "opening the page counts as joined (the facilitator sees it at once)"
    j = room.join_token
    vision = _vision()
    journey = vision.klantreizen[0]
    answers = [
        phone.send({"j": j, "kind": "verhaal", "quote": "*Heel* <i>fijn</i> geholpen", "name": "Anna"}),
        phone.send([("j", j), ("kind", "stem"), ("p", vision.principes[0].id), ("p", vision.principes[1].id)]),
        phone.send({"j": j, "kind": "beoordeling", f"r:{journey.id}:1": "2", f"r:{journey.id}:2": "-1"}),
        phone.send({"j": j, "kind": "voorstel", "text": "Langer open op zaterdag"}),
    ]
    assert all(a["ok"] for a in answers), answers
    assert answers[0]["message"] == "Dank u! We hebben het ontvangen."
    assert vision.principes[0].naam in answers[1]["message"], "a vote is confirmed with what was chosen"
    assert "2 stappen" in answers[2]["message"]
    stored = db.contributions(room.id)
    assert [c.kind for c in stored] == ["verhaal", "stem", "beoordeling", "beoordeling", "voorstel"]
    assert stored[0].payload["quote"] == "*Heel* <i>fijn</i> geholpen" and stored[0].name == "Anna"
    assert "&lt;i&gt;fijn&lt;/i&gt;" in answers[-1]["mine"], "what it sent, as escaped plain text"

    again = Phone(base)
    again.jar = phone.jar  # the same phone after a reload or a locked screen: its cookie
    again.opener = phone.opener
    _status, body, _url = again.get(f"/meedoen?j={j}")
    assert "Langer open op zaterdag" in body and "&lt;i&gt;fijn&lt;/i&gt;" in body, "it sees what it sent"
    assert db.phones(room.id)[0] == 1, "a reload is the same participant"

    scanner = Phone(base)
    assert scanner.join(f"/meedoen?j={j}") == j, "the QR link needs no code"
    assert db.phones(room.id)[0] == 2


def test_without_javascript_a_plain_form_post_sends_an_experience(db, room, base):
    phone = Phone(base)
    phone.join(f"/meedoen?j={room.join_token}")
    status, body, url = phone.post_form("/meedoen/stuur", {"j": room.join_token, "kind": "verhaal",
                                                           "quote": "Ik stond lang in de rij"})
    assert status == 200 and "sent=verhaal" in url
    assert "Dank u! We hebben het ontvangen." in body and "Ik stond lang in de rij" in body
    status, body, _url = phone.post_form("/meedoen/stuur", {"j": room.join_token, "kind": "verhaal", "quote": " "})
    assert "U heeft nog niets ingevuld." in body
    status, body, _url = phone.post_form("/meedoen/over", {"j": room.join_token, "name": "Bram", "role": "inwoner"})
    assert "Opgeslagen" in body
    assert db.device_participant(room.id, phone.device).name == "Bram"
    assert [c.payload["quote"] for c in db.contributions(room.id)] == ["Ik stond lang in de rij"]


def test_refusals_say_what_happened(db, room, base):
    phone = Phone(base)
    assert "Deze code kennen we niet" in phone.get("/meedoen?code=ZZZZZZ")[1]
    assert "Deze link werkt niet" in phone.get("/meedoen?j=" + "x" * 22)[1]
    phone.join(f"/meedoen?j={room.join_token}")
    db.set_activities(room.id, ["verhaal"])
    meedoen._rooms.clear()
    answer = phone.send({"j": room.join_token, "kind": "voorstel", "text": "Meer bankjes"})
    assert not answer["ok"] and "gesloten" in answer["message"], "a part switched off says so"
    db.set_locked(room.id, True)
    assert "op slot" in Phone(base).get(f"/meedoen?j={room.join_token}")[1], "a new phone: locked"
    assert phone.send({"j": room.join_token, "kind": "verhaal", "quote": "Nog één ding"})["ok"], \
        "a phone that joined goes on"
    long = phone.send({"j": room.join_token, "kind": "verhaal", "quote": "x" * (bounds.MAX_QUOTE + 1)})
    assert not long["ok"] and str(bounds.MAX_QUOTE) in long["message"]
    db.close_room(room.id)
    assert "gesloten" in phone.get(f"/meedoen?j={room.join_token}")[1]
    assert "gesloten" in Phone(base).get(f"/meedoen?code={room.code}")[1]


def test_a_hidden_phone_is_told_and_its_contributions_stay_hidden(db, room, base):
    phone = Phone(base)
    phone.join(f"/meedoen?j={room.join_token}")
    assert phone.send({"j": room.join_token, "kind": "verhaal", "quote": "Spam"})["ok"]
    db.hide_participant(db.device_participant(room.id, phone.device).id)
    answer = phone.send({"j": room.join_token, "kind": "verhaal", "quote": "Meer spam"})
    assert answer["ok"] and "niet aan de groep" in answer["message"]
    assert {c.status for c in db.contributions(room.id)} == {"verborgen"}


def test_what_is_open_now_arrives_over_server_sent_events(db, room, base):
    async def run():
        phone = AsyncPhone(base)
        status, headers, _ = await phone.get(f"/meedoen?j={room.join_token}")
        assert status == 200
        got: list[dict] = []
        stop = asyncio.Event()
        task = asyncio.create_task(phone.events(f"/meedoen/events?j={room.join_token}", got.append, stop))
        for _ in range(100):
            if got:
                break
            await asyncio.sleep(0.1)
        await asyncio.to_thread(db.set_activities, room.id, ["stem"])
        for _ in range(100):
            if len(got) > 1:
                break
            await asyncio.sleep(0.1)
        await asyncio.to_thread(db.show_results, room.id, True)
        for _ in range(100):
            if len(got) > 2:
                break
            await asyncio.sleep(0.1)
        stop.set()
        await task
        phone.close()
        return got

    got = asyncio.run(run())
    assert got[0]["open"] == sorted(store.ACTIVITIES) and not got[0]["closed"]
    assert got[1]["open"] == ["stem"]
    assert got[2]["results"]


def test_the_page_weighs_at_most_100_kB(db, room, base):
    phone = Phone(base)
    phone.join(f"/meedoen?j={room.join_token}")
    request = urllib.request.Request(f"{base}/meedoen?j={room.join_token}", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        page = response.read()
        assert response.headers["Content-Encoding"] == "gzip"
    fonts = [urllib.request.urlopen(f"{base}/meedoen/font/{w}.woff2").read() for w in (400, 700)]
    total = len(page) + sum(len(f) for f in fonts)
    assert total <= 100_000, f"{total} bytes"
    assert b"<script" in gzip.decompress(page)


def test_a_room_of_50_phones_loses_nothing(db, room, base):
    j = room.join_token
    journey = _vision().klantreizen[0]
    principles = [p.id for p in _vision().principes]

    def one(i: int) -> list[dict]:
        phone = Phone(base)
        phone.join(f"/meedoen?j={j}")
        return [phone.send({"j": j, "kind": "verhaal", "quote": f"Ervaring {i}", "name": f"P{i}"}),
                phone.send([("j", j), ("kind", "stem"), ("p", principles[i % len(principles)])]),
                phone.send({"j": j, "kind": "beoordeling", f"r:{journey.id}:1": str(i % 5 - 2)})]

    with ThreadPoolExecutor(max_workers=25) as pool:
        answers = [a for phone in pool.map(one, range(50)) for a in phone]
    refused = [a for a in answers if not a["ok"]]
    assert refused == [], refused[:3]
    assert len(db.contributions(room.id)) == 150, "0 lost"
    assert db.phones(room.id)[0] == 50
    assert sorted(c.payload["quote"] for c in db.contributions(room.id) if c.kind == "verhaal") == \
        sorted(f"Ervaring {i}" for i in range(50))


# --- abuse: a script with fresh identities (no cookies kept) ----------------------------------------------------

def test_a_script_cannot_find_a_room_by_guessing_codes(db, room, base):
    """Fresh identities per guess do not help: wrong codes count per network address too. After the documented
    number, every answer is "too many tries", also for the right code, so nothing is learned."""
    limit = bounds.RATE_WRONG_CODES_PER_ADDRESS[0]
    rng = random.Random(20)
    found = 0
    for _ in range(limit + 30):
        code = "".join(rng.choice(bounds.CODE_ALPHABET) for _ in range(bounds.CODE_LENGTH))
        body = Phone(base).get(f"/meedoen?code={code}")[1]  # a fresh phone every time: no cookie
        found += "Welkom bij" in body
    assert found == 0
    body = Phone(base).get(f"/meedoen?code={room.code}")[1]
    assert "te vaak een verkeerde code" in body and "minuten" in body and "QR-code" in body
    assert "Welkom bij" not in body, "even the right code is refused now"
    other = Phone(base, address="10.1.2.3")
    assert "Welkom bij" in other.get(f"/meedoen?code={room.code}")[1], "another network is not affected"
    assert "Welkom bij" in Phone(base).get(f"/meedoen?j={room.join_token}")[1], "the QR link still works"


def test_a_script_cannot_fill_the_room_for_others(db, room, base, monkeypatch):
    """New phones per address are capped (generously: MAX_PHONES_PER_ADDRESS); a phone on another network still
    gets in. Here the cap is lowered to keep the test short."""
    monkeypatch.setattr("store.rooms.MAX_PHONES_PER_ADDRESS", 15)
    j = room.join_token
    admitted = sum("Welkom bij" in Phone(base, "10.9.9.9").get(f"/meedoen?j={j}")[1] for _ in range(25))
    assert admitted == 15
    body = Phone(base, "10.9.9.9").get(f"/meedoen?j={j}")[1]
    assert "heel veel telefoons" in body, "the refusal says what happened"
    assert "Welkom bij" in Phone(base, "10.5.5.5").get(f"/meedoen?j={j}")[1], "a real participant gets in"


def test_a_script_with_fresh_identities_gets_no_more_through_than_the_limits(db, room, base, monkeypatch):
    """Per phone: RATE_CONTRIBUTIONS; per address: RATE_CONTRIBUTIONS_PER_ADDRESS (lowered here to keep the test
    short). A script making new phones gets no more through in a minute than the per-address limit."""
    per_phone = bounds.RATE_CONTRIBUTIONS[0]
    phone = Phone(base)
    phone.join(f"/meedoen?j={room.join_token}")
    answers = [phone.send({"j": room.join_token, "kind": "verhaal", "quote": f"q{i}"}) for i in range(per_phone + 3)]
    assert sum(a["ok"] for a in answers) == per_phone
    assert "Wacht" in answers[-1]["message"] and "seconden" in answers[-1]["message"]

    monkeypatch.setattr("store.rooms.RATE_CONTRIBUTIONS_PER_ADDRESS", (30, 60.0))
    accepted = per_phone  # the first phone's, from the same address (they count too)
    tried = 0
    for _ in range(8):  # fresh identities
        script = Phone(base)
        script.join(f"/meedoen?j={room.join_token}")
        for i in range(per_phone):
            tried += 1
            answer = script.send({"j": room.join_token, "kind": "verhaal", "quote": f"spam {i}"})
            accepted += answer["ok"]
            if not answer["ok"]:
                assert "vanaf dit netwerk" in answer["message"] or "Wacht" in answer["message"]
    assert accepted <= 30, accepted
    assert len(db.contributions(room.id)) == accepted

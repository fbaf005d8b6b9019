"""Real-time co-editing at the protocol level, against real `streamlit run app.py` servers: peers that speak
the editor's Yjs sync protocol over the sync websocket type at the same moment (20 ms a key, not taking turns),
on one process with SQLite and on two processes sharing one PostgreSQL; read-only links; a database outage and
a killed process. The same in real Chromium: tests/browser/test_coediting.py."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest
import websockets

import store
from tests.browser.conftest import serve
from tests.pg import new_database, postgres_server, running_postgres  # noqa: F401
from tests.syncpeer import Peer, until

SETTLE_S = 30.0  # the longest wait for a condition (a noisy 2-core machine); typical is well under a second


def ws_url(studio, ws_id: str) -> str:
    return studio.url.replace("http://", "ws://") + f"/sync/ws/{ws_id}"


def lines(prefix: str, n: int) -> list[str]:
    return [f"# {prefix}{i:02d}" for i in range(n)]


async def type_lines(peer: Peer, words: list[str], at: str) -> None:
    for word in words:
        await peer.type(word + "\n", at=at)
        await asyncio.sleep(0.3)


def stored(db: store.Store, ws_id: str) -> str:
    """The text the update log holds (what a reload or a new tab gets)."""
    from live.text import text_of

    return text_of([row.data for row in db.doc_log(ws_id)])


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    base = tmp_path_factory.mktemp("sync-one")
    with serve(base, f"sqlite:///{base / 'praatplaat.db'}") as studio:
        yield studio


@pytest.fixture(scope="module")
def two(tmp_path_factory, postgres_server):  # noqa: F811 - the fixture
    url = new_database(postgres_server)
    base = tmp_path_factory.mktemp("sync-two")
    with serve(base / "a", url) as a, serve(base / "b", url) as b:
        yield a, b


def test_two_tabs_typing_at_both_ends_at_once_lose_nothing(one):
    db = store.open_store(one.database)
    ws = db.create("titel: Samen\n")
    end, start = lines("A", 8), lines("B", 8)

    async def main():
        a, b = Peer(ws_url(one, ws.id)), Peer(ws_url(one, ws.id))
        await a.connect()
        await b.connect()
        await asyncio.gather(type_lines(a, end, "end"), type_lines(b, start, "start"))
        assert await until(lambda: str(a) == str(b), SETTLE_S), "both tabs show the same text"
        await a.close()
        await b.close()
        return str(a)

    text = asyncio.run(main())
    for line in end + start:
        assert text.count(line + "\n") == 1, f"{line!r} arrived whole, once"
    assert "titel: Samen\n" in text
    assert asyncio.run(until(lambda: stored(db, ws.id) == text, SETTLE_S)), "every character is stored"


def test_five_tabs_typing_in_the_same_line_converge(one):
    db = store.open_store(one.database)
    ws = db.create("kern: \n")
    words = {i: f"[{i}:{'xyz' * 2}]" for i in range(5)}

    async def main():
        peers = [Peer(ws_url(one, ws.id)) for _ in words]
        for peer in peers:
            await peer.connect()
        line_end = len("kern: ")  # every tab types at the end of the same line, at the same moment
        await asyncio.gather(*(peer.type(words[i], at=line_end) for i, peer in enumerate(peers)))
        assert await until(lambda: len({str(p) for p in peers}) == 1, SETTLE_S), "all five show one text"
        for peer in peers:
            await peer.close()
        return str(peers[0])

    text = asyncio.run(main())
    for word in words.values():
        assert text.count(word) == 1, f"{word!r} is in the line, whole, once: {text!r}"
    assert asyncio.run(until(lambda: stored(db, ws.id) == text, SETTLE_S))


def test_a_read_only_link_receives_live_but_cannot_change(one):
    db = store.open_store(one.database)
    ws = db.create("titel: Alleen lezen\n")
    token = db.share(ws.id)
    reader_url = one.url.replace("http://", "ws://") + f"/sync/lees/{token}"

    async def main():
        reader, editor = Peer(reader_url), Peer(ws_url(one, ws.id))
        await reader.connect()
        await editor.connect()
        assert str(reader) == "titel: Alleen lezen\n"
        await reader.type("# ingebroken\n", at="start", delay=0)  # sent by hand: the server must drop it
        await editor.type("# bewerkt\n", at="end", delay=0)
        assert await until(lambda: "# bewerkt" in str(reader), SETTLE_S), "the reader sees edits live"
        await asyncio.sleep(1.0)
        assert "ingebroken" not in str(editor), "the reader's update reached no one"
        db.revoke_share(ws.id)
        assert await until(lambda: not reader.connected, SETTLE_S), "a revoked link is disconnected"
        await editor.close()
        await reader.close()

    asyncio.run(main())
    assert "ingebroken" not in stored(db, ws.id)


def test_an_editor_that_leaves_without_a_word_is_gone_from_who_is_here_at_once(one):
    """A connection that ends without its awareness removal (a closed laptop, a crashed browser, an editor whose
    room was opened anew) is gone from the others' list of who is here at once, not after a 30 s time-out. The
    peers here have no time-out of their own: only the server's word removes a name."""
    ws = store.open_store(one.database).create("titel: Wie is er\n")

    async def main():
        anna, bob, cor = Peer(ws_url(one, ws.id)), Peer(ws_url(one, ws.id)), Peer(ws_url(one, ws.id))
        for peer, name in ((anna, "Anna"), (bob, "Bob"), (cor, "Cor")):
            await peer.connect()
            await peer.announce(name)
        for peer, name in ((anna, "Anna"), (bob, "Bob")):  # say it again, as the editor does for a newcomer
            await peer.announce(name)
        assert await until(lambda: cor.others() == ["Anna", "Bob"], SETTLE_S), cor.others()
        await anna.close()  # the socket closes; no removal was sent
        assert await until(lambda: cor.others() == ["Bob"], SETTLE_S), f"Anna left: {cor.others()}"
        assert await until(lambda: bob.others() == ["Cor"], SETTLE_S), bob.others()
        await anna.connect()  # back (the same editor): it says who it is with a new clock, as collab.mjs does
        await anna.announce("Anna")
        assert await until(lambda: cor.others() == ["Anna", "Bob"], SETTLE_S), f"Anna is back: {cor.others()}"
        await anna.close()
        await bob.close()
        await cor.close()

    asyncio.run(main())


def test_unknown_or_malformed_ids_get_nothing(one):
    base = one.url.replace("http://", "ws://")

    async def refused(url: str) -> bool:
        try:
            async with websockets.connect(url, open_timeout=20):
                return False
        except websockets.InvalidStatus as error:
            return error.response.status_code == 403

    for path in (f"/sync/ws/{store.new_id()}", "/sync/ws/..%2F..%2Fetc", f"/sync/lees/{store.new_id()}",
                 "/sync/ws/x"):
        assert asyncio.run(refused(base + path)), path


def test_two_processes_on_postgresql_converge(two):
    a_studio, b_studio = two
    db = store.open_store(a_studio.database)
    ws = db.create("titel: Twee servers\n")
    end, start = lines("A", 6), lines("B", 6)

    async def main():
        a, b = Peer(ws_url(a_studio, ws.id)), Peer(ws_url(b_studio, ws.id))
        await a.connect()
        await b.connect()
        await asyncio.gather(type_lines(a, end, "end"), type_lines(b, start, "start"))
        assert await until(lambda: str(a) == str(b), SETTLE_S), "tabs on two processes end with one text"
        await a.close()
        await b.close()
        return str(a)

    text = asyncio.run(main())
    for line in end + start:
        assert text.count(line + "\n") == 1, line
    assert asyncio.run(until(lambda: stored(db, ws.id) == text, SETTLE_S))


def test_a_database_outage_costs_no_keystroke(tmp_path):
    control: dict = {}
    with running_postgres(control) as server:
        url = new_database(server)
        db = store.Store(url)
        ws = db.create("titel: Storing\n")
        words = lines("S", 12)
        with serve(tmp_path, url) as studio:

            async def main():
                peer = Peer(ws_url(studio, ws.id))
                await peer.connect()
                await type_lines(peer, words[:4], "end")
                control["stop"]()  # the database goes away for 20 s while the person types on
                await type_lines(peer, words[4:8], "end")
                await asyncio.sleep(max(0.0, 20 - 4 * 0.6))
                assert peer.connected, "the editor stays connected while the database is down"
                control["start"]()
                await type_lines(peer, words[8:], "end")
                return peer

            async def finish():
                peer = await main()
                fresh = store.Store(url)
                ok = await until(lambda: _stored_or_empty(fresh, ws.id) == str(peer), 60)
                await peer.close()
                return ok, str(peer)

            ok, text = asyncio.run(finish())
        assert ok, "everything typed during and after the outage was written when the database came back"
        for word in words:
            assert word in text


def _stored_or_empty(db: store.Store, ws_id: str) -> str:
    try:
        return stored(db, ws_id)
    except Exception:  # noqa: BLE001 - still reconnecting
        return ""


def test_a_killed_process_costs_nothing_its_tab_reconnects_to_the_other(tmp_path):
    database = f"sqlite:///{tmp_path / 'praatplaat.db'}"
    db = store.open_store(database)
    ws = db.create("titel: Overleven\n")
    words = lines("K", 10)
    with serve(tmp_path / "a", database) as a, serve(tmp_path / "b", database) as b:

        async def main():
            peer = Peer(ws_url(a, ws.id))
            await peer.connect()
            typing = asyncio.get_running_loop().create_task(type_lines(peer, words, "end"))
            await asyncio.sleep(2.5)
            os.kill(a.pid, signal.SIGKILL)  # mid-typing; what it had not written yet is only in the tab
            await until(lambda: not peer.connected, SETTLE_S)
            await typing  # the person types on while disconnected
            peer.url = ws_url(b, ws.id)  # nginx would send the reconnect to the other process
            await peer.connect()
            assert await until(lambda: stored(db, ws.id) == str(peer), SETTLE_S), "its unsent typing merged in"
            text = str(peer)
            await peer.close()
            return text

        text = asyncio.run(main())
    for word in words:
        assert text.count(word + "\n") == 1, word


def test_behind_nginx_a_killed_replica_costs_nothing(tmp_path, postgres_server):  # noqa: F811 - the fixture
    """deploy/nginx.conf in front of two processes on one PostgreSQL: the editors of one praatplaat meet on one
    replica; it is killed mid-typing; the tab reconnects through nginx to the other and its typing merges in."""
    from tests.nginx import nginx_binary, nginx_in_front, serving_port

    if nginx_binary() is None:
        pytest.fail("nginx is not installed (tests/run.sh installs it)")
    url = new_database(postgres_server)
    db = store.open_store(url)
    ws = db.create("titel: Achter nginx\n")
    words = lines("N", 10)
    with serve(tmp_path / "a", url) as a, serve(tmp_path / "b", url) as b:
        ports = {int(s.url.rsplit(":", 1)[1]): s for s in (a, b)}
        with nginx_in_front(*(f"127.0.0.1:{p}" for p in ports)) as front:

            async def main():
                peer, other = Peer(ws_url_of(front, ws.id)), Peer(ws_url_of(front, ws.id))
                await peer.connect()
                await other.connect()
                typing = asyncio.get_running_loop().create_task(type_lines(peer, words, "end"))
                await asyncio.sleep(2.5)
                serving = serving_port(list(ports))
                assert serving is not None, "nginx holds a websocket to one replica"
                os.kill(ports[serving].pid, signal.SIGKILL)
                await until(lambda: not peer.connected, SETTLE_S)
                await typing
                await peer.connect()  # through nginx again: the other replica
                await other.close()
                other = Peer(ws_url_of(front, ws.id))
                await other.connect()
                assert await until(lambda: str(other) == str(peer), SETTLE_S), "a new tab sees all of it"
                text = str(peer)
                await peer.close()
                await other.close()
                return text

            text = asyncio.run(main())
    for word in words:
        assert text.count(word + "\n") == 1, word
    assert asyncio.run(until(lambda: stored(db, ws.id) == text, SETTLE_S))


def ws_url_of(base: str, ws_id: str) -> str:
    return base.replace("http://", "ws://") + f"/sync/ws/{ws_id}"


HOSTILE_TITLES = ["2026-02-30", "9" * 5000, "[" * 2000, "a\x00b"]


@pytest.mark.parametrize("title", HOSTILE_TITLES, ids=["date", "nines", "nesting", "nul"])
def test_no_title_stops_saving(one, title):
    """A title that is a date, a huge number, deep nesting or holds a NUL is typed like any text: it is stored,
    and so is what is typed after it."""
    db = store.open_store(one.database)
    ws = db.create("versie: 1\n")

    async def main():
        peer = Peer(ws_url(one, ws.id))
        await peer.connect()
        await peer.type(f"titel: {title}\n", delay=0)
        await peer.type("# daarna getypt\n", delay=0.01)
        assert await until(lambda: stored(db, ws.id) == str(peer), SETTLE_S), "everything is in the log"
        await peer.close()
        return str(peer)

    text = asyncio.run(main())
    assert f"titel: {title}\n" in text and "# daarna getypt" in text
    if "\x00" not in title:  # a NUL stays in the log only: the history keeps the text it can hold
        assert asyncio.run(until(lambda: db.get(ws.id).text == text, SETTLE_S)), "the snapshot follows too"


def test_a_text_over_the_limit_waits_unsaved_until_it_is_shortened(one):
    db = store.open_store(one.database)
    ws = db.create("titel: Groot\n")
    big = "# " + "x" * (600 * 1024) + "\n"

    async def main():
        peer = Peer(ws_url(one, ws.id))
        await peer.connect()
        await peer.type("# voor het plakken\n", delay=0)
        assert await until(lambda: "# voor het plakken" in stored(db, ws.id), SETTLE_S)
        peer.text.insert(len(peer.text), big)  # a paste of 600 KiB
        await asyncio.sleep(1.5)
        assert big not in stored(db, ws.id), "over 512 KiB nothing is written"
        await peer.type("# tijdens\n", delay=0)
        start = str(peer).index(big)
        del peer.text[len(str(peer)[:start].encode("utf-8")):len(str(peer)[:start + len(big)].encode("utf-8"))]
        assert await until(lambda: stored(db, ws.id) == str(peer), SETTLE_S), "shortened, everything is written"
        await peer.close()
        return str(peer)

    text = asyncio.run(main())
    assert "# voor het plakken" in text and "# tijdens" in text and "x" * 100 not in text

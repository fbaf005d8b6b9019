"""Concurrent saves from several threads and several processes on one workspace: no revision lost, every
save's text is the head at some point, merged into it, or kept as a conflict version."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor

from store import Store

WRITERS, SAVES = 4, 8
BASE = "".join(f"regel{i}: begin\n" for i in range(WRITERS)) + "slot: gedeeld\n"


def write_lines(db: Store, ws_id: str, writer: int, clash: bool) -> list[tuple]:
    """One writer: saves SAVES times; its own line (or, with ``clash``, the shared last line too)."""
    state = db.get(ws_id)
    base, text, done = state.revision, state.text, []
    for k in range(SAVES):
        lines = text.splitlines(keepends=True)
        lines[writer] = f"regel{writer}: {k}\n"
        if clash:
            lines[-1] = f"slot: {writer}-{k}\n"
        mine = "".join(lines)
        r = db.save(ws_id, mine, base_revision=base, session=f"w{writer}")
        done.append((mine, r.status, r.revision, r.text, r.kept))
        base, text = r.revision, r.text
    return done


def _process_writer(url: str, ws_id: str, writer: int, clash: bool) -> list[tuple]:
    db = Store(url)
    try:
        return write_lines(db, ws_id, writer, clash)
    finally:
        db.close()


def check_nothing_lost(db: Store, ws_id: str, results: list[list[tuple]], clash: bool) -> None:
    history = {h.n: h for h in db.history(ws_id, limit=10_000)}
    final = db.get(ws_id)
    written = [s for r in results for _, s, *_ in r if s != "unchanged"]
    assert len(history) == 1 + len(written)  # one revision per save that wrote, none overwritten or lost
    for writer, writer_results in enumerate(results):
        for k, (mine, status, revision, text, kept) in enumerate(writer_results):
            assert status in ("saved", "merged", "conflict")
            if status in ("saved", "merged"):
                assert db.revision(ws_id, revision).text == text
                assert f"regel{writer}: {k}" in text.splitlines()  # this writer's change is in the result
            if status == "conflict":
                assert db.revision(ws_id, kept).text == mine and history[kept].kind == "conflict"
    if not clash:  # every writer only touched its own line: all merge, the last values of all are in the head
        assert all(s in ("saved", "merged") for s in written)
        for writer in range(len(results)):
            assert f"regel{writer}: {SAVES - 1}" in final.text.splitlines()


def test_threads_on_separate_lines_all_merge(db):
    ws = db.create(BASE)
    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(lambda w: write_lines(db, ws.id, w, False), range(WRITERS)))
    check_nothing_lost(db, ws.id, results, clash=False)


def test_threads_on_the_same_line_keep_every_version(db):
    ws = db.create(BASE)
    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(lambda w: write_lines(db, ws.id, w, True), range(WRITERS)))
    check_nothing_lost(db, ws.id, results, clash=True)


def test_processes_on_separate_lines_all_merge(db):
    ws = db.create(BASE)
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pending = pool.starmap_async(_process_writer, [(db.url, ws.id, w, False) for w in range(3)])
        mine = write_lines(db, ws.id, 3, False)
        results = pending.get(timeout=300) + [mine]
    check_nothing_lost(db, ws.id, results, clash=False)


def test_processes_on_the_same_line_keep_every_version(db):
    ws = db.create(BASE)
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        results = pool.starmap(_process_writer, [(db.url, ws.id, w, True) for w in range(3)])
    check_nothing_lost(db, ws.id, results, clash=True)


def _process_participant(url: str, room_id: int, n: int) -> list[int]:
    db = Store(url)
    try:
        p = db.join(room_id, name=f"p{n}", client_key=f"phone{n}")
        return [db.add_contribution(p, "voorstel", {"text": f"idee {n}.{i}"}).id for i in range(SAVES)]
    finally:
        db.close()


def test_contributions_from_processes_are_all_seen_by_polling(db):
    """Three processes send while this one polls with since_id, as the facilitator's page does: none skipped."""
    room = db.start_room(db.create("a").id, activities=["voorstel"])
    seen: list[int] = []
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pending = pool.starmap_async(_process_participant, [(db.url, room.id, n) for n in range(3)])
        for _ in range(6000):  # bounded: 5 minutes at most
            done = pending.ready()
            seen += [c.id for c in db.contributions(room.id, since_id=seen[-1] if seen else 0)]
            if done:
                break
            pending.wait(0.05)
        sent = pending.get(timeout=300)
    assert sorted(seen) == sorted(i for ids in sent for i in ids)
    assert len(set(seen)) == 3 * SAVES

"""Concurrent writers of one shared document from several threads and processes, with compaction running
meanwhile: every update lands in the log, the document holds every edit once, and a reader that follows the log
by id misses none. Also the rooms: contributions from several processes are all seen by polling."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

import pycrdt

from live.text import first_update, new_doc, text_of
from store import Store

WRITERS, SAVES = 4, 8


def write_updates(db: Store, ws_id: str, writer: int) -> None:
    """One editor: its own copy of the document, SAVES lines typed at its end, each written as an update."""
    doc, text = new_doc()
    for row in db.doc_log(ws_id):
        doc.apply_update(row.data)
    for k in range(SAVES):
        before = doc.get_state()
        text.insert(len(text), f"w{writer}: {k}\n")
        db.append_updates(ws_id, [doc.get_update(before)], f"w{writer}")


def _process_writer(url: str, ws_id: str, writer: int) -> None:
    db = Store(url)
    try:
        write_updates(db, ws_id, writer)
    finally:
        db.close()


def check_every_edit_once(db: Store, ws_id: str, writers: int) -> None:
    text = text_of([row.data for row in db.doc_log(ws_id)])
    for writer in range(writers):
        for k in range(SAVES):
            assert text.count(f"w{writer}: {k}\n") == 1, (writer, k, text)


def compacting(db: Store, ws_id: str, stop: threading.Event) -> None:
    while not stop.is_set():
        db.compact_doc(ws_id, lambda updates: pycrdt.merge_updates(*updates))


def test_threads_write_while_the_log_is_compacted(db):
    ws = db.create("titel: samen\n")
    db.seed_doc(ws.id, first_update)
    stop = threading.Event()
    compactor = threading.Thread(target=compacting, args=(db, ws.id, stop))
    compactor.start()
    try:
        with ThreadPoolExecutor(WRITERS) as pool:
            list(pool.map(lambda w: write_updates(db, ws.id, w), range(WRITERS)))
    finally:
        stop.set()
        compactor.join()
    check_every_edit_once(db, ws.id, WRITERS)
    assert "titel: samen" in text_of([row.data for row in db.doc_log(ws.id)])


def test_processes_write_and_a_reader_following_the_log_misses_nothing(db):
    ws = db.create("titel: samen\n")
    db.seed_doc(ws.id, first_update)
    seen: dict[int, bytes] = {}
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pending = pool.starmap_async(_process_writer, [(db.url, ws.id, w) for w in range(3)])
        cursor = 0
        while not pending.ready():
            for row in db.updates_after(max(0, cursor - 200), [ws.id]):  # as live.hub's tailer reads it
                seen[row.id] = row.data
                cursor = max(cursor, row.id)
        pending.get(timeout=300)
    for row in db.updates_after(max(0, cursor - 200), [ws.id]):
        seen[row.id] = row.data
    assert text_of([seen[i] for i in sorted(seen)]) == text_of([r.data for r in db.doc_log(ws.id)])
    check_every_edit_once(db, ws.id, 3)


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

"""Benchmark: median and p95 time of the store operations a person's actions cause, on SQLite and PostgreSQL.

    python bench/store_ops.py [--runs 50] [--postgres]

For the largest example vision's shared document: a flush of typing (a batch of real Yjs keystroke updates
appended to the log), a process's tail of the log (the hub's read of other processes' rows), the text snapshot
taken after typing, opening the document (seed + whole log), compacting a log of ``COMPACT_AFTER`` rows, the head
check, opening a workspace, sending a contribution and the facilitator's poll.
``--postgres`` also starts a throw-away PostgreSQL (tests/pg.py, Debian's initdb/pg_ctl).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrdt  # noqa: E402

from live.hub import COMPACT_AFTER, LOOKBACK  # noqa: E402
from live.text import first_update, new_doc  # noqa: E402
from store import Store  # noqa: E402

TEXT = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8")
BATCH = 3  # keystroke updates per flush (typing fast, flushed every 50 ms)


def timings(fn, runs: int, prepare=None) -> tuple[float, float]:
    """``fn(i)`` timed ``runs`` times; ``prepare(i)``, when given, runs before each call, untimed."""
    times = []
    for i in range(runs):
        if prepare is not None:
            prepare(i)
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def keystrokes(seed: bytes, count: int) -> list[bytes]:
    """``count`` Yjs updates, one typed character each at the end of the document, as a browser sends them."""
    doc, ytext = new_doc()
    doc.apply_update(seed)
    updates = []
    for i in range(count):
        before = doc.get_state()
        ytext += "abcdefghij"[i % 10]
        updates.append(doc.get_update(before))
    return updates


def measure(url: str, runs: int) -> dict[str, tuple[float, float]]:
    db = Store(url)
    ws = db.create(TEXT)
    seed = first_update(TEXT)
    db.seed_doc(ws.id, lambda text: seed)
    typed = keystrokes(seed, runs * BATCH)
    tail = {"after": 0}
    other = db.create(TEXT)  # its own log, filled and compacted for every run
    db.seed_doc(other.id, first_update)
    filler = keystrokes(first_update(TEXT), COMPACT_AFTER)

    room = db.start_room(ws.id, activities=["voorstel"])
    people = [db.join(room.id, client_key=str(n)) for n in range(runs // 8 + 1)]
    results = {
        f"append updates (a flush of {BATCH} keystrokes)": timings(
            lambda i: db.append_updates(ws.id, typed[i * BATCH:(i + 1) * BATCH], "bench"), runs),
        f"tail the log (updates_after, {LOOKBACK} back)": timings(
            lambda i: db.updates_after(tail["after"], [ws.id]), runs,
            prepare=lambda i: tail.update(after=max(0, db.last_update_id() - LOOKBACK))),
        "snapshot (text changed)": timings(lambda i: db.snapshot(ws.id, TEXT + f"# {i}\n", session="a"), runs),
        "open document (seed_doc + doc_log)": timings(
            lambda i: (db.seed_doc(ws.id, first_update), db.doc_log(ws.id)), runs),
        f"compact a log of {COMPACT_AFTER} rows": timings(
            lambda i: db.compact_doc(other.id, lambda updates: pycrdt.merge_updates(*updates)),
            max(1, runs // 5), prepare=lambda i: db.append_updates(other.id, filler, "bench")),
        "head check": timings(lambda i: db.head(ws.id), runs),
        "open workspace (get)": timings(lambda i: db.get(ws.id), runs),
        "send contribution": timings(lambda i: db.add_contribution(people[i // 8], "voorstel", {"text": f"idee {i}"}),
                                     runs),
        "facilitator poll (room_head + new since)": timings(
            lambda i: (db.room_head(room.id), db.contributions(room.id, since_id=runs - 2)), runs),
    }
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    backends = [("SQLite", _sqlite)]
    if args.postgres:
        backends.append(("PostgreSQL", _postgres))
    for name, make in backends:
        with make() as url:
            print(f"{name} ({args.runs} runs; median / p95 ms)")
            for op, (median, p95) in measure(url, args.runs).items():
                print(f"  {op:46} {median:7.1f} / {p95:7.1f}")


class _sqlite:
    def __enter__(self) -> str:
        self.dir = tempfile.TemporaryDirectory()
        return f"sqlite:///{self.dir.name}/bench.db"

    def __exit__(self, *exc) -> None:
        self.dir.cleanup()


class _postgres:
    def __enter__(self) -> str:
        from tests.pg import new_database, running_postgres

        self.server = running_postgres()
        return new_database(self.server.__enter__())

    def __exit__(self, *exc) -> None:
        self.server.__exit__(*exc)


if __name__ == "__main__":
    main()

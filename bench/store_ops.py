"""Benchmark: median and p95 time of the store operations a person's actions cause, on SQLite and PostgreSQL.

    python bench/store_ops.py [--runs 50] [--postgres]

A keystroke save on the head (typing), a save on a stale base that merges, the tab's once-a-second head poll,
opening a workspace, sending a contribution and the facilitator's poll, for the largest example vision.
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

from store import Store  # noqa: E402

TEXT = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8")


def timings(fn, runs: int) -> tuple[float, float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def measure(url: str, runs: int) -> dict[str, tuple[float, float]]:
    db = Store(url)
    ws = db.create(TEXT)
    state = {"rev": ws.revision}

    def typing(i):
        state["rev"] = db.save(ws.id, TEXT + f"# {i}\n", base_revision=state["rev"], session="a", typing=True).revision

    def merging(i):
        base = db.head(ws.id)
        db.save(ws.id, TEXT + f"# {i}\n", base_revision=base, session="a")
        db.save(ws.id, f"# b{i}\n" + TEXT, base_revision=base, session="b")  # stale: merged

    room = db.start_room(ws.id, activities=["voorstel"])
    people = [db.join(room.id, client_key=str(n)) for n in range(runs // 8 + 1)]
    results = {
        "save (typing, on head)": timings(typing, runs),
        "save (stale base, merged) ×2": timings(merging, runs),
        "head poll": timings(lambda i: db.head(ws.id), runs),
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
                print(f"  {op:44} {median:7.1f} / {p95:7.1f}")


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

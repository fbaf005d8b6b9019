"""Co-editing latency: a keystroke in one tab → visible in another tab, on one process (SQLite) and across two
processes sharing a PostgreSQL (the bench starts a throw-away one), with real ``streamlit run app.py`` servers on
127.0.0.1.

The tabs are protocol-level editors (tests/syncpeer.py: the editor's Yjs sync over the sync websocket, in
Python), so the figure is the server's part plus the wire: from the moment tab A's update leaves (the key press
has been applied to A's document) until tab B's document holds the character. ``--typists N`` adds N more tabs
typing at 20 ms a key meanwhile (a busy praatplaat). Median and p95 over ``--presses`` key presses per run,
median of ``--runs`` runs. The browser's own part (CodeMirror, Yjs in the page) is in bench/keystroke.py.

    python bench/coedit.py [--presses 60] [--runs 3] [--typists 2] [--only one|two]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import store  # noqa: E402
from tests.browser.conftest import serve  # noqa: E402
from tests.pg import new_database, running_postgres  # noqa: E402
from tests.syncpeer import Peer  # noqa: E402


def url(studio, ws_id: str) -> str:
    return studio.url.replace("http://", "ws://") + f"/sync/ws/{ws_id}"


async def measure(a_url: str, b_url: str, presses: int, typists: list[str]) -> list[float]:
    a, b = Peer(a_url), Peer(b_url)
    others = [Peer(u) for u in typists]
    for peer in (a, b, *others):
        await peer.connect()
    stop = asyncio.Event()

    async def busy(peer: Peer, n: int) -> None:
        while not stop.is_set():
            await peer.type(f"# typist {n}\n", at="start")

    background = [asyncio.create_task(busy(p, i)) for i, p in enumerate(others)]
    seen = asyncio.Event()
    b.doc.observe(lambda _event: seen.set())
    times = []
    for i in range(presses):
        marker = chr(0x4E00 + i)  # a character nobody else types
        seen.clear()
        t0 = time.perf_counter()
        await a.type(marker, at="end", delay=0)
        while marker not in str(b):
            seen.clear()
            await asyncio.wait_for(seen.wait(), 30)
        times.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0.05)
    stop.set()
    for task in background:
        await task
    for peer in (a, b, *others):
        await peer.close()
    return times


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(name: str, runs: list[list[float]]) -> None:
    p50 = statistics.median(statistics.median(r) for r in runs)
    p95 = statistics.median(pct(r, 95) for r in runs)
    print(f"{name:<40} tab → tab  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({len(runs)} runs × {len(runs[0])})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--typists", type=int, default=2)
    parser.add_argument("--only", choices=["one", "two"])
    args = parser.parse_args()
    with ExitStack() as stack:
        base = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if args.only in (None, "one"):
            database = f"sqlite:///{base / 'one.db'}"
            studio = stack.enter_context(serve(base / "one", database))
            runs = []
            for _ in range(args.runs):
                ws = store.open_store(database).create("titel: Bench\n")
                runs.append(asyncio.run(measure(url(studio, ws.id), url(studio, ws.id), args.presses,
                                                [url(studio, ws.id)] * args.typists)))
            report("one process (SQLite)", runs)
        if args.only in (None, "two"):
            database = new_database(stack.enter_context(running_postgres()))
            a = stack.enter_context(serve(base / "a", database))
            b = stack.enter_context(serve(base / "b", database))
            runs = []
            for _ in range(args.runs):
                ws = store.open_store(database).create("titel: Bench\n")
                runs.append(asyncio.run(measure(url(a, ws.id), url(b, ws.id), args.presses,
                                                [url(a, ws.id), url(b, ws.id)][:args.typists])))
            report("two processes (PostgreSQL)", runs)


if __name__ == "__main__":
    main()

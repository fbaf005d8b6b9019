"""Load benchmark of a werksessie at conference scale, on the light participant page (web/meedoen.py).

Two set-ups, each started and stopped by this script:

- ``one``: one ``streamlit run app.py`` process on its own SQLite database (default 500 phones);
- ``two``: two app processes on one throw-away PostgreSQL (tests/pg.py) behind Debian's nginx with
  deploy/nginx.conf (tests/nginx.py) on 127.0.0.1 (default 1,000 phones, all through nginx).

Each phone is an asyncio HTTP client (bench/webphone.py) with its own cookies, doing what the page does: it opens
the room's link (``/meedoen?j=TOKEN``: the server issues its device token and it joins), keeps the page's event
stream open ("what is open now") for the whole run, and sends ``--each`` stories as JSON posts at random moments
within ``--spread`` seconds. Each story carries a unique token, timed from the moment the post leaves the phone:

- ``answer``: the phone has the server's JSON answer ("Dank u!");
- ``p50/p95`` (send → visible): the facilitator's data source returns it. The facilitator's inbox reads the room
  with ``Rooms.contributions(room, since_id)``; the bench runs that query every 0.1 s (for ``two``: one reader per
  process's database connection pool... both read the same PostgreSQL, so one reader in this process measures what
  a facilitator on either process would see). The Streamlit inbox adds its own poll (components/room.py POLL_S
  = 0.5 s) and a redraw on top; a real Chromium facilitator is left out to keep the 2-core machine's figures
  about the app.

Reports lost contributions (sent, answered or not, and never seen), refused ones (an answer that is not "ok"),
the server processes' CPU (average cores over the run) and peak memory (VmHWM from /proc), and the 1-minute load
average. Loopback only; bounded: ``--budget`` seconds per run.

    python bench/load_room.py --setup one [--phones 500] [--each 3] [--spread 120] [--runs 1]
    python bench/load_room.py --setup two [--phones 1000] ...
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import store  # noqa: E402
from bench.webphone import Phone  # noqa: E402
from tests.browser.conftest import serve  # noqa: E402

TEXT = (ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text(encoding="utf-8")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _crowd(url: str, token: str, phones: int, each: int, spread: float, sent: dict[str, float],
                 answered: dict[str, float], refused: list[str], stop: asyncio.Event) -> int:
    """All phones; returns how many joined."""
    joined = 0
    opened = asyncio.Semaphore(50)  # phones arrive over the first seconds, not in one instant

    async def one(i: int) -> None:
        nonlocal joined
        phone = Phone(url)
        async with opened:
            code, _h, _b = await phone.get(f"/meedoen?j={token}")
        if code != 200:
            refused.extend(f"LOAD-{i}-{k}" for k in range(each))
            return
        joined += 1
        events = asyncio.create_task(phone.events(f"/meedoen/events?j={token}", lambda _e: None, stop))
        moments = sorted(random.uniform(0, spread) for _ in range(each))
        start = time.monotonic()
        for k, at in enumerate(moments):
            await asyncio.sleep(max(0.0, start + at - time.monotonic()))
            tag = f"LOAD-{i}-{k}"
            sent[tag] = time.time()
            try:
                status, answer = await phone.post("/meedoen/stuur", {"j": token, "kind": "verhaal",
                                                                     "quote": f"Ervaring {tag}"})
            except (OSError, ConnectionError, asyncio.IncompleteReadError):
                refused.append(tag)
                continue
            if isinstance(answer, dict) and answer.get("ok"):
                answered[tag] = time.time()
            else:
                refused.append(tag)
        await stop.wait()
        await events
        phone.close()

    await asyncio.gather(*(one(i) for i in range(phones)))
    return joined


async def _facilitator(db: store.Store, room_id: int, seen: dict[str, float], stop: asyncio.Event) -> None:
    """The facilitator's data source, read every 0.1 s: contributions newer than the last one seen."""
    since = 0
    while not stop.is_set():
        items = await asyncio.to_thread(db.contributions, room_id, since_id=since)
        now = time.time()
        for c in items:
            since = max(since, c.id)
            quote = c.payload.get("quote", "")
            if quote.startswith("Ervaring LOAD-"):
                seen.setdefault(quote.removeprefix("Ervaring "), now)
        await asyncio.sleep(0.1)


async def _drive(url: str, db: store.Store, room: store.Room, phones: int, each: int, spread: float,
                 budget: float) -> dict:
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    seen: dict[str, float] = {}
    refused: list[str] = []
    stop_phones, stop_reader = asyncio.Event(), asyncio.Event()
    reader = asyncio.create_task(_facilitator(db, room.id, seen, stop_reader))
    crowd = asyncio.create_task(_crowd(url, room.join_token, phones, each, spread, sent, answered, refused,
                                       stop_phones))
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        if len(sent) >= phones * each and len(answered) + len(refused) >= len(sent) and set(answered) <= set(seen):
            break
        await asyncio.sleep(0.5)
    stop_phones.set()
    joined = await crowd
    await asyncio.sleep(0.5)
    stop_reader.set()
    await reader
    latencies = [seen[t] - sent[t] for t in sent if t in seen]
    answers = [answered[t] - sent[t] for t in answered]
    return {"joined": joined, "sent": len(sent), "refused": len(refused),
            "lost": len([t for t in sent if t not in seen and t not in refused]),
            "not_sent": phones * each - len(sent),
            "p50": statistics.median(latencies) if latencies else float("nan"), "p95": _percentile(latencies, 0.95),
            "answer_p95": _percentile(answers, 0.95)}


def _room(db: store.Store) -> store.Room:
    ws = db.create(TEXT)
    return db.start_room(ws.id)


def run_once(setup: str, phones: int, each: int, spread: float, budget: float) -> dict:
    base = Path(tempfile.mkdtemp(prefix="praatplaat-load-"))
    with contextlib.ExitStack() as stack:
        if setup == "one":
            database = f"sqlite:///{base / 'praatplaat.db'}"
            servers = [stack.enter_context(serve(base / "app", database))]
            url = servers[0].url
        else:
            from tests.nginx import nginx_in_front
            from tests.pg import new_database, running_postgres

            database = new_database(stack.enter_context(running_postgres()))
            servers = [stack.enter_context(serve(base / f"app{n}", database)) for n in (1, 2)]
            url = stack.enter_context(nginx_in_front(*(s.url.removeprefix("http://") for s in servers)))
        db = store.Store(database)
        stack.callback(db.close)
        room = _room(db)
        cpu0 = [_cpu_s(s.pid) for s in servers]
        t0 = time.monotonic()
        result = asyncio.run(_drive(url, db, room, phones, each, spread, budget))
        elapsed = time.monotonic() - t0
        result["cpu"] = [(_cpu_s(s.pid) - c) / elapsed for s, c in zip(servers, cpu0, strict=True)]
        result["rss"] = [_hwm_mb(s.pid) for s in servers]
        result["load"] = os.getloadavg()[0]
        result["stored"] = len(db.contributions(room.id))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", choices=("one", "two"), default="one")
    parser.add_argument("--phones", type=int)
    parser.add_argument("--each", type=int, default=3)
    parser.add_argument("--spread", type=float, default=120.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--budget", type=float, default=300.0)
    args = parser.parse_args()
    phones = args.phones or (500 if args.setup == "one" else 1000)
    rows = []
    for n in range(args.runs):
        r = run_once(args.setup, phones, args.each, args.spread, args.budget)
        rows.append(r)
        print(f"run {n + 1} ({args.setup}, {phones} phones × {args.each} over {args.spread:.0f} s): "
              f"joined {r['joined']}, sent {r['sent']}, stored {r['stored']}, lost {r['lost']}, "
              f"refused {r['refused']}, not sent {r['not_sent']}; send → visible p50 {r['p50'] * 1000:.0f} ms, "
              f"p95 {r['p95'] * 1000:.0f} ms (answer p95 {r['answer_p95'] * 1000:.0f} ms); "
              f"server CPU {' + '.join(f'{c:.2f}' for c in r['cpu'])} cores, "
              f"peak RSS {' + '.join(f'{m:.0f}' for m in r['rss'])} MB; load {r['load']:.1f}", flush=True)
    if len(rows) > 1:
        med = {k: statistics.median(r[k] for r in rows) for k in ("p50", "p95", "lost", "refused")}
        print(f"median of {len(rows)}: p50 {med['p50'] * 1000:.0f} ms, p95 {med['p95'] * 1000:.0f} ms, "
              f"lost {med['lost']:.0f}, refused {med['refused']:.0f}")


if __name__ == "__main__":
    main()

"""Load benchmark of a werksessie: 30 participants send contributions while one facilitator watches.

A real ``streamlit run app.py`` server on 127.0.0.1 with its own SQLite database. The facilitator is a
real Chromium page (1280×720) on the room's contributions view. The participants are protocol-level
Streamlit clients (``bench/phone.py``): each is a session of the ``/meedoen`` page over the websocket,
sends the BackMsgs a phone sends (open with the code, the page's fragment timers, the proposal form's
submit) and so runs the same server code as a phone. Each contribution carries a unique token, timed
from the moment the submit leaves the participant:

- ``answer``: the participant's page has run the submit (the thanks is shown);
- ``wire``: the token reaches the facilitator's websocket (the server's part is done);
- ``p50/p95``: a MutationObserver in the facilitator's page sees it in the inbox (what the facilitator sees).

Why not 30 Chromium contexts as phones: measured on this 2-core machine (shared with other work), 30 contexts
on /meedoen at 390×844 had not all loaded after 2.5 minutes and took the load average from ~20 to ~48, so the
figure would measure Chromium, not the app. The facilitator stays a real Chromium page.

Reports lost contributions (sent but never seen), errors (a send without thanks), the server's CPU and peak
memory (from /proc) and the 1-minute load average. Loopback only; bounded: ``--budget`` seconds per run.

    python bench/load_room.py [--participants 30] [--each 3] [--spread 30] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import store  # noqa: E402
from bench.phone import Phone  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, running_studio  # noqa: E402

OBSERVER = """() => {
  window.__seen = {};
  let queued = false;
  const scan = () => {
    queued = false;
    const now = Date.now();
    for (const m of document.body.textContent.matchAll(/LOAD-[0-9]+-[0-9]+/g)) {
      if (!(m[0] in window.__seen)) window.__seen[m[0]] = now;
    }
  };
  const later = () => { if (!queued) { queued = true; setTimeout(scan, 20); } };
  new MutationObserver(later).observe(document.body, {subtree: true, childList: true, characterData: true});
  scan();
}"""

# Stamps when a token first arrives on the facilitator's websocket (the server's part is done then).
WIRE = """(() => {
  window.__wire = {};
  const Native = window.WebSocket;
  const stamp = (text) => {
    const now = Date.now();
    for (const m of text.matchAll(/LOAD\\\\?-[0-9]+\\\\?-[0-9]+/g)) {  // markdown-escaped: LOAD\\-1\\-2
      const token = m[0].replaceAll("\\\\", "");
      if (!(token in window.__wire)) window.__wire[token] = now;
    }
  };
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => {
        if (typeof e.data === "string") stamp(e.data);
        else if (e.data instanceof ArrayBuffer) stamp(new TextDecoder("latin1").decode(e.data));
        else if (e.data && e.data.text) e.data.text().then(stamp);
      });
    }
  };
})();"""


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _crowd(url: str, code: str, participants: int, each: int, spread: float, sent: dict[str, float],
                 answered: dict[str, float], errors: list[str]) -> None:
    """``participants`` phones join, then each sends ``each`` proposals at random moments within ``spread`` s."""
    phones = [Phone(url, code, f"P{i}") for i in range(participants)]
    await asyncio.gather(*(phone.open() for phone in phones))

    async def one(i: int, phone: Phone) -> None:
        rng = random.Random(i)
        for n in range(each):
            await asyncio.sleep(rng.uniform(0, spread / each))
            token = f"LOAD-{i}-{n}"
            sent[token] = time.time() * 1000
            try:
                if not await phone.send(f"{token} meer mensen aan de balie"):
                    errors.append(f"{token}: {phone.alerts}")
            except (TimeoutError, OSError) as error:  # no answer from the server: counted, the others go on
                errors.append(f"{token}: {error!r}")
                continue
            answered[token] = time.time() * 1000

    try:
        await asyncio.gather(*(one(i, phone) for i, phone in enumerate(phones)))
    finally:
        await asyncio.gather(*(phone.close() for phone in phones), return_exceptions=True)


def run_once(participants: int, each: int, spread: float, budget: float) -> dict:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="praatplaat-load-") as tmp, running_studio(Path(tmp)) as studio:
        deadline = time.monotonic() + budget
        url, server_pid = studio.url, studio.pid
        db = store.open_store(studio.database)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.add_init_script(WIRE)
            page.set_default_timeout(60_000)
            page.goto(url)
            page.locator(".st-key-open-gemeente-groothaven button").click()
            page.wait_for_url("**/?ws=*")
            page.wait_for_selector("svg.pp-svg")
            page.locator('[data-testid="stButtonGroup"] button').filter(has_text="Werksessie").first.click()
            page.get_by_role("button", name="Werksessie starten").click()
            page.get_by_test_id("pp-join-code").wait_for()
            code = page.get_by_test_id("pp-join-code").inner_text().strip()
            page.locator('[data-testid="stButtonGroup"] button').filter(has_text="Bijdragen").first.click()
            page.get_by_text("Nog geen bijdragen").wait_for()
            page.evaluate(OBSERVER)
            ws_id = page.url.split("ws=")[1].split("&")[0]
            room = next(r for r in db.rooms(ws_id) if r.is_open)

            sent: dict[str, float] = {}
            answered: dict[str, float] = {}
            errors: list[str] = []
            cpu0, t0 = _cpu_s(server_pid), time.monotonic()
            crowd = threading.Thread(target=asyncio.run, args=(_crowd(url, code, participants, each, spread,
                                                                       sent, answered, errors),))
            crowd.start()
            rss_peak = 0.0
            while crowd.is_alive() and time.monotonic() < deadline:
                rss_peak = max(rss_peak, _rss_mb(server_pid))
                time.sleep(0.5)
            settle_until = min(deadline, time.monotonic() + 15)
            while time.monotonic() < settle_until:
                seen = page.evaluate("() => window.__seen")
                rss_peak = max(rss_peak, _rss_mb(server_pid))
                if all(token in seen for token in sent):
                    break
                time.sleep(0.5)
            cpu = (_cpu_s(server_pid) - cpu0) / (time.monotonic() - t0)
            load = os.getloadavg()[0]
            seen = page.evaluate("() => window.__seen")
            wire = page.evaluate("() => window.__wire")
            browser.close()
        latencies = sorted(seen[t] - sent[t] for t in sent if t in seen)
        wires = sorted(wire[t] - sent[t] for t in sent if t in wire)
        answers = sorted(answered[t] - sent[t] for t in answered)
        stored = len(db.contributions(room.id))
        return {"sent": len(sent), "stored": stored, "lost": len(sent) - len(latencies), "errors": errors,
                "p50_ms": statistics.median(latencies) if latencies else None,
                "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] if latencies else None,
                "answer_p50_ms": statistics.median(answers) if answers else None,
                "wire_p50_ms": statistics.median(wires) if wires else None,
                "wire_p95_ms": wires[int(0.95 * (len(wires) - 1))] if wires else None,
                "server_cpu_cores": round(cpu, 2), "server_rss_peak_mb": round(rss_peak), "load1": round(load, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--each", type=int, default=3, help="contributions per participant")
    parser.add_argument("--spread", type=float, default=30.0, help="seconds over which they are sent")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget", type=float, default=180.0, help="seconds per run at most")
    args = parser.parse_args()
    runs = [run_once(args.participants, args.each, args.spread, args.budget) for _ in range(args.runs)]
    for n, r in enumerate(runs, 1):
        print(f"run {n}: {r}")
    p50 = statistics.median(r["p50_ms"] for r in runs if r["p50_ms"] is not None)
    p95 = statistics.median(r["p95_ms"] for r in runs if r["p95_ms"] is not None)
    print(f"median of {len(runs)} runs: p50 {p50:.0f} ms, p95 {p95:.0f} ms, lost {sum(r['lost'] for r in runs)}, "
          f"server CPU {statistics.median(r['server_cpu_cores'] for r in runs)} cores, "
          f"peak RSS {statistics.median(r['server_rss_peak_mb'] for r in runs)} MB")


if __name__ == "__main__":
    main()

"""Keystroke -> updated picture, from the key press, in real Chromium against `streamlit run app.py`.

    python -m bench.keystroke [--presses 24] [--only largest|generated]

For the largest example and the generated 1,000-step vision (bench/generate.py) it opens the
vision in a fresh workspace the way a person does (the example from the start page; the generated
vision created through the store and opened by its editing link ``?ws=<id>``), puts the cursor at
the end of the ``titel:`` line and, again and again, selects the title's last character (Shift+←)
and types a different letter over it, so every text is new to the server (no cached picture). Each
letter's key press is timed in the page from its keydown event until the picture's title line shows the
new title (checked on every animation frame). Prints median, p95, min
and max per vision, where the time went (see ``measure``), the machine's load, and the engine's CPU time
per key press (see ``engine_cpu``; barely touched by load). Bounded: every wait times out.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import store
from bench.generate import vision_yaml
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, PICTURE_LINES, put_cursor_at_end_of, running_studio

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 60_000
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PICTURE_MESSAGE = b"praatplaat_picture"  # the component's name, in every message that carries the picture

# Resolves with Date.now() on the first animation frame on which a picture line equals ``expected`` and none ``gone``.
_SHOWN = """([expected, gone, timeout]) => new Promise((resolve, reject) => {
  const lines = LINES;
  const start = Date.now();
  const tick = () => {
    const now = lines();
    if (now.includes(expected) && !now.includes(gone)) resolve(Date.now());
    else if (Date.now() - start > timeout) reject(new Error('picture did not show ' + expected));
    else requestAnimationFrame(tick);
  };
  tick();
})""".replace("LINES", PICTURE_LINES)


# The page's own clock of the key press: the keydown event's time stamp (epoch ms, as Date.now()).
_KEY_AT = """() => { window.ppKeyAt = null; window.addEventListener('keydown',
  (e) => { window.ppKeyAt = performance.timeOrigin + e.timeStamp; }, { capture: true, once: true }); }"""


def settled(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT_MS)


def open_vision(page, studio, example: str | None, text: str) -> None:
    """Open ``example`` from the start page, or else ``text`` as a new workspace by its editing link."""
    if example:
        page.goto(studio.url)
        page.locator(f".st-key-open-{example} button").click()
        page.wait_for_url("**/?ws=*")
    else:
        ws_id = store.open_store(studio.database).create(text, settings={"mode": "edit", "view": "overzicht"}).id
        page.goto(f"{studio.url}/?ws={ws_id}")


# The page's own clock of its websocket traffic: when a message left (``ppSent``) and when one carrying the picture
# arrived (``ppPicture``), epoch ms as Date.now(); installed before the app's script opens its socket.
_WIRE = """() => {
  window.ppSent = []; window.ppPicture = [];
  const marker = MARKER, decoder = new TextDecoder('utf-8', { fatal: false });
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) { window.ppSent.push(Date.now()); return send.call(this, data); };
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    ws.addEventListener('message', (event) => {
      const at = Date.now();
      const data = event.data;
      const text = typeof data === 'string' ? data : decoder.decode(new Uint8Array(data).subarray(0, 4096));
      if (text.includes(marker)) window.ppPicture.push(at);
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
}""".replace("MARKER", json.dumps(PICTURE_MESSAGE.decode()))


def measure(browser, studio, example: str | None, text: str,
            presses: int) -> tuple[list[float], dict[str, list[float]]]:
    """Milliseconds from each key press to the picture showing its effect, and where that time went.

    Timed in the page, from the keydown event of the key press (as a person's key press arrives) to the
    animation frame that shows the new title. The parts, from the page's own clock of its websocket traffic:
    ``editor`` key press -> the edit leaves the browser; ``server`` -> the first message carrying the picture
    comes back; ``browser`` -> the picture shows it; and apart, ``playwright``: how long the test driver took to
    deliver the press (not part of the figure).
    """
    title = next(line[7:].strip() for line in text.splitlines() if line.startswith("titel:"))
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(f"({_WIRE})()")
    page = context.new_page()
    try:
        open_vision(page, studio, example, text)
        page.wait_for_function(f"() => ({PICTURE_LINES})().includes({json.dumps(title)})", timeout=TIMEOUT_MS)
        settled(page)
        put_cursor_at_end_of(page, "titel:")
        times, driver, shown, parts = [], [], title, {"editor": [], "server": [], "browser": []}
        letters = [c for c in LETTERS if c != title[-1]][:presses]
        for letter in letters:
            page.keyboard.press("Shift+ArrowLeft")
            page.wait_for_timeout(100)
            expected = title[:-1] + letter
            page.evaluate(f"(a) => {{ window.ppShown = ({_SHOWN})(a); }}", [expected, shown, TIMEOUT_MS])
            page.evaluate(_KEY_AT)
            pressed = time.time() * 1000
            page.keyboard.press(letter)
            done = page.evaluate("() => window.ppShown")
            key_at = page.evaluate("() => window.ppKeyAt") or pressed
            sent_at, pictures = page.evaluate("() => [window.ppSent, window.ppPicture]")
            times.append(done - key_at)
            driver.append(key_at - pressed)
            sent = next((at for at in sent_at if at >= key_at), None)
            back = next((at for at in pictures if sent and at >= sent), None)
            if sent and back and back <= done:
                parts["editor"].append(sent - key_at)
                parts["server"].append(back - sent)
                parts["browser"].append(done - back)
            shown = expected
            page.wait_for_timeout(150)  # a short human pause between key presses
        parts["playwright"] = driver  # Playwright's press -> the page's keydown: the test driver, not the product
        return times, parts
    finally:
        context.close()


def engine_cpu(text: str, base_dir: Path, runs: int = 7) -> str:
    """What the server's engine spends per key press, in CPU time of this process (least of ``runs``, so barely
    touched by other processes' load): loading the text, laying out the picture and writing its SVG."""
    from praatplaat.layout import build_scene
    from praatplaat.load import load_text
    from praatplaat.render.svg import render_svg

    def least(fn) -> float:
        spent = []
        for _ in range(runs):
            start = time.process_time()
            fn()
            spent.append((time.process_time() - start) * 1000)
        return min(spent)

    vision = load_text(text, base_dir=base_dir).vision
    scene = build_scene(vision, "overzicht", lang="nl")
    parts = {"load_text": least(lambda: load_text(text, base_dir=base_dir)),
             "build_scene": least(lambda: build_scene(vision, "overzicht", lang="nl")),
             "render_svg": least(lambda: render_svg(scene, interactive=True))}
    return "engine CPU per key press (ms): " + ", ".join(f"{name} {ms:.1f}" for name, ms in parts.items())


def summary(times: list[float], parts: dict[str, list[float]], middle: str = "median") -> tuple[str, str]:
    """The spread of ``times`` ('median N ms, p95 …, min …, max … ms') and the medians of their parts with the
    machine's load."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    split = ", ".join(f"{part} {statistics.median(values):.0f}" for part, values in parts.items() if values)
    return (f"{middle} {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, min {ordered[0]:.0f} ms, "
            f"max {ordered[-1]:.0f} ms",
            f"medians of the parts (ms): {split}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def report(name: str, times: list[float], parts: dict[str, list[float]]) -> str:
    spread, split = summary(times, parts)
    return f"{name}: {len(times)} key presses, keystroke->picture {spread}; {split}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=24, help="at most 51")
    parser.add_argument("--only", choices=("largest", "generated"))
    args = parser.parse_args()
    examples = [p for p in (ROOT / "praatplaten").glob("*.yaml") if p.name != "leeg-sjabloon.yaml"]
    largest = max(examples, key=lambda p: p.stat().st_size)
    cases = {"largest": (largest.name, largest.stem, largest.read_text(encoding="utf-8")),
             "generated": ("generated 40x25 = 1,000 steps", None, vision_yaml(40, 25))}
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, running_studio(Path(tmp)) as studio, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for case, (name, example, text) in cases.items():
                if args.only in (None, case):
                    print(report(name, *measure(browser, studio, example, text, args.presses)), flush=True)
                    print(f"  {engine_cpu(text, ROOT / 'praatplaten')}", flush=True)
        finally:
            browser.close()


if __name__ == "__main__":
    main()

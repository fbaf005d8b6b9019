"""The YAML editor's own costs in real Chromium against `streamlit run app.py`.

    python -m bench.editor [--loads 3] [--keys 60]

Prints the bundle size (raw and gzip); the time from opening a workspace to a usable editor (median of
``--loads`` page loads; the server's first run counts too) and the part the editor itself takes (fetching,
starting and building it); and the input latency of typing: letters typed at the end of the ``titel:``
line at a fast typist's pace, from the key press to the frame that shows the letter, while every edit also
goes to the server (median and p95 over ``--keys`` letters). For the largest example and the generated
1,000-step vision. Bounded: every wait times out. Keystroke -> picture is bench/keystroke.py's.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import vision_yaml
from components.editor import DIST
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, running_studio
from tests.browser.test_editor import put_cursor_at_end_of

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 30_000
EDITOR = '[data-testid="stElementContainer"]:not([data-stale="true"]) .praatplaat-editor'

# Input latency of real key presses: from keydown to the frame that shows the letter (the next animation
# frame, plus the task after it, when the paint is done).
_LISTEN = """(el) => {
  window.ppKeys = [];
  el.editorView.contentDOM.addEventListener('keydown', () => {
    const t0 = performance.now();
    requestAnimationFrame(() => setTimeout(() => window.ppKeys.push(performance.now() - t0)));
  }, true);
}"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def open_workspace(browser, studio, ws_id: str, text: str):
    folder = studio.workspaces / ws_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "praatplaat.yaml").write_text(text, encoding="utf-8")
    (folder / "instellingen.json").write_text(json.dumps({"mode": "edit"}), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    start = time.perf_counter()  # the server's first run (picture included) counts too
    page.goto(f"{studio.url}/?ws={ws_id}")
    page.locator(f"{EDITOR} .cm-content").first.wait_for()
    return context, page, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--keys", type=int, default=60)
    args = parser.parse_args()
    bundle = (DIST / "editor.js").read_bytes()
    zipped = len(gzip.compress(bundle))
    print(f"bundle assets/editor/dist/editor.js: {len(bundle) / 1000:.0f} kB, gzip {zipped / 1000:.0f} kB")
    examples = [p for p in (ROOT / "praatplaten").glob("*.yaml") if p.name != "leeg-sjabloon.yaml"]
    largest = max(examples, key=lambda p: p.stat().st_size)
    cases = {largest.name: largest.read_text(encoding="utf-8"), "generated 1,000 steps": vision_yaml(40, 25)}
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, running_studio(Path(tmp)) as studio, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for n, (name, text) in enumerate(cases.items()):
                loads = []
                for i in range(args.loads):
                    context, page, ms = open_workspace(browser, studio, f"bencheditor{n:04d}{i:08d}", text)
                    loads.append(ms)
                    if i < args.loads - 1:
                        context.close()
                page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
                ready = page.evaluate("() => window.praatplaatEditorReadyMs")
                page.locator(EDITOR).first.evaluate(_LISTEN)
                put_cursor_at_end_of(page, "titel:")
                for i in range(args.keys):
                    page.keyboard.press("abcdefghij"[i % 10])
                    page.wait_for_timeout(80)  # about 12 letters a second: a fast typist
                page.wait_for_timeout(500)
                keys = page.evaluate("() => window.ppKeys")
                context.close()
                loads_ms = f"median {statistics.median(loads):.0f} ms (min {min(loads):.0f}, max {max(loads):.0f})"
                print(f"{name} ({len(text) / 1000:.0f} kB): page open -> editor usable {loads_ms} over {len(loads)} "
                      f"loads, of which the editor's own fetch, start and first build {ready:.0f} ms; key press -> "
                      f"letter painted median {statistics.median(keys):.1f} ms, p95 {percentile(keys, 0.95):.1f} ms "
                      f"({len(keys)} letters, sent to the server as they come)", flush=True)
        finally:
            browser.close()


if __name__ == "__main__":
    main()

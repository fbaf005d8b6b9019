"""Two tabs on one workspace (the studio's live watch, components/workspace.py): how soon an idle second
tab shows what the first typed, and where the second tab's cursor is afterwards.

A real ``streamlit run app.py`` on 127.0.0.1 with its own SQLite database and two Chromium pages on the
same ``?ws=`` link. Tab B puts its cursor on line 3, column 5 and keeps focus; 2.5 s later tab A adds a
line. Reports the time until B's editor holds A's line (median of ``--rounds``) and B's cursor and focus
after the change arrived. Bounded in time; loopback only.

    python bench/load_room_tabs.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, running_studio  # noqa: E402

EDITOR = '[data-testid="stElementContainer"]:not([data-stale="true"]) .praatplaat-editor'
CURSOR = """(el) => { const v = el.editorView; const h = v.state.selection.main.head;
  const l = v.state.doc.lineAt(h); return [l.number, h - l.from + 1, v.hasFocus]; }"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="praatplaat-tabs-") as tmp, running_studio(Path(tmp)) as studio:
        url = studio.url
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            a = browser.new_page(viewport={"width": 1280, "height": 720})
            a.set_default_timeout(90_000)
            a.goto(url)
            a.locator(".st-key-open-gemeente-groothaven button").click()
            a.wait_for_url("**/?ws=*")
            a.wait_for_selector(".cm-content")
            b = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
            b.set_default_timeout(90_000)
            b.goto(a.url)
            b.wait_for_selector(".cm-content")
            time.sleep(3)
            seen, cursors = [], []
            for i in range(args.rounds):
                b.locator(EDITOR).first.evaluate("""(el) => { const v = el.editorView; v.focus();
                  v.dispatch({selection: {anchor: v.state.doc.line(3).from + 4}}); }""")
                time.sleep(2.5)
                token = f"# tab A {i}"
                a.locator(EDITOR).first.evaluate("""(el, token) => { const v = el.editorView;
                  v.dispatch({changes: {from: v.state.doc.length, insert: "\\n" + token}}); }""", token)
                t0 = time.monotonic()
                while time.monotonic() - t0 < 20 and not b.locator(EDITOR).first.evaluate(
                        "(el, token) => !!el.editorView && el.editorView.state.doc.toString().includes(token)", token):
                    b.wait_for_timeout(20)
                seen.append((time.monotonic() - t0) * 1000)
                b.wait_for_timeout(300)
                cursors.append(b.locator(EDITOR).first.evaluate(CURSOR))
                time.sleep(1.5)
            browser.close()
        print(f"tab B shows tab A's line after {[round(s) for s in seen]} ms, median {statistics.median(seen):.0f} ms "
              f"(load {os.getloadavg()[0]:.1f})")
        print(f"tab B's cursor afterwards [line, column, focus], was [3, 5, True]: {cursors}")


if __name__ == "__main__":
    main()

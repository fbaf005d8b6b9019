"""Shared fixtures and helpers for the real-browser tests: Debian's Chromium via Playwright, the studio
running as a real `streamlit run app.py` server on a free local port, and the helpers every test uses
(new_page, settled, wait_until, open_example, saved, shoot; the picture and editor helpers below).

Without /usr/bin/chromium the browser tests are skipped locally and fail in CI (env var CI set).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

import store

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
STARTUP_S = 90
TIMEOUT_MS = 60_000  # Playwright's default wait in pages made by new_page (a noisy 2-core machine)
EXAMPLE = "gemeente-groothaven"
SHOTS = Path(os.environ.get("PRAATPLAAT_SHOTS") or ROOT / "out" / "screenshots")


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium per test module (Playwright's sync API allows one running instance at a time)."""
    if not Path(CHROMIUM).is_file():
        _skip_or_fail(f"{CHROMIUM} not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Studio:
    url: str
    workspaces: Path
    log: Path
    database: str  # the server's PRAATPLAAT_DATABASE_URL
    pid: int  # the server process (for a bench's CPU and memory figures)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(base: Path, database: str, port: int | None = None) -> Iterator[Studio]:
    """`streamlit run app.py` on ``port`` (default: a free one) with ``database`` and its own workspace directory
    under ``base``."""
    base.mkdir(parents=True, exist_ok=True)
    workspaces, log = base / "workspaces", base / "streamlit.log"
    port = port or _free_port()
    env = os.environ | {"PRAATPLAAT_WORKSPACES": str(workspaces), "PRAATPLAAT_DATABASE_URL": database}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false"]
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if server.poll() is not None:
                pytest.fail(f"streamlit exited:\n{log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy:\n{log.read_text(errors='replace')}")
            time.sleep(0.3)
        yield Studio(url, workspaces, log, database, server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="session")
def studio(tmp_path_factory):
    """The studio on its own SQLite database for the whole test session; stopped afterwards."""
    with running_studio(tmp_path_factory.mktemp("studio")) as running:
        yield running


def running_studio(base: Path):
    """A studio (see serve) on its own SQLite database in ``base``."""
    return serve(base, f"sqlite:///{base / 'praatplaat.db'}")


# --- pages, runs and waiting -------------------------------------------------------------------------------------

# Counts the script runs the page sees start (Streamlit marks the app with data-test-script-state: notRunning,
# rerunRequested, running, ...), when the last one started, when the app was last idle and when the state last
# changed, so that settled() can tell the run the last action started from the idle state before it, and a pause
# between two runs from the end.
RUN_WATCH = """() => {
  if (window.__ppRuns) return;
  window.__ppRuns = {started: 0, at: -1, idle: -1, changed: performance.now()};
  new MutationObserver(records => {
    for (const r of records) {
      window.__ppRuns.changed = performance.now();
      const now = r.target.getAttribute('data-test-script-state');
      const busy = state => state === 'running' || state === 'rerunRequested';  // a widget's rerun asks first
      if (busy(now) && !busy(r.oldValue)) {
        window.__ppRuns.started += 1;
        window.__ppRuns.at = performance.now();
      }
      if (now === 'notRunning') window.__ppRuns.idle = performance.now();
    }
  }).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                        attributeFilter: ['data-test-script-state']});  // document: no <html> yet at init
}"""
_APP = """document.querySelector('[data-testid="stApp"]STATE') !== null"""  # the app, in a script state
_NOT_RUNNING = '[data-test-script-state="notRunning"]'
IDLE = _APP.replace("STATE", _NOT_RUNNING)
RUN_STARTED = "(since) => window.__ppRuns.at >= since || " + _APP.replace("STATE", f":not({_NOT_RUNNING})")
# Idle since ``since``: now, or for a moment (a page that polls is idle only between its runs, which a check now and
# then can miss on a busy machine).
IDLE_SINCE = f"(since) => window.__ppRuns.idle >= since || {IDLE}"
QUIET = f"(quiet) => {IDLE} && performance.now() - window.__ppRuns.changed >= quiet"
RUN_START_MS = 2_000  # how long settled() waits for the last action's run to start (some actions start none)
RUN_SLACK_MS = 100  # a run that started this long before settled() was called counts as the action's
QUIET_MS = 500  # idle this long: a run that ends by asking for another (st.rerun, a fragment's) has begun it
QUIET_WITHIN_MS = 5_000  # ... if the page gets that quiet within this; else idle once is enough


def new_page(browser, width: int = 1280, height: int = 720):
    """A new context (downloads allowed, TIMEOUT_MS waits) and page at ``width``×``height`` that watches runs."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(f"({RUN_WATCH})()")
    return context, context.new_page()


def settled(page) -> None:
    """Wait until the script run that the last action started has finished.

    First for that run to start (one that started at most RUN_SLACK_MS before this call or later, or one running
    now; at most RUN_START_MS, as an action may start none), then for the app to be idle and to stay idle for
    QUIET_MS (when it gets that quiet within QUIET_WITHIN_MS): a fragment run that ends with
    ``st.rerun(scope="app")`` is idle for a moment before the page's run that draws the result. A result that
    comes later (a poll) still needs its own wait (``wait_until``).
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    called = page.evaluate(f"() => {{ ({RUN_WATCH})(); return performance.now(); }}")  # also on other pages
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(RUN_STARTED, arg=called - RUN_SLACK_MS, timeout=RUN_START_MS)
    started = page.evaluate("() => window.__ppRuns.at")
    try:
        page.wait_for_function(QUIET, arg=QUIET_MS, timeout=QUIET_WITHIN_MS)
    except PlaywrightTimeout:  # a page polling faster than QUIET_MS (a werksessie's inbox) is never quiet that long
        page.wait_for_function(IDLE_SINCE, arg=started)


def wait_until(condition, what: str, timeout_s: float = 60) -> None:
    """Wait until ``condition()`` is true (polled every 0.1 s); fail naming ``what`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def open_example(page, studio, name: str = EXAMPLE) -> str:
    """Open example ``name`` from the start page as a new workspace, wait for its editor and picture (and that no
    part of the page shows an error); its id."""
    page.goto(studio.url)
    page.locator(f".st-key-open-{name} button").click()
    page.wait_for_url("**/?ws=*")
    page.locator(".cm-content").first.wait_for()
    page.locator("svg.pp-svg").first.wait_for()
    editor_live(page)
    settled(page)
    crashes = page.locator('[data-testid="stException"]')
    assert crashes.count() == 0, f"the page shows an error: {crashes.first.inner_text()}"
    return page.url.split("ws=")[1].split("&")[0]


def stored(database: str, ws_id: str) -> str:
    """The workspace's text as stored: its shared document from the update log (what a reload or a new tab
    gets; the revision snapshot follows ~2 s later)."""
    from live.text import text_of

    return text_of([row.data for row in store.open_store(database).doc_log(ws_id)])


def saved(studio, ws_id: str) -> str:
    """The workspace's text as stored by ``studio`` (see stored)."""
    return stored(studio.database, ws_id)


def shoot(page, name: str) -> None:
    """A screenshot of the window as ``name`` in SHOTS ($PRAATPLAAT_SHOTS, default out/screenshots/)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name))


# What a page shows, for a failure message: its script and connection state, the options chosen in its segmented
# controls, its components, how many elements are greyed (stale), the editor's shadow root, the start of its text.
PAGE_STATE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const chosen = [...document.querySelectorAll('[data-testid="stButtonGroup"] [aria-checked="true"], '
    + '[data-testid="stButtonGroup"] [kind$="Active"]')].map((b) => b.innerText);
  const components = [...document.querySelectorAll('.stBidiComponent')].map((c) =>
    (c.closest('[class*="st-key-"]')?.className.match(/st-key-[\\w-]+/) || ['?'])[0]);
  const host = document.querySelector('[class*="st-key-editor-"] [data-testid="stBidiComponentIsolated"]');
  return JSON.stringify({script: app?.dataset.testScriptState, connection: app?.dataset.testConnectionState,
    chosen, components, stale: document.querySelectorAll('[data-stale="true"]').length,
    editorHost: host ? (host.shadowRoot?.innerHTML ?? 'no shadow root').slice(0, 300) : null,
    text: document.querySelector('[data-testid="stMain"]')?.innerText.slice(0, 800)});
}"""


def page_state(page, name: str) -> str:
    """What ``page`` shows (PAGE_STATE), with a screenshot ``name`` of it: for a failure message."""
    shoot(page, name)
    return page.evaluate(PAGE_STATE)


def choose(page, label: str) -> None:
    """Click the option ``label`` of a segmented control and wait for its run."""
    page.locator('[data-testid="stButtonGroup"] button').filter(has_text=label).first.click()
    settled(page)


# --- the studio's picture (components/svgview.py: the engine's SVG in a component's shadow root) -----------------

PICTURE_LINES = """() => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    roots[i].querySelectorAll('*').forEach(el => { if (el.shadowRoot) roots.push(el.shadowRoot); });
  }
  const out = [];
  for (const root of roots) root.querySelectorAll('svg.pp-svg tspan').forEach(t => out.push(t.textContent));
  return out;
}"""


def picture_lines(page) -> list[str]:
    """The text lines of the picture on the page."""
    return page.evaluate(PICTURE_LINES)


def wait_for_picture(page, text: str) -> None:
    """Wait until the picture has ``text`` in one of its lines."""
    page.wait_for_function(f"(s) => ({PICTURE_LINES})().some(line => line.includes(s))", arg=text)


HOTSPOT_LABELS = PICTURE_LINES.replace("'svg.pp-svg tspan').forEach(t => out.push(t.textContent))",
                                        "'svg.pp-svg .pp-hs').forEach(h => out.push(h.getAttribute('aria-label')))")


def wait_for_element(page, text: str) -> None:
    """Wait until the picture has an element whose full text (its hotspot's accessible name) holds ``text``:
    unlike its drawn lines, that is never wrapped or shortened."""
    page.wait_for_function(f"(s) => ({HOTSPOT_LABELS})().some(label => (label || '').includes(s))", arg=text)


def click_in_picture(page, ref: str) -> None:
    """Click the middle of the hotspot of element ``ref`` ("kind:id") with the mouse, as a person does."""
    area = page.locator(f'svg.pp-svg .pp-hs[data-ref="{ref}"] .pp-area').first
    area.scroll_into_view_if_needed()
    box = area.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def editor_live(page) -> None:
    """Wait until the editor has synced with the shared document (it is editable from then on)."""
    page.locator(".praatplaat-editor:not([data-sync=connecting])").first.wait_for()


def put_cursor_at_end_of(page, line_start: str) -> None:
    """Click into the YAML editor on the first line starting with ``line_start`` and go to its end.

    The one place that knows the editor's DOM (CodeMirror, components/editor.py). Waits until the editor has
    joined the shared document (before that it shows the text read-only).
    """
    editor_live(page)
    live = page.locator('[data-testid="stElementContainer"]:not([data-stale="true"])')  # not a copy left by a rerun
    live.locator(".cm-content .cm-line", has_text=line_start).first.click()
    # End stops where the narrow editor wraps a long line: press it until the cursor stays put (the line's end)
    head = None
    for _ in range(20):
        page.keyboard.press("End")
        now = live.locator(".praatplaat-editor").first.evaluate("(root) => root.editorView.state.selection.main.head")
        if now == head:
            break
        head = now

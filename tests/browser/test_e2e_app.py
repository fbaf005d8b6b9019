"""The studio in a real browser: a real `streamlit run app.py` server driven through Debian's Chromium.

A new user opens an example from the gallery, types in the editor and sees the picture change,
clicks a principle in the picture and reads its details, reloads the page and finds the work
intact, and downloads a PNG that carries the YAML. A second test measures edit-to-picture latency.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

import store
from praatplaat.embed import source_from_png
from praatplaat.load import load_file

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "gemeente-groothaven"
TIMEOUT_MS = 60_000
EDITOR = 'iframe[title="code_editor.code_editor"]'
PICTURE_TEXT = "() => [...document.querySelectorAll('.js-plotly-plot text')].map(t => t.textContent).join('\\n')"
HOTSPOT = """(kind) => {
  const gd = document.querySelector('.js-plotly-plot');
  const trace = gd.data.find(t => t.name === 'hotspots');
  const first = trace.customdata.findIndex(c => c[0] === kind);
  const ref = trace.customdata[first][2];
  const mine = trace.customdata.map((c, i) => c[2] === ref ? i : -1).filter(i => i >= 0);
  const i = mine[Math.floor(mine.length / 2)];
  const layout = gd._fullLayout, box = gd.getBoundingClientRect();
  return {ref: ref, x: box.left + layout._size.l + layout.xaxis.l2p(trace.x[i]),
          y: box.top + layout._size.t + layout.yaxis.l2p(trace.y[i])};
}"""


def new_page(browser, width=1280, height=720):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


def settled(page) -> None:
    """Wait until the script run that the last action started has finished."""
    page.wait_for_timeout(150)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')


def wait_for_picture(page, text: str) -> None:
    page.wait_for_function(f"(s) => ({PICTURE_TEXT})().includes(s)", arg=text)


def open_example(page, studio, name: str = EXAMPLE) -> None:
    page.goto(studio.url)
    page.locator(f".st-key-open-{name} button").click()
    page.wait_for_url("**/?ws=*")
    page.wait_for_selector(".js-plotly-plot")
    settled(page)


def put_cursor_at_end_of(page, line_start: str) -> None:
    """Click into the Ace editor on the line that starts with ``line_start`` and go to its end."""
    editor = page.frame_locator(EDITOR)
    editor.locator(".ace_line", has_text=line_start).first.click(position={"x": 40, "y": 5}, force=True)
    page.keyboard.press("End")


def test_new_user_edits_clicks_reloads_and_downloads(studio, browser):
    context, page = new_page(browser)
    try:
        open_example(page, studio)
        ws_url = page.url
        wait_for_picture(page, "Zo helpen wij u")

        put_cursor_at_end_of(page, "titel:")
        page.keyboard.type(" samen")
        wait_for_picture(page, "Zo helpen wij u samen")
        settled(page)

        page.locator(".js-plotly-plot").scroll_into_view_if_needed()
        spot = page.evaluate(HOTSPOT, "principe")
        page.mouse.click(spot["x"], spot["y"])
        page.get_by_text("Hangt samen met").wait_for()
        details = page.locator(".st-key-details").inner_text()
        principle = next(p for p in load_file(ROOT / "praatplaten" / f"{EXAMPLE}.yaml").vision.principes
                         if spot["ref"] == f"principe:{p.id}")
        assert principle.naam in details and principle.uitleg.split(".")[0] in details
        assert page.get_by_role("button", name="Selectie opheffen").is_visible()
        settled(page)

        page.reload()
        page.wait_for_selector(".js-plotly-plot")
        assert page.url == ws_url, "the workspace id stays in the URL"
        wait_for_picture(page, "Zo helpen wij u samen")
        saved = store.open_store(studio.database).get(ws_url.split("ws=")[1]).text
        assert "titel: Zo helpen wij u samen\n" in saved

        settled(page)
        page.locator(".st-key-pop-export button").first.click()
        page.get_by_role("button", name="Bestand maken").click()
        download_button = page.get_by_role("button", name="Download zo-helpen-wij-u-samen.png")
        download_button.wait_for()
        with page.expect_download() as info:
            download_button.click()
        data = Path(info.value.path()).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert info.value.suggested_filename == "zo-helpen-wij-u-samen.png"
        assert source_from_png(data).decode("utf-8") == saved, "the PNG carries the YAML source"
    finally:
        context.close()


def test_edit_to_picture_latency_for_the_largest_example(studio, browser):
    """Median time from an edit reaching the server to the new picture in the browser (printed, not asserted)."""
    examples = [p for p in (ROOT / "praatplaten").glob("*.yaml") if p.name != "leeg-sjabloon.yaml"]
    largest = max(examples, key=lambda p: p.stat().st_size)
    context, page = new_page(browser)
    sent: list[float] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda _frame: sent.append(time.perf_counter())))
    try:
        open_example(page, studio, largest.stem)
        title = next(line[7:].strip() for line in largest.read_text(encoding="utf-8").splitlines()
                     if line.startswith("titel:"))
        put_cursor_at_end_of(page, "titel:")
        server, typed = [], ""
        for i in range(10):
            settled(page)
            typed += str(i)
            start = time.perf_counter()
            page.keyboard.type(str(i))
            wait_for_picture(page, title + typed)
            end = time.perf_counter()
            server.append(end - next(t for t in sent if t > start))
        median = statistics.median(server) * 1000
        print(f"\nedit-to-picture latency ({largest.name}, {len(server)} edits): median {median:.0f} ms "
              f"from the edit reaching the server to the new picture; min {min(server) * 1000:.0f} ms, "
              f"max {max(server) * 1000:.0f} ms")
        assert len(server) == 10
    finally:
        context.close()

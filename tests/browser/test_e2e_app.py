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

from praatplaat.embed import source_from_png
from praatplaat.load import load_file
from tests.browser.conftest import (
    click_in_picture,
    new_page,
    open_example,
    put_cursor_at_end_of,
    saved,
    settled,
    wait_for_picture,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "gemeente-groothaven"
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

        principle = load_file(ROOT / "praatplaten" / f"{EXAMPLE}.yaml").vision.principes[0]
        click_in_picture(page, f"principe:{principle.id}")
        page.get_by_text("Hangt samen met").wait_for()
        settled(page)
        details = page.locator(".st-key-details")
        assert principle.naam in details.inner_text()
        page.get_by_role("button", name="Selectie opheffen").wait_for()  # visible, once the panel has settled

        page.reload()
        page.wait_for_selector("svg.pp-svg")
        assert page.url == ws_url, "the workspace id stays in the URL"
        wait_for_picture(page, "Zo helpen wij u samen")
        text = saved(studio, ws_url.split("ws=")[1])
        assert "titel: Zo helpen wij u samen\n" in text

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
        assert source_from_png(data).decode("utf-8") == text, "the PNG carries the YAML source"
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

"""Typing goes on across a whole-page rerun: the first edit of a vision opened by its editing link makes undo
available, which reruns the whole page and mounts the editor afresh; the cursor, the focus and what is typed
next stay (they were lost: the second key press went nowhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

import store
from tests.browser.conftest import put_cursor_at_end_of, saved, wait_for_picture, wait_until

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "praatplaten" / "gemeente-groothaven.yaml"
TIMEOUT_MS = 60_000


def test_typing_continues_after_the_first_edit_reruns_the_page(studio, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        db = store.open_store(studio.database)
        ws_id = db.create(EXAMPLE.read_text(encoding="utf-8"), settings={"mode": "edit"}).id
        page.goto(f"{studio.url}/?ws={ws_id}")
        wait_for_picture(page, "Zo helpen wij u")
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
        assert page.locator(".st-key-undo button").first.is_disabled(), "a new workspace has nothing to undo"
        put_cursor_at_end_of(page, "titel:")
        page.keyboard.type("a")
        page.locator(".st-key-undo button:not([disabled])").first.wait_for()  # the whole page was rerun
        page.wait_for_timeout(500)
        page.keyboard.type("b")  # no click: the editor still has the focus and the cursor
        wait_for_picture(page, "Zo helpen wij uab")
        page.wait_for_function("() => document.querySelector('[data-testid=\"stApp\"]')"
                               ".dataset.testScriptState === 'notRunning'")
        wait_until(lambda: "titel: Zo helpen wij uab\n" in saved(studio, ws_id), "both keys stored")
    finally:
        context.close()

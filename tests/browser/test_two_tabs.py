"""Two tabs on one workspace, typing alternately, in a real browser: every edit ends up in the stored text
(merged), or a conflict is shown with both versions kept in the history. Never a silent loss."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest

import store
from tests.browser.conftest import new_page, open_example, settled

pytestmark = pytest.mark.browser

TIMEOUT_MS = 90_000
LIVE = '[data-testid="stElementContainer"]:not([data-stale="true"])'  # not a copy left by a rerun
ROUNDS = 3
PICK_UP_MS = 3000  # after a save, the other tab's poll (1 s) loads it before its person types again


def type_in_editor(page, text: str, at_start: bool) -> None:
    """ALL editor typing of this file: ``text`` on a new first or last line of the editor.
    (The one place that knows the editor: CodeMirror in components/editor.py.)"""
    settled(page)
    content = page.locator(LIVE).locator(".cm-content").first
    content.wait_for()
    content.click()
    if at_start:
        page.keyboard.press("Control+Home")
        page.keyboard.press("Enter")
        page.keyboard.press("ArrowUp")
    else:
        page.keyboard.press("Control+End")
        page.keyboard.press("Enter")
    page.keyboard.type(text)


def kept(db: store.Store, ws_id: str) -> tuple[str, str]:
    """The head text and the texts of all conflict revisions kept aside."""
    aside = [db.revision(ws_id, r.n) for r in db.history(ws_id, limit=200) if r.kind == "conflict"]
    return db.get(ws_id).text, "\n".join(r.text or "" for r in aside if r is not None)


def until_stored(db: store.Store, ws_id: str, edit: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not any(edit in text for text in kept(db, ws_id)):
        assert time.monotonic() < deadline, f"{edit!r} never reached the store"
        time.sleep(0.2)


@contextmanager
def two_tabs(browser, studio):
    """Two tabs (own browser contexts) on one new workspace of the example: (first, second, workspace id)."""
    (one, first), (two, second) = new_page(browser), new_page(browser)
    try:
        ws_id = open_example(first, studio)
        second.goto(first.url)
        second.wait_for_selector("svg.pp-svg")
        yield first, second, ws_id
    finally:
        one.close()
        two.close()


def test_two_tabs_typing_alternately_lose_nothing(browser, studio):
    with two_tabs(browser, studio) as (first, second, ws_id):
        db = store.open_store(studio.database)

        edits = []
        for n in range(ROUNDS):
            for name, page, at_start in (("A", first, False), ("B", second, True)):
                edit = f"# {name}{n}"
                type_in_editor(page, edit, at_start)
                edits.append(edit)
                until_stored(db, ws_id, edit)
                page.wait_for_timeout(PICK_UP_MS)

        head, aside = kept(db, ws_id)
        missing = [e for e in edits if e not in head]
        assert all(e in aside for e in missing), f"lost edits: {missing}"
        if missing:
            assert any(p.get_by_text("tegelijk dezelfde regels").count() for p in (first, second)), \
                "a kept conflict is shown to the person"
        # without a reload, the first tab's editor holds what the second typed last (at the top of the text; the
        # editor itself stays scrolled where its person was)
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while f"# B{ROUNDS - 1}" not in cursor_of(first)["text"]:
            assert time.monotonic() < deadline, "the first tab never showed the second tab's last line"
            first.wait_for_timeout(100)


def cursor_of(page) -> dict:
    """The live editor's cursor (line, column, 1-based) and whether it has the focus."""
    return page.locator(LIVE).locator(".praatplaat-editor").first.evaluate(
        "(el) => { const v = el.editorView, h = v.state.selection.main.head, l = v.state.doc.lineAt(h);"
        " return {line: l.number, col: h - l.from + 1, focus: v.hasFocus, text: v.state.doc.toString()}; }")


def test_a_change_from_another_tab_keeps_the_idle_tabs_cursor(browser, studio):
    with two_tabs(browser, studio) as (first, second, _):
        settled(second)
        second.locator(LIVE).locator(".praatplaat-editor").first.evaluate(
            "(el) => { const v = el.editorView, l = v.state.doc.line(14);"
            " v.dispatch({selection: {anchor: l.from + 4}}); v.focus(); }")
        assert cursor_of(second) | {"text": ""} == {"line": 14, "col": 5, "focus": True, "text": ""}

        type_in_editor(first, "# van het eerste tabblad", at_start=False)
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while "# van het eerste tabblad" not in cursor_of(second)["text"]:
            assert time.monotonic() < deadline, "the idle tab never showed the other tab's line"
            second.wait_for_timeout(100)
        settled(second)
        where = cursor_of(second)
        assert (where["line"], where["col"], where["focus"]) == (14, 5, True), \
            "the idle tab's cursor and focus stay where the person left them"

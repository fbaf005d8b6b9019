"""The YAML editor in a real browser: a facilitator types new parts of a vision the way a person does
(Enter between lines, the editor indenting), the picture follows with no error; Enter never accepts a
completion; clicking a problem moves the cursor to its place; a reload opens at the first error.

The small helpers here (cursor, typing, problem list) are meant for other browser tests too.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from tests.browser.conftest import new_page, open_example, saved, settled, shoot, wait_until

pytestmark = pytest.mark.browser

EDITOR = ".praatplaat-editor"
SHOTS = Path(os.environ.get("PRAATPLAAT_SHOTS") or Path(tempfile.gettempdir()) / "praatplaat-shots")


# --- helpers (reusable) ------------------------------------------------------------------------

def picture_text(page) -> str:
    """All text of the picture, whitespace normalised: what it draws (SVG text) and every element's accessible
    name (so an element the layout shows only as a dot, such as a step in a compact journey row, counts too)."""
    drawn = page.locator("svg text").all_text_contents()
    names = page.locator("svg .pp-hs").evaluate_all("els => els.map(e => e.getAttribute('aria-label') || '')")
    return " ".join(" ".join(drawn + names).split())


def wait_for_picture(page, text: str, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while " ".join(text.split()) not in picture_text(page):
        if time.monotonic() > deadline:
            raise AssertionError(f"the picture does not show {text!r}")
        page.wait_for_timeout(100)


def editor(page):
    """The editor on the page (not a stale copy Streamlit may keep for a moment during a rerun)."""
    return page.locator('[data-testid="stElementContainer"]:not([data-stale="true"])').locator(EDITOR).first


def editor_text(page) -> str:
    return editor(page).evaluate("(el) => el.editorView.state.doc.toString()")


def editor_line(page, number: int | None = None) -> str:
    """The text of line ``number`` (1-based), or of the cursor's line."""
    return editor(page).evaluate(
        "(el, n) => { const s = el.editorView.state;"
        " return (n ? s.doc.line(n) : s.doc.lineAt(s.selection.main.head)).text; }", number)


def cursor(page) -> tuple[int, int]:
    """(line, column) of the cursor, 1-based."""
    where = editor(page).evaluate(
        "(el) => { const s = el.editorView.state, h = s.selection.main.head, l = s.doc.lineAt(h);"
        " return [l.number, h - l.from + 1]; }")
    return where[0], where[1]


def put_cursor_at(page, line: int, col: int) -> None:
    """Put the cursor at a line and column (1-based), scrolled into view, and focus the editor."""
    editor(page).evaluate(
        "(el, [n, c]) => { const v = el.editorView, l = v.state.doc.line(n);"
        " v.dispatch({selection: {anchor: Math.min(l.from + c - 1, l.to)}, scrollIntoView: true}); v.focus(); }",
        [line, col])


def put_cursor_at_end_of(page, line_start: str) -> None:
    """Put the cursor at the end of the first line that starts with ``line_start`` (indentation included)."""
    lines = editor_text(page).split("\n")
    number = next(i for i, line in enumerate(lines, 1) if line.startswith(line_start))
    put_cursor_at(page, number, len(lines[number - 1]) + 1)


def type_lines(page, *lines: str) -> None:
    """Type lines as a person does: the text of each, Enter between them (the editor indents)."""
    for i, line in enumerate(lines):
        if i:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def synced(page) -> None:
    """Wait until the server has the editor's text and has finished the run it started."""
    page.wait_for_selector(f'{EDITOR}[data-synced="true"]', state="attached")
    settled(page)
    page.wait_for_selector(f'{EDITOR}[data-synced="true"]', state="attached")


def problem_heading(page) -> str:
    return editor(page).locator(".problems .head").inner_text()


def errors_shown(page) -> list[str]:
    return editor(page).locator(".problems button.error").all_inner_texts()


def completion_open(page) -> bool:
    return editor(page).locator(".cm-tooltip-autocomplete").count() > 0


def wait_for_completion(page, label: str) -> None:
    """Wait until the completion list offers ``label`` (and a moment more: CodeMirror ignores an accept key
    in the first 75 ms after the list opens, against accidental picks)."""
    editor(page).locator(".cm-tooltip-autocomplete li", has_text=label).first.wait_for()
    page.wait_for_timeout(150)


# --- tests -------------------------------------------------------------------------------------

def test_typing_a_principle_a_step_and_a_channel_naturally(studio, browser):
    context, page = new_page(browser)
    try:
        open_example(page, studio)
        wait_for_picture(page, "Zo helpen wij u")

        put_cursor_at_end_of(page, "principes:")
        page.keyboard.press("Enter")
        assert editor_line(page) == "  - ", "Enter after a list key opens the list"
        type_lines(page, "naam: Open en eerlijk")
        page.keyboard.press("Enter")
        assert editor_line(page) == "    ", "Enter after '- naam: x' continues at the level of naam"
        page.keyboard.type("uitleg: Wij laten zien hoe een besluit tot stand komt.")
        wait_for_picture(page, "Open en eerlijk")
        synced(page)
        assert not errors_shown(page), problem_heading(page)

        put_cursor_at_end_of(page, "    stappen:")
        page.keyboard.press("Enter")
        assert editor_line(page) == "      - "
        page.keyboard.type("naam: Welkom")
        page.keyboard.press("Enter")
        page.keyboard.type("kanaal: Stad")
        wait_for_completion(page, "Stadswinkel")
        page.keyboard.type("swinkel")
        page.keyboard.press("Enter")
        page.keyboard.type("beleving: 2")
        text = editor_text(page)
        assert "      - naam: Welkom\n        kanaal: Stadswinkel\n        beleving: 2\n" in text, text[:2000]
        wait_for_picture(page, "Welkom")
        synced(page)
        assert not errors_shown(page), problem_heading(page)

        put_cursor_at_end_of(page, "kanalen:")
        type_lines(page, "", "naam: Loket Noord", "soort: bal")
        wait_for_completion(page, "balie")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "editor-completion-1280x720.png"))
        page.keyboard.press("Tab")
        assert editor_line(page) == "    soort: balie", "Tab accepts the completion"
        wait_for_picture(page, "Loket Noord")
        synced(page)
        assert not errors_shown(page), problem_heading(page)
        ws_id = page.url.split("ws=")[1].split("&")[0]
        typed = editor_text(page)
        wait_until(lambda: saved(studio, ws_id) == typed, "the server has exactly what was typed")
        saved_text = saved(studio, ws_id)
        assert "kanalen:\n  - naam: Loket Noord\n    soort: balie\n  - naam: Website\n" in saved_text
        assert "principes:\n  - naam: Open en eerlijk\n    uitleg: Wij laten zien" in saved_text
    finally:
        context.close()


def test_typing_list_items_as_in_other_editors(studio, browser):
    """A typist used to VS Code types the "- " of an item themselves after the editor has put one: it is typed
    over, not doubled; Enter after an item's last field goes on with that item's fields; a "-" there starts the
    next item; Backspace right after an auto-inserted "- " removes it at once."""
    context, page = new_page(browser)
    try:
        ws_id = open_example(page, studio)
        wait_for_picture(page, "Zo helpen wij u")

        put_cursor_at_end_of(page, "principes:")
        type_lines(page, "", "- naam: Zichtbaar dichtbij", "uitleg: We komen naar u toe.",
                   "- naam: Gewoon bellen", "uitleg: U krijgt een mens aan de lijn.")
        text = editor_text(page)
        assert ("principes:\n  - naam: Zichtbaar dichtbij\n    uitleg: We komen naar u toe.\n"
                "  - naam: Gewoon bellen\n    uitleg: U krijgt een mens aan de lijn.\n  - naam: Wij zijn er") in text
        wait_for_picture(page, "Zichtbaar dichtbij")
        wait_for_picture(page, "Gewoon bellen")

        put_cursor_at_end_of(page, "kanalen:")
        type_lines(page, "", "- naam: Loket Noord", "soort: balie")
        put_cursor_at_end_of(page, "    stappen:")
        type_lines(page, "", "- naam: Welkom thuis", "kanaal: Website", "beleving: 1")
        text = editor_text(page)
        assert "kanalen:\n  - naam: Loket Noord\n    soort: balie\n  - naam: Website\n" in text
        assert "    stappen:\n      - naam: Welkom thuis\n        kanaal: Website\n        beleving: 1\n" in text
        wait_for_picture(page, "Loket Noord")
        wait_for_picture(page, "Welkom thuis")
        synced(page)
        assert not errors_shown(page), problem_heading(page)
        # new elements nothing links to yet do not shout: they wait, counted, in "Controleren"
        assert problem_heading(page) == "Geen fouten of waarschuwingen"
        review = editor(page).locator(".problems details.review")
        assert review.locator("summary").inner_text() == "Controleren (3)"  # two principles, one channel
        assert not review.locator("button.warning").first.is_visible()
        shoot(page, "editor-typed-items-1280x720.png")
        review.locator("summary").click()
        assert "Zichtbaar dichtbij" in review.locator("button.warning").first.inner_text()
        review.locator("button.warning").first.click()
        assert editor_line(page) == "  - naam: Zichtbaar dichtbij", "a click goes to the element"
        editor(page).locator(".cm-lint-marker-warning").first.wait_for()  # opened, they are marked in the text
        shoot(page, "editor-controleren-open-1280x720.png")

        before = editor_text(page)
        put_cursor_at_end_of(page, "principes:")
        page.keyboard.press("Enter")
        assert editor_line(page) == "  - "
        page.keyboard.press("Backspace")
        assert editor_line(page) == "  ", "Backspace right after an auto-inserted '- ' removes it at once"
        page.keyboard.press("Backspace")
        page.keyboard.press("Backspace")
        assert editor_text(page) == before
        typed = editor_text(page)
        wait_until(lambda: saved(studio, ws_id) == typed, "the server has exactly what was typed")
    finally:
        context.close()


def test_enter_after_a_partial_word_inserts_a_newline(studio, browser):
    context, page = new_page(browser)
    try:
        open_example(page, studio)
        put_cursor_at_end_of(page, "titel:")
        page.keyboard.type(" en Verh")
        page.keyboard.press("Enter")
        assert editor_line(page, 3) == "titel: Zo helpen wij u en Verh"
        assert cursor(page) == (4, 1) and editor_line(page, 4) == ""
        assert editor_line(page, 5).startswith("ondertitel:")
        wait_for_picture(page, "Zo helpen wij u en Verh")

        put_cursor_at_end_of(page, "        kanaal: Website")
        for _ in "Website":
            page.keyboard.press("Backspace")
        page.keyboard.type("Stad")
        wait_for_completion(page, "Stadswinkel")
        page.keyboard.press("Enter")
        row = cursor(page)[0]
        assert editor_line(page, row - 1) == "        kanaal: Stad", "Enter does not accept the completion"
        assert editor_line(page) == "        " and not completion_open(page)
    finally:
        context.close()


def place_in_editor(page) -> dict:
    """Where the text area sits in the editor component, and its size (the page around it may scroll or grow)."""
    return editor(page).evaluate("""(root) => {
        const box = root.getBoundingClientRect(), text = root.querySelector('.cm-editor').getBoundingClientRect();
        return {x: text.x - box.x, y: text.y - box.y, width: text.width, height: text.height};
    }""")


def test_clicking_an_error_moves_the_cursor_and_a_reload_opens_at_it(studio, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context, page = new_page(browser)
    try:
        open_example(page, studio)
        put_cursor_at(page, 3, 7)
        page.keyboard.press("Backspace")
        assert editor_line(page, 3) == "titel Zo helpen wij u"
        synced(page)
        error = editor(page).locator(".problems button.error").first
        error.wait_for()
        assert "Regel 3, kolom 6" in error.inner_text() and "na 'titel' ontbreekt een ':'" in error.inner_text()
        assert "laatste geldige versie" in problem_heading(page)
        box = place_in_editor(page)
        page.keyboard.press("Control+End")
        assert cursor(page)[0] > 3
        error.click()
        assert cursor(page) == (3, 6)
        assert editor(page).locator(".cm-editor.cm-focused").count() == 1, "the editor has the focus"
        assert place_in_editor(page) == box, "the problem list never moves the editor"
        page.screenshot(path=str(SHOTS / "editor-error-1280x720.png"))

        page.reload()
        editor(page).locator(".cm-content").wait_for()
        settled(page)
        assert cursor(page) == (3, 6), "after a reload the editor opens at the first error"
        wide, large = new_page(browser, 1920, 1080)
        try:
            large.goto(page.url)
            editor(large).locator(".problems button.error").first.wait_for()
            settled(large)
            large.screenshot(path=str(SHOTS / "editor-error-1920x1080.png"))
        finally:
            wide.close()
    finally:
        context.close()

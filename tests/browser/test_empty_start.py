"""'Begin leeg': the picture shows friendly empty places, not elements; typing the first principle after
'principes:' (Enter, "- naam: ...") replaces the empty place with the principle."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_page, open_example, picture_lines, shoot, wait_until
from tests.browser.test_editor import (
    editor_text,
    errors_shown,
    problem_heading,
    put_cursor_at_end_of,
    synced,
    type_lines,
    wait_for_picture,
)

pytestmark = pytest.mark.browser


def test_begin_leeg_shows_empty_places_then_the_typed_principle(studio, browser):
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, "leeg-sjabloon")
        for place in ("Typ hier uw kernzin", "Typ hier uw eerste principe"):  # drawn over more lines
            wait_until(lambda place=place: place in " ".join(picture_lines(page)), place)
        assert page.locator("svg .pp-hs[data-ref^='principe:']").count() == 0, "an empty place is no element"
        assert page.locator("svg .pp-hs[data-ref^='visie:']").count() == 0
        synced(page)
        assert not errors_shown(page), problem_heading(page)
        shoot(page, "begin-leeg-1280x720.png")

        put_cursor_at_end_of(page, "  kern:")
        page.keyboard.type(" Wij helpen u dichtbij.")
        put_cursor_at_end_of(page, "principes:")
        type_lines(page, "", "- naam: Zichtbaar dichtbij", "uitleg: We komen naar u toe.")
        typed = editor_text(page)
        assert "  kern: Wij helpen u dichtbij.\n" in typed, typed
        assert "principes:\n  - naam: Zichtbaar dichtbij\n    uitleg: We komen naar u toe.\n" in typed, typed
        wait_for_picture(page, "Zichtbaar dichtbij")
        wait_for_picture(page, "Wij helpen u dichtbij.")
        synced(page)
        assert "Typ hier" not in " ".join(picture_lines(page))
        assert page.locator("svg .pp-hs[data-ref='principe:zichtbaar-dichtbij']").count() == 1
        assert not errors_shown(page), problem_heading(page)
        shoot(page, "begin-leeg-typed-1280x720.png")
    finally:
        context.close()

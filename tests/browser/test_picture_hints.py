"""The hint in the quick capture line is in the interface's language: Streamlit's own English "Press Enter to
submit form" is replaced by ours (components/style.py); it waits until something is typed (it would cover the
line's placeholder)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_page, open_example

pytestmark = pytest.mark.browser

EXAMPLE = "gemeente-groothaven"
HINT = """() => {
  const el = document.querySelector('[data-testid="stForm"] [data-testid="InputInstructions"]');
  return el && {shown: el.innerText, ours: getComputedStyle(el, '::before').content,
                visible: getComputedStyle(el).display !== 'none'};
}"""


def test_quick_capture_hint_is_ours(studio, browser):
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, EXAMPLE)
        box = page.get_by_role("textbox", name="Snel toevoegen", exact=True)
        box.click()
        empty = page.evaluate(HINT)
        assert not (empty and empty["visible"]), f"the hint covers the placeholder: {empty}"
        page.keyboard.type("Iedereen doet mee")
        page.wait_for_function(f"() => ({HINT})()?.visible")
        hint = page.evaluate(HINT)
        assert "Press Enter" not in hint["shown"], hint
        assert hint["ours"] == '"Druk op Enter om te versturen"', hint
    finally:
        context.close()

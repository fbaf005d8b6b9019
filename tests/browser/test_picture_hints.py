"""The hint under the quick capture line (under the picture) is in the interface's language: Streamlit's own
English "Press Enter to submit form" is replaced by ours (components/style.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

EXAMPLE = "gemeente-groothaven"
TIMEOUT_MS = 60_000
HINT = """() => {
  const el = document.querySelector('[data-testid="stForm"] [data-testid="InputInstructions"]');
  return el && {shown: el.innerText, ours: getComputedStyle(el, '::before').content};
}"""


def test_quick_capture_hint_is_ours(studio, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(studio.url)
        page.locator(f".st-key-open-{EXAMPLE} button").click()
        page.wait_for_url("**/?ws=*")
        page.locator("svg.pp-svg").wait_for()
        box = page.get_by_placeholder("Typ één zin en druk op Enter")
        box.click()
        page.keyboard.type("Iedereen doet mee")
        page.wait_for_function(HINT)
        hint = page.evaluate(HINT)
        assert "Press Enter" not in hint["shown"], hint
        assert hint["ours"] == '"Druk op Enter om te versturen"', hint
    finally:
        context.close()

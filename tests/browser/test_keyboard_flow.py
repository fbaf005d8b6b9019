"""The facilitator's flow with the keyboard alone, at 1280×720, from "Begin leeg": quick capture (two principles,
each a line and Enter) → the picture (Tab to the first, Enter selects it) → its details (Tab into their form) → the
projector (Alt+P opens it at that element, the arrow keys step, Escape goes back)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import new_page, open_example, settled, shoot, wait_for_element

pytestmark = pytest.mark.browser

TEMPLATE = "leeg-sjabloon"
NAME, EXPLANATION = "Dichtbij", "We komen naar u toe."
SECOND = "Duidelijk"
TABS = 250  # at most this many Tab presses to reach the next part (the studio has fewer stops)
# The element that has the keyboard focus, also inside a component's shadow root.
ACTIVE = """() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return {};
  return {tag: el.tagName, label: el.getAttribute('aria-label') || '', ref: (el.dataset && el.dataset.ref) || '',
          value: el.value || '', editor: !!el.closest('.cm-content'), details: !!el.closest('.st-key-details')};
}"""
CURRENT = """() => {
  const host = [...document.querySelectorAll('*')].find(el => el.shadowRoot && el.shadowRoot.querySelector('.pp-proj'));
  const cur = host && host.shadowRoot.querySelector('.pp-hs.is-cur');
  return cur ? cur.dataset.ref : null;
}"""


def tab_to(page, reached, what: str) -> dict:
    """Press Tab until ``reached(focused)``; the editor is left as CodeMirror offers (Esc, then Tab), so Tab never
    types into the text."""
    for _ in range(TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(ACTIVE)
        if reached(focused):
            return focused
        if focused.get("editor"):
            page.keyboard.press("Escape")
    raise AssertionError(f"{TABS} Tab presses did not reach {what}; the focus is on {page.evaluate(ACTIVE)}")


def test_quick_capture_picture_details_projector_with_the_keyboard_alone(studio, browser):
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, TEMPLATE)

        tab_to(page, lambda f: f.get("tag") == "INPUT" and f["label"] == "Snel toevoegen", "the quick capture line")
        for line, name in ((f"{NAME}: {EXPLANATION}", NAME), (f"{SECOND}: In gewone taal.", SECOND)):
            page.keyboard.type(line)
            page.keyboard.press("Enter")
            wait_for_element(page, name)
            settled(page)

        spot = tab_to(page, lambda f: f.get("ref", "").startswith("principe:") and NAME in f["label"],
                      "the new principle in the picture")
        page.keyboard.press("Enter")
        details = page.locator(".st-key-details")
        details.filter(has_text=NAME).wait_for()
        settled(page)
        field = tab_to(page, lambda f: f.get("details") and f["tag"] in ("INPUT", "TEXTAREA"), "the details' form")
        assert field["value"] == NAME, f"the details' first field is the new principle's name: {field}"
        assert EXPLANATION in details.inner_text() or EXPLANATION in page.locator(
            ".st-key-details textarea").first.input_value(), "the details show its explanation"
        shoot(page, "keyboard-flow-details-1280.png")

        page.keyboard.press("Alt+KeyP")
        page.locator(".pp-proj").wait_for()
        assert page.evaluate(CURRENT) == spot["ref"], "the projector starts at the selected element"
        page.keyboard.press("ArrowRight")
        assert page.evaluate(CURRENT) == "principe:duidelijk", "→ steps on"
        page.keyboard.press("ArrowLeft")
        assert page.evaluate(CURRENT) == spot["ref"], "← steps back"
        page.keyboard.press("Escape")
        page.get_by_role("button", name="Projecteren").wait_for()
        settled(page)
        assert page.locator(".pp-proj").count() == 0, "Escape leaves the projector"
        assert NAME in details.inner_text() or page.locator(".st-key-details input").first.input_value() == NAME, \
            "back in Bewerken with the element still selected"
    finally:
        context.close()

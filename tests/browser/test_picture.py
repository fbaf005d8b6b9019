"""The studio's picture in real Chromium: click to select with the details next to it, and edits update it in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.load import load_file
from tests.browser.conftest import (
    choose,
    click_in_picture,
    new_page,
    open_example,
    put_cursor_at_end_of,
    settled,
    shoot,
    wait_for_picture,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "gemeente-groothaven"
# The element whose shadow root holds the picture component.
HOST = "[...document.querySelectorAll('*')].find(el => el.shadowRoot && el.shadowRoot.querySelector('svg.pp-svg'))"
# The picture component's state in its shadow root; ``mark`` tags the element that holds the SVG.
PICTURE = """(mark) => {
  const host = HOST;
  const root = host.shadowRoot, pic = root.querySelector('.pp-pic'), svg = root.querySelector('svg.pp-svg');
  if (mark) pic.dataset.mark = mark;
  const box = svg.getBoundingClientRect();
  return {mark: pic.dataset.mark || null, selected: svg.classList.contains('is-sel'),
          cur: [...root.querySelectorAll('.pp-hs.is-cur')].map(el => el.dataset.ref),
          lit: [...root.querySelectorAll('.pp-paint .is-lit')].map(el => el.dataset.ref),
          right: box.right, top: box.top, bottom: box.bottom};
}""".replace("HOST", HOST)


def test_click_selects_with_details_and_edits_update_in_place(studio, browser):
    vision = load_file(ROOT / "praatplaten" / f"{EXAMPLE}.yaml").vision
    principle = vision.principes[1]
    ref = f"principe:{principle.id}"
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, EXAMPLE)
        assert page.evaluate(PICTURE, "first")["mark"] == "first"

        click_in_picture(page, ref)
        details = page.locator(".st-key-details")
        details.get_by_text(principle.naam).first.wait_for()
        settled(page)
        state = page.evaluate(PICTURE, None)
        assert state["cur"] == [ref] and state["selected"], "the principle has the selection outline"
        steps = {f"stap:{r.id}/{i + 1}" for r in vision.klantreizen for i, s in enumerate(r.stappen)
                 if principle.id in s.principes}
        assert steps & set(state["lit"]), "its steps stay lit while the rest fades"
        box = details.bounding_box()
        # at 1280×720 beside the editor they go under the picture, so it stays ≥ 700 px wide (test_picture_first.py)
        assert box["y"] >= state["bottom"] - 1, "the details are under the picture, never over it"
        assert box["y"] < 720 and box["x"] + box["width"] <= 1280, "and start in view at 1280×720"

        put_cursor_at_end_of(page, "titel:")
        page.keyboard.type(" samen")
        wait_for_picture(page, "Zo helpen wij u samen")
        settled(page)
        state = page.evaluate(PICTURE, None)
        assert state["mark"] == "first", "the picture was updated in place, not mounted anew"
        assert state["cur"] == [ref], "the selection survives the edit"
    finally:
        context.close()


# The picture's markup, without what the selection paints on it (classes is-sel/is-cur/is-lit, aria-pressed).
MARKUP = """() => {
  const host = HOST;
  const svg = host.shadowRoot.querySelector('svg.pp-svg').cloneNode(true);
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    el.removeAttribute('aria-pressed');
    const kept = [...el.classList].filter(c => !['is-sel', 'is-cur', 'is-lit'].includes(c));
    if (el.hasAttribute('class')) el.setAttribute('class', kept.join(' '));
  }
  return svg.outerHTML;
}""".replace("HOST", HOST)


def test_an_edited_picture_is_the_same_as_a_fresh_one(studio, browser):
    """Edits change the picture in place (only what differs); after small and structural changes it is exactly the
    picture a fresh page draws from the saved text."""
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, EXAMPLE)
        page.evaluate(PICTURE, "first")
        put_cursor_at_end_of(page, "titel:")
        page.keyboard.type(" samen")
        wait_for_picture(page, "Zo helpen wij u samen")
        page.locator(".st-key-qa-text input").fill("Wij luisteren eerst")  # a new pillar: the structure changes
        page.keyboard.press("Enter")
        wait_for_picture(page, "Wij luisteren eerst")
        settled(page)
        assert page.evaluate(PICTURE, None)["mark"] == "first", "updated in place, not mounted anew"
        edited = page.evaluate(MARKUP)
        page.reload()
        page.locator("svg.pp-svg").first.wait_for()
        settled(page)
        assert page.evaluate(PICTURE, None)["mark"] is None, "a fresh mount"
        assert page.evaluate(MARKUP) == edited
    finally:
        context.close()


def test_the_journey_view_follows_a_step_selected_in_the_overview(studio, browser):
    """Click a step of the second journey in the overview, open Klantreis: that journey is shown."""
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio)
        click_in_picture(page, "stap:geboorte/2")
        settled(page)
        choose(page, "Klantreis")
        # the picker shows the selected step's journey (waits until it does)
        page.wait_for_function("""() => [...document.querySelectorAll('[data-testid="stSelectbox"] input')]
            .some(i => i.value === 'Een kind is geboren')""")
        wait_for_picture(page, "Vraag over de achternaam")  # a step card of that journey
        shoot(page, "klantreis-follows-selection-1280x720.png")
    finally:
        context.close()

"""Projector mode in real Chromium: the picture and its caption band fill the window, keys work at once, and the
caption never covers the picture (so never the element it explains), at 1280×720 and 1920×1080."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.load import load_file
from tests.browser.conftest import click_in_picture, new_page, open_example, settled, shoot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "gemeente-groothaven"
# What the projector shows now: the outlined element and the card's text (inside the component's shadow root).
STATE = """() => {
  const host = [...document.querySelectorAll('*')].find(el => el.shadowRoot && el.shadowRoot.querySelector('.pp-proj'));
  const root = host.shadowRoot;
  const cur = root.querySelector('.pp-hs.is-cur');
  const svg = root.querySelector('svg.pp-svg'), m = svg.getScreenCTM(), vb = svg.viewBox.baseVal;
  const body = root.querySelector('.pp-body');
  return {ref: cur && cur.dataset.ref, title: root.querySelector('.pp-title').textContent,
          body: body.textContent, bodyPx: parseFloat(getComputedStyle(body).fontSize),
          width: vb.width * m.a, height: vb.height * m.d};
}"""


def test_projector_fills_the_window_and_steps_at_once(studio, browser):
    vision = load_file(ROOT / "praatplaten" / f"{EXAMPLE}.yaml").vision
    first, second = (f"principe:{p.id}" for p in vision.principes[:2])
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, EXAMPLE)
        click_in_picture(page, first)
        page.locator(".st-key-details").wait_for()
        settled(page)

        page.get_by_role("button", name="Projecteren").click()
        page.locator(".pp-proj").wait_for()
        state = page.evaluate(STATE)
        assert state["ref"] == first and state["title"] == vision.principes[0].naam, "it starts at the selection"
        page.keyboard.press("ArrowRight")  # at once, nothing clicked first
        state = page.evaluate(STATE)
        assert state["ref"] == second and state["title"] == vision.principes[1].naam
        assert vision.principes[1].uitleg in state["body"]
        page.keyboard.press("ArrowLeft")
        assert page.evaluate(STATE)["ref"] == first
        page.keyboard.press("Tab")  # whatever has the focus: keys still step
        page.keyboard.press("PageDown")
        assert page.evaluate(STATE)["ref"] == second, "a clicker's PageDown steps too"
        page.keyboard.press(" ")
        assert page.evaluate(STATE)["ref"] == f"principe:{vision.principes[2].id}", "so does space"
        settled(page)

        buttons = page.locator("button:visible").all_inner_texts()
        assert buttons == ["Terug naar bewerken"], "no toolbar buttons while projecting, only the way back"
        assert not page.locator('header[data-testid="stHeader"]').is_visible(), "no Streamlit header"
        state = page.evaluate(STATE)
        assert state["width"] >= 0.6 * 1280, f"the picture fills the window beside the caption band: {state}"
        assert state["bodyPx"] >= 28, "the explanation is readable from the back of the room"

        page.keyboard.press("Escape")
        page.get_by_role("button", name="Projecteren").wait_for()
        settled(page)
        assert page.locator(".pp-proj").count() == 0
        details = page.locator(".st-key-details").inner_text()
        assert vision.principes[0].naam in details, "edit mode keeps its own selection, not the projected one"
    finally:
        context.close()


# The projector's card, the picture and the current element, in the page's coordinates, and whether the card's text
# fits it.
BOXES = """() => {
  const host = [...document.querySelectorAll('*')].find(el => el.shadowRoot && el.shadowRoot.querySelector('.pp-proj'));
  const root = host.shadowRoot, box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const card = root.querySelector('.pp-card'), cur = root.querySelector('.pp-hs.is-cur');
  return {where: root.querySelector('.pp-where').textContent, card: box(card), ref: cur && cur.dataset.ref,
          picture: box(root.querySelector('svg.pp-svg')), current: box(cur.querySelector('.pp-area')),
          fits: card.scrollHeight <= card.clientHeight + 1,
          bodyPx: parseFloat(getComputedStyle(root.querySelector('.pp-body')).fontSize)};
}"""


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)])
def test_the_caption_never_covers_the_element_it_explains(studio, browser, width, height):
    vision = load_file(ROOT / "praatplaten" / f"{EXAMPLE}.yaml").vision
    slides = 1 + len(vision.principes) + sum(len(r.stappen) for r in vision.klantreizen) + len(vision.agenda)
    context, page = new_page(browser, width, height)
    try:
        open_example(page, studio, EXAMPLE)
        page.get_by_role("button", name="Projecteren").click()
        page.locator(".pp-proj").wait_for()
        kinds = set()
        for n in range(slides):
            boxes = page.evaluate(BOXES)
            kind = boxes["ref"].partition(":")[0]
            kinds.add(kind)
            assert not _overlap(boxes["card"], boxes["current"]), f"the card covers the current element: {boxes}"
            assert not _overlap(boxes["card"], boxes["picture"]), f"the card covers the picture: {boxes}"
            assert boxes["fits"], f"the caption is cut off: {boxes}"
            assert boxes["bodyPx"] >= 28, f"readable from the back of the room: {boxes}"
            if n == 2 or boxes["ref"] == f"stap:{vision.klantreizen[0].id}/2":
                shoot(page, f"projector-{kind}-{width}.png")
            page.keyboard.press("ArrowRight")
        assert kinds == {"visie", "principe", "stap", "agenda"}, "every kind of slide was shown"
    finally:
        context.close()

"""Picture first: at 1280×720 the picture is at least 700 px wide beside the editor (Bewerken) and beside the forms
(Formulieren), also with an element selected (its details then go under the picture); at 1920×1080 the details
stand beside it. Screenshots go to out/screenshots/."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import choose, click_in_picture, new_page, open_example, settled, shoot

pytestmark = pytest.mark.browser

PICTURE_MIN_PX = 700
# The picture's and the details panel's boxes on the page (the picture and the editor sit in components' shadow roots).
BOXES = """() => {
  const roots = [document, ...[...document.querySelectorAll('*')].filter(el => el.shadowRoot).map(el => el.shadowRoot)];
  const find = (selector) => roots.map(root => root.querySelector(selector)).find(Boolean);
  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width}; };
  return {picture: box(find('svg.pp-svg')), details: box(find('.st-key-details')), editor: box(find('.cm-editor'))};
}"""


def _picture_width(page) -> float:
    page.locator("svg.pp-svg").first.wait_for()
    return page.evaluate(BOXES)["picture"]["width"]


@pytest.mark.parametrize("mode", ["Bewerken", "Formulieren"])
def test_the_picture_is_at_least_700_px_wide_at_1280(studio, browser, mode):
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio)
        if mode != "Bewerken":
            choose(page, mode)
        assert _picture_width(page) >= PICTURE_MIN_PX, page.evaluate(BOXES)
        shoot(page, f"picture-first-{mode.lower()}-1280.png")

        click_in_picture(page, "kanaal:website")
        page.locator(".st-key-details").wait_for()
        settled(page)
        boxes = page.evaluate(BOXES)
        assert boxes["picture"]["width"] >= PICTURE_MIN_PX, f"a selection keeps the picture wide: {boxes}"
        assert boxes["details"]["top"] >= boxes["picture"]["bottom"], f"the details go under the picture: {boxes}"
        if mode == "Bewerken":
            assert boxes["editor"]["right"] <= boxes["picture"]["left"], f"the editor stays beside it: {boxes}"
    finally:
        context.close()


def test_at_1920_the_details_stand_beside_the_picture(studio, browser):
    context, page = new_page(browser, 1920, 1080)
    try:
        open_example(page, studio)
        click_in_picture(page, "kanaal:website")
        page.locator(".st-key-details").wait_for()
        settled(page)
        boxes = page.evaluate(BOXES)
        assert boxes["picture"]["width"] >= 900, boxes
        assert boxes["details"]["left"] >= boxes["picture"]["right"], f"the details are beside the picture: {boxes}"
        shoot(page, "picture-first-bewerken-1920.png")
    finally:
        context.close()


def test_a_lost_size_report_is_sent_again(studio, browser):
    """The window's size reaches the server in a report of the page; when that report is lost (here: dropped on its
    way), the page sends it again, so a wide window still gets the details beside the picture."""
    context, page = new_page(browser, 1920, 1080)
    dropped = []

    def route(ws):
        server = ws.connect_to_server()

        def to_server(message):
            if not dropped and isinstance(message, bytes) and b'"size":{"width"' in message:
                dropped.append(message)  # the first size report
                return
            server.send(message)

        ws.on_message(to_server)

    try:
        page.route_web_socket("**/_stcore/stream", route)
        open_example(page, studio)
        click_in_picture(page, "kanaal:website")
        page.locator(".st-key-details").wait_for()
        beside = f"() => {{ const b = ({BOXES})(); return b.details && b.details.left >= b.picture.right; }}"
        assert dropped, "no size report was dropped: the test proves nothing"
        try:
            page.wait_for_function(beside, timeout=30_000)
        except PlaywrightTimeout:
            boxes = page.evaluate(BOXES)
            raise AssertionError(f"after a lost size report the page keeps a narrow layout: {boxes}") from None
    finally:
        context.close()

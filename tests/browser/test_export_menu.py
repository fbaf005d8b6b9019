"""The export menu in a real browser: before the download it says which texts the chosen size shortens, and a
vision built on a base gets the origin switch (off: exports are public); the house style panel's token upload
and HEX fields fit a phone. Screenshots at 1280×720 and 390×844."""

from __future__ import annotations

import pytest

import store
from tests.browser.conftest import new_page, settled, shoot
from tests.test_fit_sizes import VISION

pytestmark = pytest.mark.browser

BASED = VISION.replace("versie: 1\n", "versie: 1\nbasis: overheid\n")


@pytest.mark.parametrize("width, height", [(1280, 720), (390, 844)])
def test_export_menu_warns_and_offers_the_origin_switch(studio, browser, width, height):
    ws = store.open_store(studio.database).create(BASED)
    context, page = new_page(browser, width, height)
    try:
        page.goto(f"{studio.url}/?ws={ws.id}")
        page.locator("svg.pp-svg").first.wait_for()
        settled(page)
        page.locator(".st-key-pop-export button").first.click()
        page.locator(".st-key-export-format").click()
        page.get_by_role("option", name="PDF – A4").click()
        settled(page)
        warning = page.get_by_text("Op A4 wordt 'Wij handelen altijd en overal in het…' ingekort", exact=False)
        warning.wait_for()
        assert page.get_by_text("Herkomst tonen (B/A/E-tekens)").is_visible()
        shoot(page, f"export-menu-{width}x{height}.png")
        page.keyboard.press("Escape")
        page.locator(".st-key-pop-huisstijl button").first.click()
        page.get_by_text("Huisstijl uit NL Design System-tokens", exact=False).wait_for()
        assert page.get_by_role("textbox", name="Accent: HEX-code (Enter)").is_visible()
        shoot(page, f"huisstijl-{width}x{height}.png")
    finally:
        context.close()

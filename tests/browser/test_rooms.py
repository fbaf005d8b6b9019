"""A werksessie in a real browser: the facilitator starts it, three phones (390×844) join (by the QR code's link, and
by typing the code), share a quote, rate a step, vote and propose; each sees its confirmation, and after a reload
what it sent; axe-core finds no WCAG 2.1 A/AA violation on the phone's page; the facilitator sees them arrive,
accepts the quote and it appears in the picture; the results show the votes. Screenshots go to out/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

import store
from tests.browser.conftest import choose, new_page, page_state, saved, settled, wait_for_element, wait_until
from tests.browser.conftest import shoot as shot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 390, "height": 844}


def start_room(page, studio) -> str:
    """Open the Groothaven example and start a werksessie; returns the QR code's link (with the join token)."""
    page.goto(studio.url)
    page.locator(".st-key-open-gemeente-groothaven button").click()
    page.wait_for_url("**/?ws=*")
    page.wait_for_selector("svg.pp-svg")
    settled(page)
    choose(page, "Werksessie")
    page.get_by_role("button", name="Werksessie starten").click()
    page.get_by_test_id("pp-join-link").wait_for()
    return page.get_by_test_id("pp-join-qr").get_attribute("href")


def participate(browser, link: str, name: str, quote: str, screenshot: str | None = None,
                code: str | None = None) -> None:
    """One phone: by the QR link, or (``code``) by typing the code on the plain /meedoen page."""
    from tests.browser.test_html_axe import axe_violations

    context, phone = new_page(browser, **PHONE)
    try:
        if code:
            phone.goto(link.split("?")[0])
            phone.get_by_label("Code van de sessie").fill(code.lower())
            phone.get_by_role("button", name="Meedoen").click()
        else:
            phone.goto(link)
        phone.get_by_text("Welkom bij").wait_for()
        phone.locator("#name").fill(name)
        if screenshot:
            shot(phone, screenshot)
            assert axe_violations(phone) == []
        verhaal = phone.locator("#act-verhaal")
        verhaal.locator("textarea").fill(quote)
        verhaal.get_by_role("button", name="Versturen").click()
        verhaal.get_by_text("Dank u!").wait_for()
        rating = phone.locator("#act-beoordeling")
        rating.locator("label.choice").filter(has_text="Goed").first.click()
        rating.get_by_role("button", name="Versturen").click()
        rating.get_by_text("Dank u! We hebben uw oordeel over 1 stap ontvangen.").wait_for()
        votes = phone.locator("#act-stem")
        for choice in votes.locator("label.choice").all()[:3]:
            choice.click()
        votes.get_by_role("button", name="Versturen").click()
        votes.get_by_text("Dank u! We hebben uw stem ontvangen").wait_for()
        proposal = phone.locator("#act-voorstel")
        proposal.locator("textarea").fill(f"Voorstel van {name}")
        proposal.get_by_role("button", name="Versturen").click()
        proposal.get_by_text("Dank u!").wait_for()
        if screenshot:
            shot(phone, screenshot.replace(".png", "-sent.png"))
            assert axe_violations(phone) == []
        phone.reload()  # a reload (or a locked screen) keeps the phone's identity: it sees what it sent
        mine = phone.locator("#mine")
        mine.get_by_text(quote).wait_for()
        mine.get_by_text(f"Voorstel van {name}").wait_for()
        assert mine.locator("li").count() == 4
    finally:
        context.close()


def test_werksessie_from_phones_to_the_picture(browser, studio):
    context, page = new_page(browser)
    try:
        link = start_room(page, studio)
        assert "/meedoen?j=" in link
        code = page.get_by_test_id("pp-join-code").inner_text().strip()
        settled(page)
        shot(page, "room-join-1280.png")
        page.set_viewport_size({"width": 1920, "height": 1080})
        shot(page, "room-join-1920.png")
        page.set_viewport_size({"width": 1280, "height": 720})
        assert page.locator("img.pp-join-qr").is_visible()

        quotes = ["Ik kreeg meteen een mens aan de lijn", "Het formulier was te lang", "De balie hielp mij goed"]
        for i, quote in enumerate(quotes):
            participate(browser, link, f"Deelnemer{i}", quote, "meedoen-390.png" if i == 0 else None,
                        code=code if i == 1 else None)

        choose(page, "Bijdragen")
        for quote in quotes:
            page.get_by_text(quote).wait_for()
        settled(page)
        shot(page, "room-inbox-1280.png")
        card = page.locator('[class*="st-key-contribution-"]').filter(has_text=quotes[0])
        card.get_by_role("button", name="Opnemen in de visie").click()
        page.get_by_text("Opgenomen in de visie").wait_for()
        ws_id = page.url.split("ws=")[1].split("&")[0]
        wait_until(lambda: quotes[0] in saved(studio, ws_id), "the quote is in the stored vision")

        choose(page, "Resultaten")
        page.get_by_text("Stemmen per principe").wait_for()
        settled(page)
        shot(page, "room-results-1280.png")
        page.set_viewport_size({"width": 1920, "height": 1080})
        settled(page)
        shot(page, "room-results-1920.png")
        page.get_by_text("Volledig scherm").click()
        page.get_by_role("button", name="Huisstijl").wait_for(state="detached")  # the studio's toolbar goes
        settled(page)
        shot(page, "room-results-full-1920.png")
        page.get_by_text("Volledig scherm").click()
        settled(page)
        page.set_viewport_size({"width": 1280, "height": 720})
        room = next(r for r in store.open_store(studio.database).rooms(ws_id) if r.is_open)
        assert sum(store.open_store(studio.database).results(room.id).votes.values()) == 9

        choose(page, "Bewerken")
        try:
            wait_for_element(page, "mens aan de lijn")
        except PlaywrightTimeout:  # say what the page shows instead, so a failure names its cause
            quote_stored = quotes[0] in saved(studio, ws_id)
            raise AssertionError(f"the accepted quote is not in the picture (stored: {quote_stored}): "
                                 f"{page_state(page, 'room-no-quote-1280.png')}") from None
    finally:
        context.close()

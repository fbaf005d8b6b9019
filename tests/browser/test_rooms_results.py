"""The werksessie's results on a phone (390×844): nothing of others until the facilitator switches
"Resultaten tonen aan deelnemers" on; then the votes, the ratings per step and the stories, without names
unless the facilitator also switches "Met namen" on. Screenshots go to out/screenshots/."""

from __future__ import annotations

import pytest

from tests.browser.test_rooms import PHONE, new_page, settled, shot, start_room

pytestmark = pytest.mark.browser


def test_participants_see_results_only_when_the_facilitator_shows_them(browser, studio):
    context, page = new_page(browser)
    phone_context, phone = new_page(browser, **PHONE)
    try:
        link = start_room(page, studio)
        settled(page)
        phone.goto(link)
        phone.get_by_text("Welkom bij").wait_for()
        phone.locator("#name").fill("Bram")
        verhaal = phone.locator("#act-verhaal")
        verhaal.locator("textarea").fill("Ik moest <b>drie keer</b> bellen")
        verhaal.get_by_role("button", name="Versturen").click()
        verhaal.get_by_text("Dank u!").wait_for()
        votes = phone.locator("#act-stem")
        for choice in votes.locator("label.choice").all()[:3]:
            choice.click()
        votes.get_by_role("button", name="Versturen").click()
        votes.get_by_text("Dank u!").wait_for()
        assert phone.get_by_test_id("pp-results").count() == 0, "nothing of others while results are hidden"

        page.get_by_text("Resultaten tonen aan deelnemers").click()
        results = phone.get_by_test_id("pp-results")
        results.wait_for()  # the phone's page hears it over its event stream, without a reload
        results.get_by_text("Wat vinden mensen het belangrijkst?").wait_for()
        assert "Ik moest <b>drie keer</b> bellen" in results.inner_text(), "others' stories, as plain text"
        assert "Bram" not in results.inner_text(), "no names unless the facilitator chose so"
        results.scroll_into_view_if_needed()
        shot(phone, "meedoen-results-390.png")

        page.get_by_text("Met namen").click()
        results.get_by_text("Bram").wait_for()  # refetched within RESULTS_EVERY_S
        settled(page)
        shot(page, "room-results-switch-1280.png")
    finally:
        phone_context.close()
        context.close()

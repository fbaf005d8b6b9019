"""Two `streamlit run` processes on one PostgreSQL behave as one app: a participant's contribution sent
through one process appears live at the facilitator connected to the other, and an edit made in one is
seen (not overwritten) in the other."""

from __future__ import annotations

import pytest

from tests.browser.conftest import choose, serve, settled, stored, wait_for_element, wait_until
from tests.pg import postgres_server, postgres_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

TIMEOUT_MS = 90_000
QUOTE = "Heel snel geholpen"


def test_a_contribution_crosses_processes(browser, postgres_url, tmp_path):  # noqa: F811 - fixture
    with serve(tmp_path / "one", postgres_url) as one, serve(tmp_path / "two", postgres_url) as two:
        facilitator = browser.new_context(viewport={"width": 1280, "height": 720})
        phone = browser.new_context(viewport={"width": 390, "height": 844})
        for context in (facilitator, phone):
            context.set_default_timeout(TIMEOUT_MS)
        try:
            page = facilitator.new_page()
            page.goto(one.url)
            page.locator(".st-key-open-gemeente-groothaven button").click()
            page.wait_for_url("**/?ws=*")
            page.wait_for_selector("svg.pp-svg")
            settled(page)
            choose(page, "Werksessie")
            page.get_by_role("button", name="Werksessie starten").click()
            code = page.get_by_test_id("pp-join-code").inner_text().strip()
            choose(page, "Bijdragen")

            participant = phone.new_page()
            participant.goto(f"{two.url}/meedoen?code={code}")
            verhaal = participant.locator("#act-verhaal")
            verhaal.locator("textarea").fill(QUOTE)
            verhaal.get_by_role("button", name="Versturen").click()
            verhaal.get_by_text("Dank u!").wait_for()

            page.get_by_text(QUOTE).wait_for()  # live at the facilitator on the other process
            card = page.locator('[class*="st-key-contribution-"]').filter(has_text=QUOTE)
            card.get_by_role("button", name="Opnemen in de visie").click()
            page.get_by_text("Opgenomen in de visie").wait_for()

            ws_id = page.url.split("ws=")[1].split("&")[0]
            other = phone.new_page()
            other.set_viewport_size({"width": 1280, "height": 720})
            other.goto(f"{two.url}/?ws={ws_id}")
            other.get_by_test_id("pp-join-code").wait_for()  # the workspace opens where it was: the room
            choose(other, "Bewerken")
            other.wait_for_selector("svg.pp-svg")
            wait_until(lambda: QUOTE in stored(postgres_url, ws_id), "the accepted quote is in the shared store")
            wait_for_element(other, QUOTE)  # seen in the other process
        finally:
            facilitator.close()
            phone.close()

"""The light participant page (/meedoen, web/meedoen.py) in Chromium at 390×844, served by its own routes on a
test database: axe-core finds no WCAG 2.1 A/AA violation (code page, room page in Dutch and English, after
sending); without JavaScript an experience is still sent by a plain form post; with it, what is open follows the
facilitator live. Screenshots go to out/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

import store
from tests.browser.conftest import new_page
from tests.browser.conftest import shoot as shot
from tests.browser.test_html_axe import AXE, axe_violations, describe
from tests.webroom import serving

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def room_and_base(tmp_path):
    if not AXE.is_file():
        pytest.skip("axe-core not installed")
    db = store.Store(f"sqlite:///{tmp_path / 'praatplaat.db'}")
    room = db.start_room(db.create((ROOT / "praatplaten" / "gemeente-groothaven.yaml").read_text()).id)
    with serving(db) as base:
        yield db, room, base
    db.close()


def test_the_phone_page_is_accessible_in_both_languages(browser, room_and_base):
    db, room, base = room_and_base
    context, phone = new_page(browser, **PHONE)
    try:
        phone.goto(f"{base}/meedoen")
        assert axe_violations(phone) == [], describe(axe_violations(phone))
        shot(phone, "meedoen-code-390.png")
        phone.get_by_label("Code van de sessie").fill("ZZZZZZ")
        phone.get_by_role("button", name="Meedoen").click()
        phone.get_by_text("Deze code kennen we niet").wait_for()
        assert axe_violations(phone) == []
        phone.goto(f"{base}/meedoen?j={room.join_token}")
        phone.get_by_text("Welkom bij").wait_for()
        assert axe_violations(phone) == []
        votes = phone.locator("#act-stem")
        for choice in votes.locator("label.choice").all()[:3]:
            choice.click()
        assert votes.locator("input:disabled").count() > 0, "a fourth choice is not possible"
        votes.get_by_role("button", name="Versturen").click()
        votes.get_by_text("We hebben uw stem ontvangen").wait_for()
        votes.scroll_into_view_if_needed()
        shot(phone, "meedoen-vote-sent-390.png")
        assert axe_violations(phone) == []
        phone.get_by_role("link", name="EN").click()
        phone.get_by_text("Welcome to").wait_for()
        assert phone.locator("html").get_attribute("lang") == "en"
        assert axe_violations(phone) == [], describe(axe_violations(phone))
        shot(phone, "meedoen-en-390.png")

        db.set_activities(room.id, ["verhaal"])  # the facilitator switches: the page follows without a reload
        phone.locator("#act-stem").wait_for(state="hidden")
        db.close_room(room.id)
        phone.get_by_text("This session is closed").wait_for()
    finally:
        context.close()


def test_without_javascript_an_experience_is_sent(browser, room_and_base):
    db, room, base = room_and_base
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        phone = context.new_page()
        phone.goto(f"{base}/meedoen?code={room.code}")
        phone.get_by_label("Wat heeft u meegemaakt?").fill("Zonder script lukt het ook")
        phone.locator("#act-verhaal").get_by_role("button", name="Versturen").click()
        phone.locator("#act-verhaal").get_by_text("Dank u! We hebben het ontvangen.").wait_for()
        phone.locator("#mine").get_by_text("Zonder script lukt het ook").wait_for()
        assert [c.payload["quote"] for c in db.contributions(room.id)] == ["Zonder script lukt het ook"]
    finally:
        context.close()

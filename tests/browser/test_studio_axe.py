"""The studio itself meets the bar its exports meet: axe-core finds no serious or critical WCAG 2.1 A/AA violation in
any mode at 1280×720 (Bewerken with an element selected, Formulieren, Galerij, Werksessie with a room open,
Vergelijken, Krant, Projecteren).

Needs Debian's /usr/bin/chromium and axe-core from npm (``npm ci``); skipped without them locally, failed in CI.
"""

from __future__ import annotations

import os

import pytest

from tests.browser.conftest import choose, click_in_picture, new_page, open_example, settled
from tests.browser.test_html_axe import AXE, axe_violations, describe

pytestmark = pytest.mark.browser

SEVERE = {"serious", "critical"}


def _bewerken(page) -> None:
    click_in_picture(page, "kanaal:website")  # the details panel and the faded picture are checked too
    page.locator(".st-key-details").wait_for()


def _werksessie(page) -> None:
    choose(page, "Werksessie")
    page.get_by_role("button", name="Werksessie starten").click()
    page.get_by_test_id("pp-join-link").wait_for()


def _projecteren(page) -> None:
    page.get_by_role("button", name="Projecteren").click()
    page.locator(".pp-proj").wait_for()


def _mode(name: str, ready: str):
    def go(page) -> None:
        choose(page, name)
        page.locator(ready).first.wait_for()
    return go


MODES = {  # mode: (example to open, how to get there and wait until it is drawn)
    "Bewerken": ("gemeente-groothaven", _bewerken),
    "Formulieren": ("gemeente-groothaven", _mode("Formulieren", '[data-testid="stTabs"]')),
    "Galerij": ("gemeente-groothaven", _mode("Galerij", ".st-key-open-gemeente-kleindorp")),
    "Werksessie": ("gemeente-groothaven", _werksessie),
    "Vergelijken": ("gemeente-beekdal", _mode("Vergelijken", ".st-key-vergelijk-grid-principes .js-plotly-plot")),
    "Krant": ("gemeente-groothaven", _mode("Krant", '[data-testid="stImage"]')),
    "Projecteren": ("gemeente-groothaven", _projecteren),
}


@pytest.mark.parametrize("mode", MODES)
def test_no_serious_or_critical_axe_violations(studio, browser, mode):
    if not AXE.is_file():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("axe-core not installed (run `npm ci`)")
    example, go = MODES[mode]
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, example)
        go(page)
        settled(page)
        severe = [v for v in axe_violations(page) if v["impact"] in SEVERE]
        assert not severe, f"{mode}:\n{describe(severe)}"
    finally:
        context.close()

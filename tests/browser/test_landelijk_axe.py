"""The national overview's HTML page (``vergelijk FOLDER --out x.html``) in real Chromium: axe-core finds no
WCAG 2.1 A/AA violation, before and after filtering, in Dutch and English; the filter hides the rows that do
not match and says how many are shown."""

from __future__ import annotations

import pytest

from bench.generate import landelijk_set
from praatplaat.cli import main
from tests.browser.test_html_axe import axe_violations, browser, describe, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("landelijk")
    landelijk_set(folder, 60)
    return folder


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_overview_page_passes_axe_and_filters(page, folder, tmp_path, lang):  # noqa: F811
    out = tmp_path / f"overzicht-{lang}.html"
    assert main(["--lang", lang, "vergelijk", str(folder), "--out", str(out)]) == 0
    page.goto(out.as_uri())
    assert page.locator("html").get_attribute("lang") == lang
    violations = axe_violations(page)
    assert not violations, describe(violations)
    rows = page.locator("tbody tr[data-q]")
    total = rows.count()
    assert total > 60  # base tables, shared principles and one row per organisation
    page.get_by_label("Zoek een organisatie of principe" if lang == "nl" else "Search an organisation or principle"
                      ).fill("provincie" if lang == "nl" else "province")
    page.wait_for_function("document.getElementById('filter-status').textContent !== ''")
    shown = page.locator("tbody tr[data-q]:not([hidden])").count()
    assert 0 < shown < total
    assert page.locator("#filter-status").text_content().startswith(f"{shown} ")
    page.screenshot(path=str(tmp_path / "filtered.png"), full_page=False)
    violations = axe_violations(page)
    assert not violations, describe(violations)

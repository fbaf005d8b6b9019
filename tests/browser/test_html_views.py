"""The HTML export holds every view (overview, house, channels, every journey), each its own
interactive picture and details panel, reachable from a list of links; axe-core finds nothing at
desktop and phone width, and a '+N meer' in the picture never lacks the view it stands for."""

from __future__ import annotations

import pytest

from praatplaat.export import export
from praatplaat.load import load_file
from tests.browser.test_html_axe import EXAMPLES, axe_violations, browser, describe  # noqa: F401 - fixture

pytestmark = pytest.mark.browser

GROOTHAVEN = next(p for p in EXAMPLES if p.stem == "gemeente-groothaven")


@pytest.mark.parametrize("width,height", [(1280, 720), (390, 844)])
def test_every_view_in_one_accessible_page(browser, tmp_path, width, height):  # noqa: F811
    vision = load_file(GROOTHAVEN).vision
    out = tmp_path / "plaat.html"
    out.write_bytes(export(vision, "html"))
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True, reduced_motion="reduce")
    page = context.new_page()
    try:
        page.goto(out.as_uri())
        views = page.locator("section[aria-labelledby]")
        assert views.count() == 3 + len(vision.klantreizen)
        links = page.locator("nav a")
        assert links.count() == views.count()
        names = [" ".join(h.split()) for h in page.locator("section[aria-labelledby] > h2").all_inner_texts()]
        assert names[:3] == ["Overzicht", "Huis", "Kanalen"]
        assert all(f"Klantreis: {r.naam}" in names for r in vision.klantreizen)
        violations = axe_violations(page)
        assert not violations, describe(violations)
        # each view's picture works on its own: select in the last journey, its own panel shows it
        last = views.nth(views.count() - 1)
        spot = last.locator(".pp-hs:visible").first
        spot.focus()
        page.keyboard.press("Enter")
        assert spot.get_attribute("aria-pressed") == "true"
        label = " ".join(spot.get_attribute("aria-label").split(": ", 1)[1].split())
        assert label in " ".join(last.locator("[aria-live=polite]").inner_text().split())
        assert views.first.locator(".pp-hs[aria-pressed=true]").count() == 0
        violations = axe_violations(page)
        assert not violations, describe(violations)
    finally:
        context.close()

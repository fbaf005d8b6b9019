"""The studio's 'Vergelijken' mode in a real browser: click a square of the grid, read both texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.conftest import open_example, settled

pytestmark = pytest.mark.browser

TIMEOUT_MS = 60_000
SHOTS = os.environ.get("PRAATPLAAT_SHOTS")  # a folder to keep screenshots in (for looking at them), if set
POINT = """(row) => {
  const gd = document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot');
  const trace = gd.data.find(t => t.customdata.includes(row));
  const i = trace.customdata.findIndex(c => c === row);
  const layout = gd._fullLayout, box = gd.getBoundingClientRect();
  return {x: box.left + layout._size.l + layout.xaxis.l2p(layout.xaxis.d2c(trace.x[i])),
          y: box.top + layout._size.t + layout.yaxis.l2p(layout.yaxis.d2c(trace.y[i]))};
}"""


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (390, 844)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_click_a_square_and_see_the_texts_of_every_organisation(studio, browser, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        open_example(page, studio, "gemeente-beekdal")
        page.locator(".st-key-mode").get_by_text("Vergelijken", exact=True).click()
        grid = page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot")
        grid.wait_for()
        settled(page)
        grid.scroll_into_view_if_needed()
        point = page.evaluate(POINT, 0)
        page.mouse.click(point["x"], point["y"])
        texts = page.locator('[data-testid="stText"]', has_text="Wij wegen de belangen van het hele gebied af")
        texts.first.wait_for()  # the province's text, shown under the grid (not only in the hover label)
        texts.first.scroll_into_view_if_needed()
        body = "\n".join(page.locator('[data-testid="stText"]').all_inner_texts())
        assert "Wij kijken naar het leven van mensen" in body  # the base text, kept by Beekdal and the agency
        assert "gedeeld door 3 van 3" in page.locator('[data-testid="stMain"]').inner_text()
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SHOTS}/vergelijken-{size[0]}x{size[1]}.png", full_page=False)
    finally:
        context.close()


def test_comparison_html_has_no_axe_violations(browser, tmp_path):
    from praatplaat.compare import compare
    from praatplaat.load import load_file
    from praatplaat.vergelijk_export import export_vergelijking
    from tests.browser.test_html_axe import AXE, axe_violations, describe

    if not AXE.is_file():
        pytest.skip("axe-core not installed (run `npm ci`)")
    root = Path(__file__).resolve().parents[2] / "praatplaten"
    results = [load_file(root / f"{n}.yaml") for n in ("gemeente-beekdal", "provincie-zuidwold", "dienst-inkomen")]
    comparison = compare([r.vision for r in results], [r.herkomst for r in results])
    for lang, width in (("nl", 1280), ("en", 390)):
        out = tmp_path / f"vergelijking-{lang}.html"
        out.write_bytes(export_vergelijking(comparison, "html", lang=lang))
        context = browser.new_context(viewport={"width": width, "height": 844}, offline=True)
        page = context.new_page()
        try:
            page.goto(out.as_uri())
            violations = axe_violations(page)
            assert not violations, describe(violations)
            if SHOTS:
                page.screenshot(path=f"{SHOTS}/vergelijking-html-{width}.png")
        finally:
            context.close()


def test_a_workspace_of_this_browser_joins_the_comparison(studio, browser):
    """Open one's own praatplaat from the start page, pick it in 'Vergelijken', click a shared square: its own
    text stands beside the examples' texts."""
    import store

    browser_id = store.new_id()
    text = (Path(__file__).resolve().parents[2] / "praatplaten" / "gemeente-beekdal.yaml").read_text("utf-8")
    text = text.replace("Gemeente Beekdal", "Gemeente Waterdal").replace(
        "principes:\n", "principes:\n  - id: algemeen-belang\n    uitleg: Wij wegen alle belangen in Waterdal af.\n", 1)
    mine = store.open_store(studio.database).create(text, browser=browser_id)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(f"window.localStorage.setItem('praatplaat-browser', '{browser_id}')")
    page = context.new_page()
    try:
        page.goto(studio.url)
        page.locator(f".st-key-open-ws-{mine.id} button").click()
        page.wait_for_url("**/?ws=*")
        page.wait_for_selector("svg.pp-svg")
        settled(page)
        page.locator(".st-key-mode").get_by_text("Vergelijken", exact=True).click()
        choice = page.locator(".st-key-vergelijk-ws")
        choice.wait_for()
        choice.locator("input").click()
        page.get_by_role("option", name="Beekdal helpt, dichtbij · Gemeente Waterdal").click()
        page.keyboard.press("Escape")
        settled(page)
        grid = page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot")
        page.wait_for_function("""() => {
          const gd = document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot');
          return gd && gd.data && gd._fullLayout.xaxis.categoryarray.includes('Gemeente Waterdal');
        }""")
        grid.scroll_into_view_if_needed()
        point = page.evaluate(POINT, 0)
        page.mouse.click(point["x"], point["y"])
        texts = page.locator('[data-testid="stText"]', has_text="Wij wegen alle belangen in Waterdal af.")
        texts.first.wait_for()
        body = "\n".join(page.locator('[data-testid="stText"]').all_inner_texts())
        assert "Wij kijken naar het leven van mensen" in body  # Beekdal's text: the base's, unchanged
        assert "gedeeld door 4 van 4" in page.locator('[data-testid="stMain"]').inner_text()
        if SHOTS:
            texts.first.scroll_into_view_if_needed()
            page.screenshot(path=f"{SHOTS}/vergelijken-werkruimte-1280.png", full_page=False)
    finally:
        context.close()

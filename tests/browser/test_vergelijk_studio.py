"""The studio's 'Vergelijken' mode in a real browser: click a square of the grid, read both texts; the open
praatplaat is compared by default and every choice is named by its organisation; the labels are as large as the
CLI's picture and a hover box never covers them; axe-core finds nothing serious."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.conftest import new_page, open_example, settled

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


def test_the_open_praatplaat_is_compared_by_default_and_another_of_this_browser_joins(studio, browser):
    """Open one's own praatplaat from the start page: 'Vergelijken' compares it at once with examples of other
    organisations, all named by organisation; pick another praatplaat of this browser and click a shared square:
    both texts stand beside the examples' texts."""
    import store

    browser_id = store.new_id()
    text = (Path(__file__).resolve().parents[2] / "praatplaten" / "gemeente-beekdal.yaml").read_text("utf-8")
    own = "principes:\n  - id: algemeen-belang\n    uitleg: Wij wegen alle belangen af.\n"
    text = text.replace("principes:\n", own, 1)
    db = store.open_store(studio.database)
    mine = db.create(text.replace("Gemeente Beekdal", "Gemeente Waterdal").replace("alle belangen",
                                                                                   "alle belangen in Waterdal"),
                     browser=browser_id)
    db.create(text.replace("Gemeente Beekdal", "Gemeente Rivierdal").replace("alle belangen",
                                                                            "alle belangen aan de rivier"),
              browser=browser_id)
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
        page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot").wait_for()
        settled(page)
        assert columns(page) == ["Gemeente Waterdal", "Gemeente Beekdal", "Provincie Zuidwold", "Dienst Inkomen"]
        own = page.locator(".st-key-vergelijk-ws")
        assert "Gemeente Waterdal (deze praatplaat)" in own.inner_text()
        own.locator("input").click()
        page.get_by_role("option", name="Gemeente Rivierdal · Beekdal helpt, dichtbij").click()
        page.keyboard.press("Escape")
        settled(page)
        page.wait_for_function("""() => {
          const gd = document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot');
          return gd && gd.data && gd._fullLayout.xaxis.categoryarray.includes('Gemeente Rivierdal');
        }""")
        grid = page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot")
        grid.scroll_into_view_if_needed()
        point = page.evaluate(POINT, 0)
        page.mouse.click(point["x"], point["y"])
        texts = page.locator('[data-testid="stText"]', has_text="Wij wegen alle belangen aan de rivier af.")
        texts.first.wait_for()
        body = "\n".join(page.locator('[data-testid="stText"]').all_inner_texts())
        assert "Wij wegen alle belangen in Waterdal af." in body  # the open praatplaat's own text
        assert "Wij kijken naar het leven van mensen" in body  # Beekdal's text: the base's, unchanged
        assert "gedeeld door 5 van 5" in page.locator('[data-testid="stMain"]').inner_text()
        if SHOTS:
            texts.first.scroll_into_view_if_needed()
            page.screenshot(path=f"{SHOTS}/vergelijken-werkruimte-1280.png", full_page=False)
    finally:
        context.close()


def columns(page) -> list[str]:
    """The organisations over the principles grid's columns, left to right."""
    return page.evaluate("""() => document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot')
      ._fullLayout.xaxis.categoryarray""")


# The principles grid's squares, scrolled one by one to the middle of the window: where each is, and the boxes of
# the column labels (organisations) and row labels (elements) and the font size and colour of their text.
SQUARE = """(i) => {
  const gd = document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot');
  const points = gd.data.flatMap(t => t.x.map((x, j) => [x, t.y[j]]));
  if (i >= points.length) return null;
  const [x, y] = points[i];
  const layout = gd._fullLayout;
  const at = () => { const box = gd.getBoundingClientRect();
    return {x: box.left + layout._size.l + layout.xaxis.l2p(layout.xaxis.d2c(x)),
            y: box.top + layout._size.t + layout.yaxis.l2p(layout.yaxis.d2c(y))}; };
  let scroller = gd.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 1
                       && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  (scroller || document.scrollingElement).scrollTop += at().y - window.innerHeight / 2;
  return {...at(), count: points.length};
}"""
LABELS = """() => {
  const gd = document.querySelector('.st-key-vergelijk-grid-principes .js-plotly-plot');
  const label = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, size: parseFloat(s.fontSize),
            weight: s.fontWeight, fill: s.fill, text: el.textContent}; };
  const bold = tick => [...gd.querySelectorAll(`${tick} tspan`)].map(label).filter(t => +t.weight >= 700);
  return {columns: [...gd.querySelectorAll('.xtick text')].map(label),
          rows: [...gd.querySelectorAll('.ytick text')].map(label),
          boldColumns: bold('.xtick'), boldRows: bold('.ytick'),
          hover: [...gd.querySelectorAll('.hoverlayer .hovertext')].map(h => label(h))};
}"""


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _contrast_on_white(fill: str) -> float:
    """WCAG contrast of a CSS 'rgb(r, g, b)' colour on white."""
    channels = [int(v) / 255 for v in fill[fill.index("(") + 1:fill.index(")")].split(",")[:3]]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_organisations_by_name_labels_as_large_as_the_cli_picture_and_hover_never_covers_them(studio, browser,
                                                                                            size):
    from praatplaat.layout.common import DETAIL, LABEL
    from praatplaat.layout.vergelijk import NAME

    context, page = new_page(browser, *size)
    try:
        open_example(page, studio, "gemeente-groothaven")
        page.locator(".st-key-mode").get_by_text("Vergelijken", exact=True).click()
        page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot").wait_for()
        settled(page)
        # the open praatplaat first, then examples of other organisations, all by organisation (no file names)
        assert columns(page) == ["Gemeente Groothaven", "Gemeente Beekdal", "Provincie Zuidwold", "Dienst Inkomen"]
        assert "Gemeente Groothaven (deze praatplaat)" in page.locator(".st-key-vergelijk-ws").inner_text()
        chosen = page.locator(".st-key-vergelijk-kies").inner_text()
        assert all(n in chosen for n in ("Gemeente Beekdal", "Provincie Zuidwold", "Dienst Inkomen"))
        assert "gemeente-beekdal" not in page.locator('[data-testid="stMain"]').inner_text()
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/vergelijken-kiezen-{size[0]}x{size[1]}.png")
        labels = page.evaluate(LABELS)
        # as large as in the CLI's picture: organisations LABEL px bold, element names NAME px bold, the rest
        # DETAIL px; dark, not grey
        assert [c["text"] for c in labels["columns"]] == columns(page)
        assert "".join(c["text"] for c in labels["boldColumns"]).replace(" ", "") == "".join(columns(page)).replace(
            " ", "")  # every organisation's name in bold (on one line or wrapped)
        assert min(c["size"] for c in labels["columns"] + labels["boldColumns"]) >= LABEL
        assert len(labels["boldRows"]) >= len(labels["rows"]) >= 14  # each element's name in bold
        assert min(r["size"] for r in labels["boldRows"]) >= NAME
        assert min(r["size"] for r in labels["rows"]) >= DETAIL
        assert min(_contrast_on_white(c["fill"]) for c in labels["columns"] + labels["rows"]) >= 7
        count, i = 1, 0
        while i < count:  # hover every square: its box covers no label
            page.mouse.move(0, 0)
            page.wait_for_function("() => !document.querySelector('.hoverlayer .hovertext')")
            square = page.evaluate(SQUARE, i)
            count = square["count"]
            page.mouse.move(square["x"], square["y"])
            page.wait_for_selector(".st-key-vergelijk-grid-principes .hoverlayer .hovertext")
            labels = page.evaluate(LABELS)
            (hover,) = labels["hover"]
            covered = [label["text"] for label in labels["columns"] + labels["rows"] if _overlap(hover, label)]
            assert not covered, f"the hover box of square {i} covers {covered}"
            if SHOTS and i == count - 1:
                page.screenshot(path=f"{SHOTS}/vergelijken-hover-{size[0]}x{size[1]}.png")
            i += 1
        assert count >= 14  # every square of the four organisations' principles was hovered
    finally:
        context.close()


def test_vergelijken_has_no_serious_axe_violations(studio, browser):
    from tests.browser.test_html_axe import AXE, axe_violations, describe

    if not AXE.is_file():
        pytest.skip("axe-core not installed (run `npm ci`)")
    context, page = new_page(browser, 1280, 720)
    try:
        open_example(page, studio, "gemeente-beekdal")
        page.locator(".st-key-mode").get_by_text("Vergelijken", exact=True).click()
        page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot").wait_for()
        settled(page)
        grid = page.locator(".st-key-vergelijk-grid-principes .js-plotly-plot")
        grid.scroll_into_view_if_needed()
        point = page.evaluate(POINT, 0)
        page.mouse.click(point["x"], point["y"])  # and with a row's texts shown
        page.locator('[data-testid="stText"]', has_text="Wij wegen de belangen van het hele gebied af").first.wait_for()
        settled(page)
        violations = [v for v in axe_violations(page) if v["impact"] in ("serious", "critical")]
        assert not violations, describe(violations)
    finally:
        context.close()

"""The newsletter's HTML in real Chromium: axe-core finds no WCAG 2.1 A/AA violation on a laptop and a phone,
and nothing is wider than the phone's screen.

Needs Debian's /usr/bin/chromium and axe-core from npm (``npm ci``); skipped without them locally, failed in CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_html_axe import AXE, axe_violations, describe

from praatplaat.krant.html import render_krant_html
from praatplaat.load import load_file
from praatplaat.logo import read_logo

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
GROOTHAVEN = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
VIEWPORTS = {"laptop": (1280, 800), "phone": (390, 844)}
CASES = [(n, lang, vp) for n in (1, 2) for lang in ("nl",) for vp in VIEWPORTS] + [(2, "en", "phone")]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    result = load_file(GROOTHAVEN)
    assert result.ok, result.report()
    vision = result.vision
    logo = read_logo(vision.logo, GROOTHAVEN.parent)
    folder = tmp_path_factory.mktemp("krant")
    out = {}
    for n, lang, _ in CASES:
        path = folder / f"krant-{n}-{lang}.html"
        path.write_text(render_krant_html(vision, n, lang=lang, logo=logo, base_dir=GROOTHAVEN.parent),
                        encoding="utf-8")
        out[n, lang] = path
    return out


@pytest.mark.parametrize(("nummer", "lang", "viewport"), CASES, ids=[f"editie{n}-{lang}-{v}" for n, lang, v in CASES])
def test_axe_clean_and_fits_the_screen(browser, pages, nummer, lang, viewport):
    if not AXE.is_file():
        pytest.skip("axe-core not installed (run `npm ci`)")
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    page = context.new_page()
    try:
        page.goto(pages[nummer, lang].as_uri())
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate("document.documentElement.lang") == lang
        fonts = page.evaluate("Array.from(document.fonts).filter(f => f.status === 'loaded').length")
        assert fonts >= 1  # the inline Atkinson Hyperlegible is used
    finally:
        context.close()

"""A CMS theme restyles an embedded HTML export: the page's NL Design System custom properties (e.g. from
@gemeente-denhaag/design-tokens) override the export's colours and font, which fall back to the house style."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.export import export
from praatplaat.load import load_file
from tests.browser.conftest import shoot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
THEME = """<style>:root{--utrecht-document-background-color:#102030;--utrecht-document-color:#FAFAF0;
--utrecht-heading-color:#FFD166;--utrecht-link-color:#8FD3FF;--utrecht-document-font-family:'DejaVu Serif',serif}
</style>"""
STYLE = """() => { const root = document.querySelector('[id^=pp]'), h = root.querySelector('h2');
  const s = getComputedStyle(root); return [s.backgroundColor, s.color, s.fontFamily, getComputedStyle(h).color]; }"""


@pytest.mark.parametrize("theme", ["", THEME], ids=["own", "cms"])
def test_custom_properties_restyle_the_fragment(browser, theme):
    fragment = export(load_file(EXAMPLE).vision, "html", fragment=True).decode("utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.set_content(f"<!DOCTYPE html><html><head>{theme}</head><body>{fragment}</body></html>")
        bg, ink, font, heading = page.evaluate(STYLE)
        shoot(page, f"html-tokens-{'cms' if theme else 'own'}-1280x720.png")
    finally:
        context.close()
    if theme:
        assert (bg, ink, heading) == ("rgb(16, 32, 48)", "rgb(250, 250, 240)", "rgb(255, 209, 102)")
        assert font.startswith('"DejaVu Serif"')
    else:
        assert (bg, ink) == ("rgb(255, 255, 255)", "rgb(27, 27, 27)")
        assert font.startswith('"Atkinson Hyperlegible"')

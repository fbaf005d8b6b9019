"""The exported SVG carries its font: in real Chromium every line of text is as wide as the engine
measured it (and so as the PNG draws it, glyph by glyph with the same advances), within 2 %."""

from __future__ import annotations

from pathlib import Path

import pytest

from praatplaat.export import export
from praatplaat.fonts import measure
from praatplaat.layout import VIEWS
from praatplaat.load import load_file

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"

WIDTHS = """() => [...document.querySelectorAll('svg text')].flatMap(t => [...t.querySelectorAll('tspan')].map(s => ({
    text: s.textContent, size: parseFloat(t.getAttribute('font-size')),
    bold: t.getAttribute('font-weight') === '700', width: s.getComputedTextLength()})))"""


@pytest.mark.parametrize("view", VIEWS)
def test_svg_text_widths_match_the_measurement(browser, view):
    vision = load_file(EXAMPLE).vision
    svg = export(vision, "svg", view=view).decode("utf-8")
    assert "@font-face" in svg and "data:font/woff;base64," in svg
    page = browser.new_page()
    try:
        page.set_content(f"<!DOCTYPE html><html><body style='margin:0'>{svg}</body></html>")
        page.evaluate("document.fonts.ready")
        assert page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').length") >= 1
        lines = page.evaluate(WIDTHS)
    finally:
        page.close()
    assert len(lines) > 10
    for line in lines:
        expected = measure(line["text"], line["size"], line["bold"])
        assert line["width"] == pytest.approx(expected, rel=0.02, abs=0.5), line

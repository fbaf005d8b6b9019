"""The exported SVG scales to its container: a viewBox and no pixel size, so opened in a 1280 px or a 390 px
window (or placed in a page's column) the whole picture is in view."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from praatplaat.export import export
from praatplaat.load import load_file
from tests.browser.conftest import shoot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
BOX = "() => { const r = document.documentElement.getBoundingClientRect(); return [r.left, r.width, r.height]; }"


@pytest.fixture(scope="module")
def svg_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("svg") / "plaat.svg"
    path.write_bytes(export(load_file(EXAMPLE).vision, "svg", size="a4", scale=2.0))
    return path


def test_attributes(svg_file):
    root = ET.fromstring(svg_file.read_bytes())
    assert root.get("viewBox") == "0 0 1920 1357.35"
    assert (root.get("width"), root.get("height")) == ("100%", "auto")


@pytest.mark.parametrize("width, height", [(1280, 720), (390, 844)])
def test_whole_picture_in_the_window(browser, svg_file, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(svg_file.as_uri())
        left, shown_w, shown_h = page.evaluate(BOX)
        shoot(page, f"svg-responsive-{width}x{height}.png")
    finally:
        context.close()
    assert left >= 0 and 0 < shown_w <= width
    assert shown_w >= width * 0.95  # it fills the window's width rather than overflowing or shrinking to a stamp
    assert shown_h == pytest.approx(shown_w * 1357.35 / 1920, rel=0.01)

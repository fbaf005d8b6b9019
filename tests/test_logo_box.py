"""Any logo: the header's logo box follows the logo's aspect ratio, within documented limits."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from praatplaat.layout import build_scene
from praatplaat.layout.common import logo_box
from praatplaat.load import load_text
from praatplaat.metrics import HEADER_H, LOGO_H, LOGO_MAX_W, LOGO_MIN_H, LOGO_WIDEST
from praatplaat.scene import Image as SceneImage
from praatplaat.scene import Text

VISION = """\
versie: 1
titel: Zo helpen wij u
organisatie: Gemeente Test
visie: {kern: Wij helpen.}
principes: [{naam: Duidelijk}]
"""


def png(w: int, h: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), "#00558C").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("size", [(100, 100), (100, 300), (400, 100), (600, 100), (800, 100), (1000, 100),
                                  (3000, 100)])
def test_logo_box_keeps_the_aspect_ratio_within_limits(size):
    w, h = logo_box(png(*size))
    assert w / h == pytest.approx(size[0] / size[1], rel=0.01)
    assert h <= LOGO_H and w <= LOGO_WIDEST
    if size[0] / size[1] <= LOGO_WIDEST / LOGO_MIN_H:
        assert h >= LOGO_MIN_H  # readable: a wordmark is never squeezed lower than this
    if size[0] / size[1] <= LOGO_MAX_W / LOGO_H:
        assert h == LOGO_H  # square and moderately wide marks get the full height


def test_a_wordmark_gets_width_and_the_title_moves_aside():
    vision = load_text(VISION).vision
    scene = build_scene(vision, "overzicht", logo=png(800, 100))
    image = next(i for i in scene.items if isinstance(i, SceneImage))
    assert image.w > 300 and image.h >= LOGO_MIN_H
    assert image.y >= 0 and image.y + image.h <= HEADER_H
    title = next(t for t in scene.texts() if t.lines and t.lines[0].startswith("Zo helpen"))
    assert title.x >= image.x + image.w


def test_an_unreadable_logo_is_left_out():
    assert logo_box(b"not an image") is None
    scene = build_scene(load_text(VISION).vision, "overzicht", logo=b"not an image")
    assert not any(isinstance(i, SceneImage) for i in scene.items)
    assert any(isinstance(i, Text) for i in scene.items)

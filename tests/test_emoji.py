"""Emoji are drawn with the shipped fallback face (Noto Emoji) in PNG, SVG, PDF and HTML, measured with
that same face: never tofu, never dropped."""

from __future__ import annotations

import base64
import io
import re

import pypdf
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops

from praatplaat import fonts
from praatplaat.export import export
from praatplaat.fitcheck import glyph_warnings
from praatplaat.load import load_text
from praatplaat.render.png import render_png
from praatplaat.scene import Scene, Text

VISION = """\
versie: 1
titel: Zo helpen wij u 😀
organisatie: Gemeente Test
visie: {kern: Wij helpen.}
principes:
  - naam: Duidelijk 👍 en eenvoudig
    uitleg: We schrijven ❤️ helder.
"""


def test_emoji_are_measured_with_the_fallback_face():
    assert fonts.FALLBACK.is_file() and (fonts.FALLBACK.parent / "OFL-NotoEmoji.txt").is_file()
    assert fonts.runs("ja 👍!") == [("ja ", False), ("👍", True), ("!", False)]
    expected = fonts.pil_font(200, fallback=True).getlength("👍") / 200 * 30
    assert abs(fonts.measure("👍", 30) - expected) < 1e-6
    assert fonts.measure("a👍", 30, True) == fonts.measure("a", 30, True) + fonts.measure("👍", 30, True)
    assert fonts.drawable("ik ❤️ u") == "ik ❤ u"  # the variation selector is dropped, the heart kept


def test_emoji_give_no_warning_and_stay_in_the_picture():
    vision = load_text(VISION).vision
    assert glyph_warnings(vision, None) == []
    from praatplaat.layout import build_scene

    lines = [line for t in build_scene(vision).texts() for line in t.lines]
    assert "Zo helpen wij u 😀" in lines and any("👍" in line for line in lines)


def _ink(text: str) -> Image.Image:
    scene = Scene(200, 100, "#FFFFFF", "overzicht", "t")
    scene.add(Text(20, 10, [text], 60, "#000000"))
    return Image.open(io.BytesIO(render_png(scene, 200))).convert("L")


def test_png_draws_the_emoji_glyph_not_a_box():
    thumbs, smile = _ink("👍"), _ink("😀")
    box = (20, 10, 20 + round(fonts.measure("👍", 60)), 90)
    assert ImageChops.invert(thumbs.crop(box)).getbbox() is not None  # ink inside the glyph's box
    # .notdef would be the same box for every missing character; two emoji give two different glyphs
    assert ImageChops.difference(thumbs, smile).getbbox() is not None


def test_pdf_embeds_the_fallback_face_and_keeps_the_text():
    vision = load_text(VISION).vision
    reader = pypdf.PdfReader(io.BytesIO(export(vision, "pdf", size="a4")))
    page = reader.pages[0]
    faces = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        faces[str(font["/BaseFont"]).split("+")[-1].replace("-", "")] = "/FontFile2" in descriptor
    assert faces.get("NotoEmoji") is True, faces
    text = " ".join(page.extract_text().split())
    assert "Duidelijk 👍 en eenvoudig" in text and "😀" in text


def test_svg_and_html_embed_the_fallback_glyphs():
    vision = load_text(VISION).vision
    svg = export(vision, "svg").decode("utf-8")
    faces = re.findall(r"@font-face\{font-family:'([^']+)'[^}]*base64,([A-Za-z0-9+/=]+)\)", svg)
    emoji = [data for family, data in faces if family == fonts.FALLBACK_FAMILY]
    assert len(emoji) == 1
    font = TTFont(io.BytesIO(base64.b64decode(emoji[0])))
    cmap = font.getBestCmap()
    assert {0x1F600, 0x1F44D, 0x2764} <= set(cmap)
    glyf = font["glyf"]
    assert all(glyf[cmap[c]].numberOfContours != 0 for c in (0x1F600, 0x1F44D, 0x2764))  # real outlines
    assert f"'{fonts.FAMILY}', '{fonts.FALLBACK_FAMILY}'" in svg
    assert "👍" in "".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg))
    html = export(vision, "html").decode("utf-8")
    assert f"font-family:'{fonts.FALLBACK_FAMILY}'" in html


def test_a_vision_without_emoji_embeds_no_fallback():
    svg = export(load_text(VISION.replace("😀", "").replace("👍", "").replace("❤️", "")).vision, "svg")
    assert fonts.FALLBACK_FAMILY.encode() not in svg.split(b"</style>")[0].split(b"<style>")[-1]

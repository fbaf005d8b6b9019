"""Characters neither the font nor the emoji fallback has (e.g. Chinese, runes): left out of every output
the same way (never a box, never a silent gap) and reported by `check` as a located warning. Emoji are
drawn with the fallback face: tests/test_emoji.py."""

from __future__ import annotations

import io
import re

import pypdfium2
from PIL import Image

from praatplaat.export import export
from praatplaat.fitcheck import glyph_warnings
from praatplaat.fonts import codepoints, missing
from praatplaat.layout import VIEWS, build_scene
from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml

VISION = """\
versie: 1
titel: Zo helpen wij u 中
organisatie: Gemeente Test
visie: {kern: Wij helpen.}
principes:
  - naam: Duidelijk ᚠ en eenvoudig
    uitleg: We schrijven 𝔸 helder — “echt” … één keer.
"""


def test_font_coverage_is_read_from_its_cmap():
    assert {ord(c) for c in "aZé€…“”—·•"} <= codepoints(False) & codepoints(True)
    assert missing("Duidelijk ᚠ en 𝔸 één “x”") == "ᚠ𝔸"
    assert missing("Duidelijk 👍 en ❤️ één “x”") == ""  # emoji come from the fallback face; FE0F is ignored


def test_missing_characters_are_reported_where_they_are_written():
    result = load_text(VISION)
    warnings = glyph_warnings(result.vision, load_yaml(VISION))
    assert [(d.line, d.col) for d in warnings] == [(2, 8), (6, 11), (7, 13)]
    assert warnings[1].message("nl") == ("Naam 'Duidelijk ᚠ en eenvoudig' bevat tekens die het lettertype niet heeft: "
                                         "ᚠ; die blijven weg uit de plaat; gebruik gewone tekst")
    assert "contains characters the font does not have: 𝔸;" in warnings[2].message("en")
    assert glyph_warnings(load_text(VISION.replace("中", "").replace("ᚠ", "").replace("𝔸", "")).vision, None) == []


def test_no_output_draws_a_character_the_font_lacks():
    vision = load_text(VISION).vision
    for view in VIEWS:
        for text in build_scene(vision, view).texts():
            assert not any(missing(line) for line in text.lines), text.lines
    # pdfium: pypdf cannot decode a page whose shared fonts map a glyph beyond the BMP (the long
    # description keeps 𝔸 as text, drawn with a system font, on a later page)
    pdf = pypdfium2.PdfDocument(export(vision, "pdf", size="a4"))[0].get_textpage().get_text_range()
    assert "Duidelijk en eenvoudig" in " ".join(pdf.split())
    svg = export(vision, "svg").decode("utf-8")
    spans = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg)
    assert "Duidelijk en eenvoudig" in spans and not any(missing(s) for s in spans)
    Image.open(io.BytesIO(export(vision, "png"))).verify()

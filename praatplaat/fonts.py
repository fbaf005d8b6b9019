"""The one font family every renderer uses, and text measurement with that very font file.

Atkinson Hyperlegible (SIL OFL 1.1) was designed by the Braille Institute for low-vision
readers: distinct letterforms (I/l/1, O/0) at small sizes, which suits a picture that is
projected in workshops and read on government websites. It comes pinned from PyPI.
"""

from __future__ import annotations

import struct
from functools import cache, lru_cache
from pathlib import Path

import fontpkg_atkinson_hyperlegible as _pkg
from PIL import ImageFont

FAMILY = "Atkinson Hyperlegible"
REGULAR = Path(_pkg.ROOT) / "files" / "AtkinsonHyperlegible-Regular.ttf"
BOLD = Path(_pkg.ROOT) / "files" / "AtkinsonHyperlegible-Bold.ttf"

_REF = 200  # measure at this size and scale linearly (advances are unhinted, so linear)


def path(bold: bool = False) -> Path:
    return BOLD if bold else REGULAR


@lru_cache(maxsize=64)
def pil_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A cached Pillow font object at an integer pixel size."""
    return ImageFont.truetype(str(path(bold)), max(1, int(size)))


@cache
def _metrics(bold: bool) -> tuple[float, float]:
    ascent, descent = pil_font(_REF, bold).getmetrics()
    return ascent / _REF, descent / _REF


ASCENT, DESCENT = _metrics(False)


@lru_cache(maxsize=200_000)
def _width_ref(text: str, bold: bool) -> float:
    return pil_font(_REF, bold).getlength(text)


def measure(text: str, size: float, bold: bool = False) -> float:
    """Advance width of text in px at the given size."""
    return _width_ref(text, bold) * size / _REF


def baseline_offset(size: float, line_height: float) -> float:
    """Distance from the top of a line box to its baseline, the glyphs centred in the box."""
    return (line_height - (ASCENT + DESCENT) * size) / 2 + ASCENT * size


@cache
def codepoints(bold: bool = False) -> frozenset[int]:
    """The characters the font has a glyph for, read from its cmap (Windows Unicode BMP, format 4)."""
    data = path(bold).read_bytes()
    tables = {}
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = offset
    cmap = tables[b"cmap"]
    for i in range(struct.unpack(">H", data[cmap + 2:cmap + 4])[0]):
        platform, encoding, sub = struct.unpack(">HHI", data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
        at = cmap + sub
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", data[at:at + 2])[0] == 4:
            segs = struct.unpack(">H", data[at + 6:at + 8])[0] // 2
            ends = struct.unpack(f">{segs}H", data[at + 14:at + 14 + 2 * segs])
            starts = struct.unpack(f">{segs}H", data[at + 16 + 2 * segs:at + 16 + 4 * segs])
            return frozenset(c for a, b in zip(starts, ends, strict=True) for c in range(a, b + 1) if c != 0xFFFF)
    return frozenset(range(0x20, 0x7F))


def missing(text: str) -> str:
    """The characters of ``text`` (no whitespace) that neither weight of the font can draw, in order."""
    have = codepoints(False) & codepoints(True)
    out = []
    for char in text:
        if ord(char) > 0x7E and not char.isspace() and ord(char) not in have and char not in out:
            out.append(char)
    return "".join(out)


def drawable(text: str) -> str:
    """``text`` without the characters the font cannot draw (reported by the check, never tofu)."""
    if text.isascii():
        return text
    gone = missing(text)
    return text.translate({ord(c): None for c in gone}) if gone else text

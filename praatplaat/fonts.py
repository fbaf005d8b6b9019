"""The one font family every renderer uses, and text measurement with that very font file.

Atkinson Hyperlegible (SIL OFL 1.1) was designed by the Braille Institute for low-vision
readers: distinct letterforms (I/l/1, O/0) at small sizes, which suits a picture that is
projected in workshops and read on government websites. It comes pinned from PyPI.

Characters it lacks (emoji, pictographs) come from a fallback shipped with the project:
Noto Emoji (monochrome, SIL OFL 1.1, assets/fonts), one weight for both. A text is split into
runs per face (``runs``), measured run by run, and every renderer draws the same runs with the same
face; characters neither face has are left out (``drawable``) and reported by the check.
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
FALLBACK_FAMILY = "Noto Emoji"
FALLBACK = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "NotoEmoji-Regular.ttf"
# Joiners and variation selectors: invisible in a monochrome font without ligatures, so left out.
IGNORED = frozenset("\u200d\ufe0e\ufe0f")

_REF = 200  # measure at this size and scale linearly (advances are unhinted, so linear)


def path(bold: bool = False, fallback: bool = False) -> Path:
    return FALLBACK if fallback else BOLD if bold else REGULAR


@lru_cache(maxsize=64)
def pil_font(size: int, bold: bool = False, fallback: bool = False) -> ImageFont.FreeTypeFont:
    """A cached Pillow font object at an integer pixel size (``fallback``: the emoji face)."""
    return ImageFont.truetype(str(path(bold, fallback)), max(1, int(size)))


@cache
def _metrics(bold: bool) -> tuple[float, float]:
    ascent, descent = pil_font(_REF, bold).getmetrics()
    return ascent / _REF, descent / _REF


ASCENT, DESCENT = _metrics(False)


@lru_cache(maxsize=200_000)
def _width_ref(text: str, bold: bool) -> float:
    if text.isascii():
        return pil_font(_REF, bold).getlength(text)
    return sum(pil_font(_REF, bold, fallback).getlength(run) for run, fallback in runs(text))


def measure(text: str, size: float, bold: bool = False) -> float:
    """Advance width of text in px at the given size, each run in the face that draws it."""
    return _width_ref(text, bold) * size / _REF


def baseline_offset(size: float, line_height: float) -> float:
    """Distance from the top of a line box to its baseline, the glyphs centred in the box."""
    return (line_height - (ASCENT + DESCENT) * size) / 2 + ASCENT * size


def _cmap(data: bytes) -> frozenset[int]:
    """The code points a TrueType font maps to glyphs, from its cmap (format 12 when there, else 4)."""
    tables = {}
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = offset
    cmap = tables[b"cmap"]
    subtables = {}
    for i in range(struct.unpack(">H", data[cmap + 2:cmap + 4])[0]):
        platform, encoding, sub = struct.unpack(">HHI", data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
        at = cmap + sub
        subtables.setdefault(struct.unpack(">H", data[at:at + 2])[0], at)
    if 12 in subtables:
        at = subtables[12]
        groups = struct.unpack(">I", data[at + 12:at + 16])[0]
        out = set()
        for g in range(groups):
            a, b, _ = struct.unpack(">III", data[at + 16 + 12 * g:at + 28 + 12 * g])
            out.update(range(a, b + 1))
        return frozenset(out)
    if 4 in subtables:
        at = subtables[4]
        segs = struct.unpack(">H", data[at + 6:at + 8])[0] // 2
        ends = struct.unpack(f">{segs}H", data[at + 14:at + 14 + 2 * segs])
        starts = struct.unpack(f">{segs}H", data[at + 16 + 2 * segs:at + 16 + 4 * segs])
        return frozenset(c for a, b in zip(starts, ends, strict=True) for c in range(a, b + 1) if c != 0xFFFF)
    return frozenset(range(0x20, 0x7F))


@cache
def codepoints(bold: bool = False, fallback: bool = False) -> frozenset[int]:
    """The characters a face has a glyph for, read from its cmap."""
    return _cmap(path(bold, fallback).read_bytes())


@cache
def _main() -> frozenset[int]:
    return codepoints(False) & codepoints(True)


def is_fallback(char: str) -> bool:
    """Whether ``char`` is drawn with the fallback face (the main font lacks it, the fallback has it)."""
    code = ord(char)
    return code > 0x7E and code not in _main() and code in codepoints(fallback=True)


def runs(text: str) -> list[tuple[str, bool]]:
    """``text`` split into (run, fallback) pieces: consecutive characters drawn with the same face."""
    out: list[tuple[str, bool]] = []
    for char in text:
        fallback = not char.isspace() and is_fallback(char)
        if out and out[-1][1] == fallback:
            out[-1] = (out[-1][0] + char, fallback)
        else:
            out.append((char, fallback))
    return out


def missing(text: str) -> str:
    """The characters of ``text`` (no whitespace, joiners or variation selectors) that neither the font
    (both weights) nor the fallback can draw, in order."""
    have, extra = _main(), codepoints(fallback=True)
    out = []
    for char in text:
        code = ord(char)
        if (code > 0x7E and not char.isspace() and code not in have and code not in extra and char not in IGNORED
                and char not in out):
            out.append(char)
    return "".join(out)


def drawable(text: str) -> str:
    """``text`` without the characters no face can draw (reported by the check, never tofu) and without
    joiners and variation selectors."""
    if text.isascii():
        return text
    gone = missing(text) + "".join(c for c in IGNORED if c in text)
    return text.translate({ord(c): None for c in gone}) if gone else text

"""The one font family every renderer uses, and text measurement with that very font file.

Atkinson Hyperlegible (SIL OFL 1.1) was designed by the Braille Institute for low-vision
readers: distinct letterforms (I/l/1, O/0) at small sizes, which suits a picture that is
projected in workshops and read on government websites. It comes pinned from PyPI.
"""

from __future__ import annotations

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

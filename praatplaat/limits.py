"""Every documented bound on input, time and memory in one place (see docs/security.md).

The engine refuses, with a located message, anything beyond these limits instead of reading,
decoding or drawing it; the CLI turns an output beyond the pixel budget into a usage error.
"""

from __future__ import annotations

# --- the vision's text ---------------------------------------------------------------------------
MAX_YAML_BYTES = 512 * 1024  # a YAML source (file, upload, editor text or PNG-embedded source)
MAX_PNG_BYTES = 8 * 1024 * 1024  # a PNG opened for its embedded source; checked before it is read
MAX_PNG_PIXELS = 40_000_000  # pixels decoded at most to reach text chunks stored after the image data
MAX_DEPTH = 32  # nesting levels of lists and mappings
MAX_NODES = 100_000  # values, aliases expanded
MAX_NUMBER_CHARS = 40  # a number longer than this is never converted (YAML 1.1 hex/octal/sexagesimal too)
MAX_QUOTED_CHARS = 60  # a message quotes at most this much of a value written by the author

# --- the newsletter (krant) ----------------------------------------------------------------------
# Characters of text in one edition (its opening and its articles' titles, intros, texts, quotes, captions
# and bylines): WeasyPrint lays out every page again for each "lees verder" pass, so this bounds the PDF's
# time (bench/bench_big.py: A4 and A3 well under 10 s). About six A4 pages of articles.
MAX_EDITION_CHARS = 20_000

# --- the logo ------------------------------------------------------------------------------------
MAX_LOGO_NAME_CHARS = 100  # a logo is a plain file name next to the vision
MAX_LOGO_NAME_BYTES = 255  # ... that every file system can hold (UTF-8)
MAX_LOGO_BYTES = 2 * 1024 * 1024  # checked with fstat before reading; at most this + 1 bytes are read
MAX_LOGO_SIDE = 4000  # pixels on its longest side, checked before decoding
LOGO_KEEP_SIDE = 512  # the logo is kept as a PNG this size (plenty for an 80 px header at 300 dpi)
LOGO_FORMATS = ("PNG", "JPEG", "GIF", "WEBP")  # the only decoders Pillow may use

# --- exports -------------------------------------------------------------------------------------
MAX_OUTPUT_PIXELS = 40_000_000  # width × height of an export (size × scale²): a3 at scale 1.5, a4 at 2
MIN_SCALE, MAX_SCALE = 0.1, 8.0


def output_pixels(width: int, height: int, scale: float) -> int:
    """The pixel count of an export of ``width`` × ``height`` at ``scale``."""
    return round(width * scale) * round(height * scale)

"""The YAML source carried inside an exported PNG, so the picture can be opened and edited again.

The PNG renderer writes the source into a compressed iTXt chunk under ``SOURCE_KEY``;
this module reads it back, bounded: Pillow refuses text chunks that inflate beyond its limit
(1 MB), only the PNG decoder is used, the input is at most MAX_PNG_BYTES, pixels are decoded only
to reach chunks stored after the image data of a modest image (MAX_PNG_PIXELS),
and a source above the loader's limit is passed on for the loader to refuse as too large.
"""

from __future__ import annotations

import io
import zlib

from PIL import Image, UnidentifiedImageError

from .limits import MAX_PNG_BYTES, MAX_PNG_PIXELS

SOURCE_KEY = "praatplaat:source"


def source_from_png(data: bytes) -> bytes:
    """The UTF-8 YAML source embedded in a PNG, or b"" when it carries none (or is no readable PNG)."""
    if len(data) > MAX_PNG_BYTES:
        return b""
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            if image.format != "PNG":
                return b""
            value = image.info.get(SOURCE_KEY)  # chunks before the image data: no need to decode pixels
            if value is None and image.width * image.height <= MAX_PNG_PIXELS:
                value = image.text.get(SOURCE_KEY)  # chunks after the image data
    except (OSError, ValueError, SyntaxError, zlib.error, UnidentifiedImageError, Image.DecompressionBombError):
        return b""
    if not isinstance(value, str):
        return b""
    return value.encode("utf-8", "surrogatepass")

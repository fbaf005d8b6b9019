"""Pictures of newsletter articles: a plain file name next to the vision, read safely and bounded.

The name follows the one file-name rule (praatplaat.filenames) and must end in an image suffix; the
file is read like a logo (praatplaat.logo.logo_bytes): a regular file directly in the vision's folder,
not a symlink, its size checked before reading. Nothing outside the folder is ever stat'ed or opened.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..filenames import IMAGE_SUFFIXES, is_plain
from ..logo import decode_image, logo_bytes

MAX_BYTES = 4 * 1024 * 1024
MAX_SIDE = 6000
KEEP_SIDE = 1600  # enough for a photo across an A3 column at 200 dpi
FORMATS = ("JPEG", "PNG", "WEBP")


def safe_name(name: object) -> bool:
    """True if ``name`` is a plain file name with an image suffix (praatplaat.filenames)."""
    return is_plain(name, IMAGE_SUFFIXES)


def read_photo(name: str | None, base_dir: Path | None) -> bytes | None:
    """The photo as JPEG (or PNG with transparency) bytes at most KEEP_SIDE px; None if absent or unusable."""
    if not name or base_dir is None or not safe_name(name):
        return None
    try:
        return normalise(logo_bytes(name, Path(base_dir), MAX_BYTES))
    except (OSError, ValueError):  # LogoError is a ValueError
        return None


def normalise(data: bytes) -> bytes:
    """Image bytes as a bounded JPEG/PNG; raises ValueError for anything that is not a usable picture."""
    image = decode_image(data, FORMATS, MAX_SIDE)  # LogoError is a ValueError
    image.thumbnail((KEEP_SIDE, KEEP_SIDE))
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.convert("RGBA").save(out, "PNG")
    else:
        image.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def mime(data: bytes) -> str:
    return "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"

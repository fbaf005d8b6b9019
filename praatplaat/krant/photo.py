"""Pictures of newsletter articles: a plain file name next to the vision, read safely and bounded.

The rule (to be shared with the logo rule of praatplaat.logo when merged): a name without '/', '\\',
NUL or a leading '.', at most 200 characters; the file must be a regular file directly in the
vision's folder and not a symlink. Nothing outside the folder is ever stat'ed or opened.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from ..logo import decode_image

MAX_BYTES = 4 * 1024 * 1024
MAX_SIDE = 6000
KEEP_SIDE = 1600  # enough for a photo across an A3 column at 200 dpi
FORMATS = ("JPEG", "PNG", "WEBP")


def safe_name(name: str) -> bool:
    """True if ``name`` is a plain file name (no path, no hidden file, no control characters)."""
    return (0 < len(name) <= 200 and not name.startswith(".") and name.strip() == name
            and not any(c in name for c in "/\\\0:") and all(ord(c) >= 32 for c in name))


def photo_path(name: str, base_dir: Path | None) -> Path | None:
    """The photo's path if it is a safe name of a regular, non-symlink file directly in ``base_dir``."""
    if base_dir is None or not safe_name(name):
        return None
    path = Path(base_dir) / name
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return path if stat.S_ISREG(info.st_mode) else None


def read_photo(name: str | None, base_dir: Path | None) -> bytes | None:
    """The photo as JPEG (or PNG with transparency) bytes at most KEEP_SIDE px; None if absent or unusable."""
    path = photo_path(name, base_dir) if name else None
    if path is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as f:
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return None
        return normalise(data)
    except (OSError, ValueError):
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

"""The one logo rule: a plain file name next to the vision (or in the workspace folder), bounded.

A logo is named by the one file-name rule (praatplaat.filenames: no directories, no leading dot, no
control characters, bounded length). It must be a regular file in that folder, not a symlink;
nothing outside the folder is ever stat'ed or opened. Its size is checked with fstat before
reading; only PNG, JPEG, GIF and WebP are decoded.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from functools import lru_cache
from pathlib import Path

from PIL import Image

from . import filenames
from .limits import (
    LOGO_FORMATS,
    LOGO_KEEP_SIDE,
    MAX_LOGO_BYTES,
    MAX_LOGO_SIDE,
)


class LogoError(ValueError):
    """Why a logo cannot be used; ``code`` is one of:

    'bad_name' (not a plain file name; ``reason`` says why), 'not_plain' (a symlink or no regular
    file), 'missing', 'too_large' (bytes), 'too_big_pixels' or 'not_image'.
    """

    def __init__(self, code: str, reason: str = ""):
        super().__init__(code)
        self.code = code
        self.reason = reason


def _open(name: str, folder: Path) -> int:
    """A file descriptor of the regular file ``name`` directly inside ``folder``."""
    problem = filenames.problem(name)
    if problem:
        raise LogoError("bad_name", problem)
    path = os.path.join(folder, name)
    try:
        info = os.lstat(path)  # the entry in the folder itself; a symlink is never followed
    except FileNotFoundError:
        raise LogoError("missing") from None
    except OSError:
        raise LogoError("not_plain") from None
    if not stat.S_ISREG(info.st_mode):
        raise LogoError("not_plain")
    if os.path.dirname(os.path.realpath(path)) != os.path.realpath(folder):
        raise LogoError("not_plain")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        raise LogoError("not_plain") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between lstat and open
        os.close(fd)
        raise LogoError("not_plain")
    return fd


def logo_bytes(name: str, folder: Path, max_bytes: int = MAX_LOGO_BYTES) -> bytes:
    """The raw bytes of the plain file ``name`` in ``folder`` (a logo, base or photo), size checked before reading."""
    fd = _open(name, folder)
    with os.fdopen(fd, "rb") as file:
        if os.fstat(fd).st_size > max_bytes:
            raise LogoError("too_large")
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LogoError("too_large")
    return data


def decode_image(data: bytes, formats: tuple[str, ...], max_side: int) -> Image.Image:
    """Decode image bytes with only ``formats``, refusing more than ``max_side`` pixels on a side before decoding.

    Raises LogoError('too_big_pixels') or LogoError('not_image'); used for logos and the newsletter's photos.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=formats) as probe:
                if max(probe.size) > max_side:
                    raise LogoError("too_big_pixels")
                probe.verify()
            image = Image.open(io.BytesIO(data), formats=formats)
            image.load()
    except LogoError:
        raise
    except Exception as exc:  # Pillow raises many kinds for non-images and broken files
        raise LogoError("not_image") from exc
    return image


def normalise_logo(data: bytes) -> bytes:
    """Validate image bytes and return them as a PNG at most LOGO_KEEP_SIDE px on its longest side."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError("too_large")
    image = decode_image(data, LOGO_FORMATS, MAX_LOGO_SIDE).convert("RGBA")
    image.thumbnail((LOGO_KEEP_SIDE, LOGO_KEEP_SIDE))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@lru_cache(maxsize=8)  # keyed by the file bytes (at most MAX_LOGO_BYTES each)
def _normalised(data: bytes) -> bytes | LogoError:
    try:
        return normalise_logo(data)
    except LogoError as err:
        return err


def load_logo(name: str, folder: Path) -> bytes:
    """The logo ``name`` in ``folder`` as normalised PNG bytes; raises LogoError."""
    result = _normalised(logo_bytes(name, folder))
    if isinstance(result, LogoError):
        raise result
    return result


def read_logo(name: str | None, folder: Path | None) -> bytes | None:
    """The vision's logo as PNG bytes, or None when it has none or it cannot be used (load warns)."""
    if not name or folder is None:
        return None
    try:
        return load_logo(name, folder)
    except LogoError:
        return None

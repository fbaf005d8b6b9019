"""Reading an organisation's logo safely: image files only, bounded, normalised to a small PNG."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
KEEP_SIDE = 512  # plenty for a 80 px header logo at 300 dpi print


class LogoError(ValueError):
    """The file is not a usable image; ``code`` is 'too_large', 'not_image' or 'too_big_pixels'."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def normalise_logo(data: bytes) -> bytes:
    """Validate image bytes and return them as a PNG at most KEEP_SIDE px on its longest side."""
    if len(data) > MAX_BYTES:
        raise LogoError("too_large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if max(probe.size) > MAX_SIDE:
                    raise LogoError("too_big_pixels")
                probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except LogoError:
        raise
    except Exception as exc:  # Pillow raises many kinds for non-images and broken files
        raise LogoError("not_image") from exc
    image = image.convert("RGBA")
    image.thumbnail((KEEP_SIDE, KEEP_SIDE))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def read_logo(logo: str | None, base_dir: Path | None) -> bytes | None:
    """The vision's logo file (relative to the YAML file) as PNG bytes; None if absent or unusable."""
    if not logo or base_dir is None:
        return None
    path = (base_dir / logo).resolve()
    if not path.is_file():
        return None
    try:
        return normalise_logo(path.read_bytes()[: MAX_BYTES + 1])
    except LogoError:
        return None

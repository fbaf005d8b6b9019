"""Scene -> PNG with Pillow: the primitives in paint order, scaled, anti-aliased by supersampling.

Pillow's ImageDraw does not anti-alias shapes, so everything is drawn at SUPERSAMPLE times the
output size in paint order (text too, so a shape painted after a text still covers it) and then
reduced with a box filter. Large outputs are drawn in horizontal bands to bound memory.

PNG encoding: the rows unfiltered (filter type 0), deflated at level 3 (by zlib-ng when installed, else
zlib), in one IDAT chunk.
For these pictures (flat colours, anti-aliased edges) that is both smaller and about three times faster
than Pillow's encoder, which tries all five row filters on every row at any compression level;
measured in docs/performance.md.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

from PIL import Image as PILImage
from PIL import ImageDraw

try:  # the same deflate format, about three times faster than zlib at level 3 (docs/performance.md)
    from zlib_ng import zlib_ng as _deflate
except ImportError:  # pragma: no cover - zlib-ng is in requirements.txt; without it the output is as large
    _deflate = zlib

from .. import fonts
from ..limits import LOGO_FORMATS
from ..scene import DASH, Circle, Image, Path, Rect, Scene, Text
from .base import Renderer

if TYPE_CHECKING:
    from PIL._imaging import ImagingCore

SUPERSAMPLE = 2
_BAND_PIXELS = 24_000_000  # supersampled pixels per band (~72 MB RGB)
ZLIB_LEVEL = 3
_ROWS_PER_CHUNK = 16  # rows handed to the deflater at a time


def render_png(
    scene: Scene, width_px: int, dpi: int | None = None, text_chunks: dict[str, str] | None = None
) -> bytes:
    """The scene as an opaque RGB PNG ``width_px`` wide; ``dpi`` goes into pHYs and each of
    ``text_chunks`` into a compressed iTXt chunk."""
    width = max(1, int(width_px))
    height = max(1, round(width * scene.height / scene.width))
    return _encode(_raster(scene, width, height), dpi, text_chunks or {})


def _encode(image: PILImage.Image, dpi: int | None, text_chunks: dict[str, str]) -> bytes:
    """An RGB image as PNG: IHDR, pHYs, the iTXt chunks, one IDAT of unfiltered rows, IEND."""
    width, height = image.size
    chunks = [_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    if dpi:
        per_metre = int(dpi / 0.0254 + 0.5)
        chunks.append(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    for key, value in text_chunks.items():  # compressed, no language tag, no translated keyword
        chunks.append(_chunk(b"iTXt", key.encode("latin-1") + b"\0\1\0\0\0" + zlib.compress(value.encode("utf-8"))))
    chunks.append(_chunk(b"IDAT", _deflate_rows(image)))
    chunks.append(_chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def _deflate_rows(image: PILImage.Image) -> bytes:
    """The image's rows, each after its filter type byte 0 (none), deflated.

    Pillow's raw encoder packs the rows a few at a time, each padded with one zero byte (``stride``), straight
    into the deflater: the zero before the first row and the padding after every row but the last are the
    filter bytes. No copy of the whole image is made (``tobytes`` made two, fresh memory for every picture).
    """
    row = image.width * 3 + 1
    encoder = PILImage._getencoder("RGB", "raw", ("RGB", row))
    encoder.setimage(image.im, (0, 0, *image.size))
    deflate = _deflate.compressobj(ZLIB_LEVEL)
    out = [deflate.compress(b"\0")]
    while True:
        _, status, data = encoder.encode(_ROWS_PER_CHUNK * row)  # whole rows; status 1 with the last ones
        if status:
            break
        out.append(deflate.compress(data))
    if status < 0:
        raise OSError(f"PNG encoding failed ({status})")
    out += (deflate.compress(memoryview(data)[:-1]), deflate.flush())  # not the last row's padding
    return b"".join(out)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))


def read_text_chunks(png_bytes: bytes) -> dict[str, str]:
    """The text chunks (tEXt, zTXt, iTXt) of a PNG, decoded; {} when the bytes are no readable PNG."""
    try:
        with PILImage.open(io.BytesIO(png_bytes), formats=["PNG"]) as image:
            image.load()
            return {key: str(value) for key, value in getattr(image, "text", {}).items()}
    except (OSError, ValueError, SyntaxError, zlib.error, PILImage.DecompressionBombError):
        return {}


def _raster(scene: Scene, width: int, height: int) -> PILImage.Image:
    s = SUPERSAMPLE
    k = width / scene.width * s
    band = max(1, min(height, _BAND_PIXELS // (width * s * s)))
    images: dict[int, PILImage.Image] = {}
    bands = []
    for top in range(0, height, band):
        canvas = PILImage.new("RGB", (width * s, min(band, height - top) * s), scene.background)
        _Painter(canvas, k, top * s, images).draw(scene)
        bands.append(canvas.reduce(s))
    if len(bands) == 1:
        return bands[0]
    out = PILImage.new("RGB", (width, height))
    for i, part in enumerate(bands):
        out.paste(part, (0, i * band))
    return out


class _Painter(Renderer):
    """Draws primitives onto one (band of a) canvas: design px times ``k``, shifted up by ``top``."""

    def __init__(self, canvas: PILImage.Image, k: float, top: int, images: dict) -> None:
        self.canvas = canvas
        self.ink = ImageDraw.Draw(canvas)
        self.k = k
        self.top = top
        self.bottom = top + canvas.height
        self.images = images

    def _off(self, y0: float, y1: float) -> bool:
        """True when the design-px span y0..y1 lies outside this band."""
        return y1 * self.k < self.top - 2 or y0 * self.k > self.bottom + 2

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        k, top = self.k, self.top
        return round(x0 * k), round(y0 * k) - top, round(x1 * k) - 1, round(y1 * k) - top - 1

    def rect(self, r: Rect) -> None:
        stroke = r.stroke if r.stroke and r.stroke_width > 0 else None
        half = r.stroke_width / 2 if stroke else 0.0
        if (not r.fill and not stroke) or self._off(r.y - half, r.y + r.h + half):
            return
        box = self._box(r.x - half, r.y - half, r.x + r.w + half, r.y + r.h + half)
        if box[2] < box[0] or box[3] < box[1]:
            return
        width = max(1, round(r.stroke_width * self.k)) if stroke else 0
        radius = min((r.radius + half) * self.k if r.radius > 0 else 0, (box[2] - box[0]) / 2, (box[3] - box[1]) / 2)
        if radius >= 1:
            self.ink.rounded_rectangle(box, radius=round(radius), fill=r.fill, outline=stroke, width=width)
        else:
            self.ink.rectangle(box, fill=r.fill, outline=stroke, width=width)

    def circle(self, c: Circle) -> None:
        stroke = c.stroke if c.stroke and c.stroke_width > 0 else None
        reach = c.r + (c.stroke_width / 2 if stroke else 0.0)
        if (not c.fill and not stroke) or self._off(c.cy - reach, c.cy + reach):
            return
        x0, y0, x1, y1 = self._box(c.cx - reach, c.cy - reach, c.cx + reach, c.cy + reach)
        box = (x0, y0, max(x0, x1), max(y0, y1))  # a tiny circle stays a dot
        width = max(1, round(c.stroke_width * self.k)) if stroke else 0
        self.ink.ellipse(box, fill=c.fill, outline=stroke, width=width)

    def path(self, p: Path) -> None:
        if len(p.points) < 2:
            return
        ys = [y for _, y in p.points]
        if self._off(min(ys) - p.stroke_width, max(ys) + p.stroke_width):
            return
        k, top = self.k, self.top
        points = [(x * k, y * k) for x, y in p.points]
        if p.fill and p.closed and len(points) > 2:
            self.ink.polygon(_shifted(points, top), fill=p.fill)
        if not p.stroke or p.stroke_width <= 0:
            return
        width = max(1, round(p.stroke_width * k))
        if p.closed:
            points = points + points[:2]  # the extra segment gives the closing corner a round join
        runs = _dashes(points, DASH[0] * width, DASH[1] * width) if p.dash else [points]
        half = width // 2
        for run in runs:
            run = _shifted(run, top)
            self.ink.line(run, fill=p.stroke, width=width, joint="curve")
            if not p.closed and width > 2:  # round caps
                for x, y in (run[0], run[-1]):
                    self.ink.ellipse((x - half, y - half, x - half + width - 1, y - half + width - 1), fill=p.stroke)

    def text(self, t: Text) -> None:
        if not t.lines or self._off(t.y - t.size, t.y + t.height + t.size):
            return
        px = t.size * self.k
        for line, baseline in zip(t.lines, t.baselines()):
            y = baseline * self.k - self.top
            if not line.strip() or not -px < y < self.canvas.height + px:
                continue
            pen = t.x * self.k
            if t.anchor == "middle":
                pen -= fonts.measure(line, px, t.bold) / 2
            if line.isascii():
                self._run(line, pen, y, px, t.bold, False, t.color)
                continue
            for run, fallback in fonts.runs(line):  # the emoji's runs in the fallback face
                self._run(run, pen, y, px, t.bold, fallback, t.color)
                pen += fonts.measure(run, px, t.bold)

    def _run(self, run: str, pen: float, y: float, px: float, bold: bool, fallback: bool, color: str) -> None:
        """One run of a line in one face, from the pen position on the baseline."""
        if not fallback and _needs_shaping(run):  # marks and scripts that need shaping: Pillow lays out the run
            self.ink.text((pen, y), run, fill=color, font=fonts.pil_font(round(px), bold), anchor="ls")
            return
        baseline_px, size, previous = round(y), round(px), ""
        # what ImageDraw.bitmap does, minus wrapping each cached core mask in an Image (tests compare the pixels
        # with ImageDraw.text's)
        ink, draw_bitmap = self.ink._getink(color)[0], self.ink.draw.draw_bitmap
        for char in run:
            if previous:
                pen += _kern(previous, char, bold) * px
            mask, left, top = _glyph(char, size, bold, fallback)
            if mask is not None:
                draw_bitmap((round(pen) + left, baseline_px + top), mask, ink)
            pen += _advance(char, bold) * px
            previous = char

    def image(self, im: Image) -> None:
        if self._off(im.y, im.y + im.h):
            return
        source = self.images.get(id(im))
        if source is None:
            try:
                with PILImage.open(io.BytesIO(im.data), formats=LOGO_FORMATS) as decoded:
                    source = decoded.convert("RGBA")
            except (OSError, ValueError, zlib.error, PILImage.DecompressionBombError):
                return  # an unreadable logo is left out rather than failing the export
            self.images[id(im)] = source
        fit = min(im.w * self.k / source.width, im.h * self.k / source.height)
        size = (max(1, round(source.width * fit)), max(1, round(source.height * fit)))
        scaled = source.resize(size, PILImage.LANCZOS)
        x = round(im.x * self.k + (im.w * self.k - size[0]) / 2)
        y = round(im.y * self.k + (im.h * self.k - size[1]) / 2) - self.top
        self.canvas.paste(scaled, (x, y), scaled)


def _shifted(points: list[tuple[float, float]], top: int) -> list[tuple[int, int]]:
    """Whole canvas pixels moved up by ``top``: Pillow truncates fractions towards zero, so rounding first
    keeps every band of a picture identical to drawing it whole."""
    return [(round(x), round(y) - top) for x, y in points]


# Combining marks, and scripts from Hebrew up to Latin Extended Additional and beyond the symbol blocks
# (first and last code point of each range).
_COMPLEX = ((0x0300, 0x036F), (0x0483, 0x0489), (0x0590, 0x1DFF), (0x20D0, 0x20FF), (0x2E00, 0x10FFFF))


def _needs_shaping(run: str) -> bool:
    """Whether ``run`` has a character of _COMPLEX (no regex: compiling one over these ranges costs 6 ms)."""
    return not run.isascii() and any(lo <= ord(c) <= hi for c in run for lo, hi in _COMPLEX)


@lru_cache(maxsize=4096)
def _advance(char: str, bold: bool) -> float:
    """Advance width of one character at size 1."""
    return fonts.measure(char, 1.0, bold)


@lru_cache(maxsize=65536)
def _kern(left: str, right: str, bold: bool) -> float:
    """Pair kerning at size 1: exactly what the shaper adds between these two characters."""
    return fonts.measure(left + right, 1.0, bold) - _advance(left, bold) - _advance(right, bold)


@lru_cache(maxsize=8192)
def _glyph(char: str, size: int, bold: bool, fallback: bool = False) -> tuple[ImagingCore | None, int, int]:
    """One character rendered once as a mask (Pillow's core image, None when it has no pixels), with its
    offset from the pen position on the baseline: the very mask ``ImageDraw.text`` would draw for it.

    Drawing text glyph by glyph from this cache, positioned with the same advances and kerning that
    fonts.measure uses, is many times faster than Pillow laying out and hinting every line anew.
    """
    mask, (left, top) = fonts.pil_font(size, bold, fallback).getmask2(char, "L", anchor="ls")
    return (mask if min(mask.size) > 0 else None), left, top


def _dashes(points: list[tuple[float, float]], on: float, off: float) -> list[list[tuple[float, float]]]:
    """Split a polyline into dash runs of length ``on`` separated by gaps of length ``off``."""
    runs: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] | None = [points[0]]
    left, drawing = on, True
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while length - pos > left:
            pos += left
            point = (x0 + (x1 - x0) * pos / length, y0 + (y1 - y0) * pos / length)
            if drawing:
                current.append(point)
                runs.append(current)
                current = None
            else:
                current = [point]
            drawing = not drawing
            left = on if drawing else off
        left -= length - pos
        if drawing:
            current.append((x1, y1))
    if drawing and current and len(current) > 1:
        runs.append(current)
    return runs

"""One entry point from a vision to the bytes of an export in any format."""

from __future__ import annotations

from .layout import build_scene
from .model import Vision

# Output pixel sizes; print sizes are landscape at 300 dpi.
SIZES = {"scherm": (1920, 1080), "a4": (3508, 2480), "a3": (4961, 3508)}
PAGE_MM = {"a4": (297, 210), "a3": (420, 297)}
DPI = {"scherm": 96, "a4": 300, "a3": 300}
FORMATS = ("png", "svg", "pdf", "html")
SOURCE_KEY = "praatplaat:source"


def export(
    vision: Vision,
    fmt: str,
    *,
    view: str = "overzicht",
    journey: str | None = None,
    size: str = "scherm",
    scale: float = 1.0,
    lang: str = "nl",
    logo: bytes | None = None,
    source: str | None = None,
    fragment: bool = False,
) -> bytes:
    """Render ``vision`` to PNG, SVG, PDF or HTML bytes.

    ``size`` is a key of SIZES, ``scale`` multiplies the pixel size of PNG/SVG; ``source`` (the
    YAML text) is embedded in PNGs so that they can be opened and edited again.
    """
    width, height = SIZES[size]
    scene = build_scene(vision, view, journey=journey, aspect=width / height, lang=lang, logo=logo)
    if fmt == "png":
        from .render.png import render_png

        chunks = {SOURCE_KEY: source} if source else None
        return render_png(scene, round(width * scale), dpi=DPI[size], text_chunks=chunks)
    if fmt == "svg":
        from .render.svg import render_svg

        return render_svg(scene, width=width * scale).encode("utf-8")
    if fmt == "pdf":
        from .render.pdf import render_pdf

        w_mm, h_mm = PAGE_MM.get(size, (width * 25.4 / 96, height * 25.4 / 96))
        return render_pdf(scene, w_mm * 72 / 25.4, h_mm * 72 / 25.4, title=vision.titel)
    if fmt == "html":
        from .render.html import render_html

        return render_html(scene, vision, lang=lang, fragment=fragment).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")

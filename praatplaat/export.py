"""One entry point from a vision to the bytes of an export in any format, and the registries of
formats and sizes that ``export``, the CLI and the app's export panel read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .limits import MAX_OUTPUT_PIXELS, output_pixels

if TYPE_CHECKING:  # the registries are read by the CLI's argument parser, before any vision is loaded
    from .model import Vision
    from .scene import Scene

@dataclass(frozen=True)
class Size:
    """An output size: pixels, resolution, and the paper it is printed on (mm), if any; a size
    higher than wide gets the portrait composition, ``telefoon`` the phone composition, which is
    1080 wide and at least 1920 high, higher when its content needs it (praatplaat.layout.build_scene)."""

    name: str
    px: tuple[int, int]
    dpi: int
    page_mm: tuple[float, float] | None = None


SIZE_LIST = (
    Size("scherm", (1920, 1080), 96),
    Size("a4", (3508, 2480), 300, (297, 210)),
    Size("a3", (4961, 3508), 300, (420, 297)),
    Size("telefoon", (1080, 1920), 96),  # portrait, for phones and social media
    Size("a4-staand", (2480, 3508), 300, (210, 297)),
    Size("a3-staand", (3508, 4961), 300, (297, 420)),
)
SIZE_INFO = {s.name: s for s in SIZE_LIST}
SIZES = {s.name: s.px for s in SIZE_LIST}  # name -> (width, height) in output pixels
PAGE_MM = {s.name: s.page_mm for s in SIZE_LIST if s.page_mm}
DPI = {s.name: s.dpi for s in SIZE_LIST}


@dataclass(frozen=True)
class Job:
    """What a format's renderer gets: the laid-out scene and the export's options."""

    vision: Vision
    scene: Scene
    size: Size
    scale: float
    lang: str
    source: str | None
    fragment: bool
    logo: bytes | None = None


def _png(job: Job) -> bytes:
    from .embed import SOURCE_KEY
    from .render.png import render_png

    chunks = {SOURCE_KEY: job.source} if job.source else None
    return render_png(job.scene, round(job.size.px[0] * job.scale), dpi=job.size.dpi, text_chunks=chunks)


def _svg(job: Job) -> bytes:
    from .render.svg import render_svg

    return render_svg(job.scene, embed_font=True, fluid=True).encode("utf-8")  # scales to its container


def _pdf(job: Job) -> bytes:
    from .render.pdf import picture_alt, render_pdf, vision_text

    w = job.size.px[0]
    # a screen size's page follows the scene (the phone composition grows taller with its content)
    w_mm, h_mm = job.size.page_mm or (w * 25.4 / 96, w * 25.4 / 96 * job.scene.height / job.scene.width)
    return render_pdf(job.scene, w_mm * 72 / 25.4, h_mm * 72 / 25.4, title=job.vision.titel,
                      alt=picture_alt(job.vision, job.scene, job.lang), text=vision_text(job.vision, job.lang))


def _html(job: Job) -> bytes:
    """Every view in one page (so a '+N meer' there always has its view below it), each also in its
    portrait composition for phones."""
    from .render.html import render_html

    views = all_views(job.vision, job.size.name, job.lang, job.logo)
    tall = [scene for _, scene in all_views(job.vision, "telefoon", job.lang, job.logo)]
    return render_html(job.scene, job.vision, lang=job.lang, fragment=job.fragment, views=views,
                       tall=tall).encode("utf-8")


def _pptx(job: Job) -> bytes:
    """Slides for trainers: every view, then each principle and journey picked out (render/pptx.py)."""
    from .render.pptx import render_pptx

    return render_pptx(job.vision, job.lang, job.logo)


@dataclass(frozen=True)
class Format:
    """An export format: its renderer, MIME type, file suffix and the sizes it is made in."""

    name: str
    render: Callable[[Job], bytes]
    mime: str
    suffix: str
    sizes: tuple[str, ...] = tuple(SIZES)


FORMATS = {f.name: f for f in (
    Format("png", _png, "image/png", ".png"),
    Format("svg", _svg, "image/svg+xml", ".svg"),
    Format("pdf", _pdf, "application/pdf", ".pdf"),
    Format("html", _html, "text/html", ".html", ("scherm",)),
    Format("pptx", _pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx",
           ("scherm",)),
)}


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
    all_views: bool = False,
    herkomst: bool = False,
) -> bytes:
    """Render ``vision`` to the bytes of format ``fmt`` (a key of FORMATS).

    ``size`` is a key of SIZES, ``scale`` multiplies the pixel size of a PNG (an SVG has none: it
    scales to its container); ``source`` (the YAML text) is embedded in PNGs so that they can be
    opened and edited again. ``all_views`` (PDF only) gives every view in one document (see
    export_all). An export is for the public: the
    origin marks of a vision built on a base, their legend and the origin in the details are left
    out unless ``herkomst`` asks for them (see public).
    """
    from .layout import build_scene

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    vision = vision if herkomst else public(vision)
    if all_views:
        if fmt != "pdf":
            raise ValueError("all_views needs fmt='pdf'")
        return export_all(vision, size=size, lang=lang, logo=logo)
    spec = SIZE_INFO[size]
    width, height = spec.px
    if output_pixels(width, height, scale) > MAX_OUTPUT_PIXELS:
        raise ValueError(f"{size} at scale {scale:g} exceeds the pixel budget of {MAX_OUTPUT_PIXELS:,}")
    scene = build_scene(vision, view, journey=journey, aspect=width / height, lang=lang, logo=logo)
    if output_pixels(width, round(width * scene.height / scene.width), scale) > MAX_OUTPUT_PIXELS:  # a long phone
        raise ValueError(f"{size} at scale {scale:g} exceeds the pixel budget of {MAX_OUTPUT_PIXELS:,}")
    return FORMATS[fmt].render(Job(vision, scene, spec, scale, lang, source, fragment, logo))


def public(vision: Vision) -> Vision:
    """``vision`` without the origins of its elements (shared, read-only otherwise): no origin marks, no
    legend, no origin in the details. A vision not built on a base is returned as it is."""
    if not vision.herkomst:
        return vision
    copy = vision.model_copy()
    copy._herkomst = {}
    return copy


def all_views(vision: Vision, size: str = "a4", lang: str = "nl", logo: bytes | None = None) -> list[tuple[str, Scene]]:
    """(page name, scene) of every page of every view in praatplaat.layout.VIEWS: overview, house, channels and
    every journey."""
    from .layout import VIEWS, build_scene
    from .words import table

    w, h = SIZES[size]
    names, journeys = table("view", lang), {r.id: r.naam for r in vision.klantreizen}
    return [(names[view.name].capitalize() + (f": {journeys[journey]}" if journey else ""),
             build_scene(vision, view.name, journey=journey, aspect=w / h, lang=lang, logo=logo))
            for view in VIEWS.values() for journey in view.pages(vision)]


def export_all(vision: Vision, *, size: str = "a4", lang: str = "nl", logo: bytes | None = None,
               herkomst: bool = False) -> bytes:
    """Every view as one PDF: table of contents, then overview, house, channels and every journey,
    with bookmarks and page numbers (``render --all``); origins only with ``herkomst`` (see public)."""
    from .render.pdf import Picture, picture_alt, render_pdf_pages, vision_text

    vision = vision if herkomst else public(vision)
    spec = SIZE_INFO[size]
    w, h = spec.px
    w_mm, h_mm = spec.page_mm or (w * 25.4 / 96, h * 25.4 / 96)
    pages = [Picture(scene, picture_alt(vision, scene, lang), name)
             for name, scene in all_views(vision, size, lang, logo)]
    subtitle = vision.organisatie + (f" — {vision.ondertitel}" if vision.ondertitel else "")
    return render_pdf_pages(pages, w_mm * 72 / 25.4, h_mm * 72 / 25.4, title=vision.titel, lang=lang,
                            text=vision_text(vision, lang, top=3), subtitle=subtitle)

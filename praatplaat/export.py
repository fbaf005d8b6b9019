"""One entry point from a vision to the bytes of an export in any format, and the registries of
formats (with what each can do) and sizes that ``export``, the CLI, the comparisons and the app's export
panel read."""

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


@dataclass(frozen=True)
class Sheet:
    """What a format's ``compare`` gets: a comparison of visions or the national overview (vergelijk_export.py),
    its parts made when a format asks for them."""

    title: str
    alt: str
    width: int  # of a picture, in pixels at 96 dpi
    scene: Callable[[], Scene]
    text: Callable[[], str]  # the tables (HTML): the text alternative
    page: Callable[[], str]  # a page of its own (HTML): the picture and the tables


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


def _png_sheet(sheet: Sheet) -> bytes:
    from .render.png import render_png

    return render_png(sheet.scene(), sheet.width, dpi=96)


def _svg_sheet(sheet: Sheet) -> bytes:
    from .render.svg import render_svg

    return render_svg(sheet.scene(), embed_font=True, fluid=True).encode("utf-8")


def _pdf_sheet(sheet: Sheet) -> bytes:
    """The picture on a page of its size, then the tables (full width)."""
    from .render.pdf import render_pdf

    scene = sheet.scene()
    return render_pdf(scene, scene.width * 0.75, scene.height * 0.75, title=sheet.title, alt=sheet.alt,
                      text=sheet.text(), columns=False)


def _html_sheet(sheet: Sheet) -> bytes:
    return sheet.page().encode("utf-8")


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
    scales to its container); ``source`` (the YAML text) is embedded in an ``editable`` format (PNG)
    so that it can be opened and edited again. ``all_views`` gives every view in one document, in a
    format with ``every_view`` (PDF). An export is for the public: the
    origin marks of a vision built on a base, their legend and the origin in the details are left
    out unless ``herkomst`` asks for them (see public).
    """
    from .layout import build_scene

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    vision = vision if herkomst else public(vision)
    if all_views:
        if FORMATS[fmt].every_view is None:
            raise ValueError(f"format {fmt!r} cannot hold every view in one document")
        return FORMATS[fmt].every_view(vision, size=size, lang=lang, logo=logo)
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


@dataclass(frozen=True)
class Offer:
    """One entry of the studio's export menu (components/export_panel.py): ``id`` (its label is the words'
    ``fmt_<id>``, ``-`` as ``_``), the size and the scale."""

    id: str
    size: str = "scherm"
    scale: float = 1.0


@dataclass(frozen=True)
class Format:
    """An export format: its renderer, MIME type, file suffix and the sizes it is made in, and what else it can
    do, read by the CLI and the studio: ``offers`` (the studio's menu entries), ``every_view`` (every view in one
    document: ``render --all``, called as export_all is), ``compare`` (a comparison or the national overview:
    ``vergelijk``), ``fragment`` (part of a page: ``--fragment``) and ``editable`` (it carries the YAML source)."""

    name: str
    render: Callable[[Job], bytes]
    mime: str
    suffix: str
    sizes: tuple[str, ...] = tuple(SIZES)
    offers: tuple[Offer, ...] = ()
    every_view: Callable[..., bytes] | None = None
    compare: Callable[[Sheet], bytes] | None = None
    fragment: bool = False
    editable: bool = False


FORMATS = {f.name: f for f in (
    Format("png", _png, "image/png", ".png",
           offers=(Offer("png-scherm"), Offer("png-2x", scale=2.0), Offer("png-a4", "a4"), Offer("png-a3", "a3")),
           compare=_png_sheet, editable=True),
    Format("svg", _svg, "image/svg+xml", ".svg", offers=(Offer("svg"),), compare=_svg_sheet),
    Format("pdf", _pdf, "application/pdf", ".pdf", offers=(Offer("pdf-a4", "a4"), Offer("pdf-a3", "a3")),
           every_view=export_all, compare=_pdf_sheet),
    Format("html", _html, "text/html", ".html", ("scherm",), (Offer("html"),), compare=_html_sheet, fragment=True),
    Format("pptx", _pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx",
           ("scherm",), (Offer("pptx"),)),
)}

"""The newsletter as PDF through WeasyPrint (HTML + CSS paged media): the same source as the web page."""

from __future__ import annotations

from pathlib import Path

from ..model import Vision
from .html import render_krant_html


def render_krant_pdf(vision: Vision, nummer: int | None = None, *, size: str = "a4", lang: str = "nl",
                     logo: bytes | None = None, base_dir: Path | None = None) -> bytes:
    """PDF bytes of one edition at A4 or A3, fonts embedded (subset), text as text."""
    import weasyprint  # imported late: it loads Pango

    page = render_krant_html(vision, nummer, lang=lang, size=size, logo=logo, base_dir=base_dir, for_print=True)
    krant = vision.krant
    doc = weasyprint.HTML(string=page, base_url=None).render()
    doc.metadata.title = krant.naam if krant else vision.titel
    doc.metadata.authors = [vision.organisatie]
    doc.metadata.lang = lang
    return doc.write_pdf()

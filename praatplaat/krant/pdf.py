"""The newsletter as PDF through WeasyPrint (HTML + CSS paged media): the same source as the web page.

Paragraphs are never split and headings stay with what follows, so an article can only go on to
the next page between two blocks. Where it does, the page says so: after laying out, every article
block's page is read from WeasyPrint's boxes, a "Lees verder op pagina N »" line is added after the
last block on the earlier page and a "(vervolg van pagina M)" line before the first block on the
later one, and the edition is laid out again until the notes match the pages (at most four passes;
editions without split articles take one). The "lees verder" line takes no height (it hangs into the
bottom margin), so adding it never moves the break it describes.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Vision
from ..render.pdf import tag_fixes, weasyprint
from .html import render_krant_html

PASSES = 4


def _block_pages(document) -> dict[str, list[tuple[str, int]]]:
    """article id -> [(block id, page number)] in reading order, from the laid-out boxes."""
    out: dict[str, list[tuple[str, int]]] = {}
    seen = set()
    for number, page in enumerate(document.pages, start=1):
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            block = element.get("id") if element is not None else None
            if block and block.startswith("artikel-") and block.count("-") == 2 and block not in seen:
                seen.add(block)
                out.setdefault(block.rsplit("-", 1)[0], []).append((block, number))
    return out


def _notes(blocks: dict[str, list[tuple[str, int]]]) -> dict[str, dict[str, int]]:
    notes: dict[str, dict[str, int]] = {}
    for items in blocks.values():
        for (a, page_a), (b, page_b) in zip(items, items[1:]):
            if page_b != page_a:
                notes.setdefault(a, {})["verder"] = page_b
                notes.setdefault(b, {})["vervolg"] = page_a
    return notes


def render_krant_pdf(vision: Vision, nummer: int | None = None, *, size: str = "a4", lang: str = "nl",
                     logo: bytes | None = None, base_dir: Path | None = None, herkomst: bool = False) -> bytes:
    """PDF bytes of one edition at A4 or A3, fonts embedded (subset), text as text, tagged (PDF/UA-1)
    (``herkomst``: see render_krant_html)."""
    notes: dict[str, dict[str, int]] = {}
    for _ in range(PASSES):
        page = render_krant_html(vision, nummer, lang=lang, size=size, logo=logo, base_dir=base_dir,
                                 for_print=True, notes=notes, herkomst=herkomst)
        document = weasyprint().HTML(string=page).render()
        found = _notes(_block_pages(document))
        if found == notes:
            break
        notes = found
    krant = vision.krant
    document.metadata.title = krant.naam if krant else vision.titel
    document.metadata.authors = [vision.organisatie]
    document.metadata.lang = lang
    return tag_fixes(document.write_pdf(pdf_variant="pdf/ua-1"))

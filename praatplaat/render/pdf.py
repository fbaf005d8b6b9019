"""Scenes -> tagged, accessible PDF (PDF/UA-1) through WeasyPrint.

Each picture is the scene's SVG (praatplaat.render.svg: vector shapes, text kept as selectable text
in the embedded Atkinson Hyperlegible) alone on a page, scaled to fit and centred, tagged as a
Figure whose /Alt is the short alt text. The long description follows as real text: headings,
lists and paragraphs, tagged H1-H4, L/LI and P in reading order (HTML from praatplaat.alttext via
render.html.text_alternative). Title (Info and XMP, shown by the viewer), language and fonts are set
by WeasyPrint's ``pdf/ua-1`` variant; ``tag_fixes`` then turns page numbers into pagination
artifacts, gives every list item a body and every link its text as description, which WeasyPrint
leaves out. docs/accessibility.md says what is checked and what it costs.
"""

from __future__ import annotations

import base64
import html
import io
import re
from dataclasses import dataclass, replace

from .. import fonts
from ..model import Vision
from ..scene import Scene
from ..theme import readable_on
from ..words import lang_of, word
from .svg import esc, render_svg

INK = "#1A1A1A"
MUTED = "#595959"


@dataclass(frozen=True)
class Picture:
    """One page's picture: the scene, its alt text and (documents with several) its heading."""

    scene: Scene
    alt: str
    name: str | None = None


def render_pdf(scene: Scene, page_w_pt: float, page_h_pt: float, title: str = "", *, alt: str | None = None,
               text: str = "", columns: bool = True) -> bytes:
    """The scene on one page of ``page_w_pt`` × ``page_h_pt`` points, scaled to fit and centred, then
    ``text`` (HTML: the long description, headed by its own h1) on the pages after it, in two columns
    on a landscape page unless ``columns`` is off (tables)."""
    return _document([Picture(scene, alt or title or scene.title)], page_w_pt, page_h_pt,
                     title or scene.title, scene.lang, text, contents=False, columns=columns)


def render_pdf_pages(pages: list[Picture], page_w_pt: float, page_h_pt: float, title: str, lang: str = "nl",
                     text: str = "", subtitle: str = "") -> bytes:
    """Several pictures as one document: a table of contents, one numbered and bookmarked page per
    picture ("Pagina 2 van 9"), then ``text`` (HTML with h3 and lower) under its own heading."""
    return _document(pages, page_w_pt, page_h_pt, title, lang, text, contents=True, subtitle=subtitle)


def vision_text(vision: Vision, lang: str, top: int = 2) -> str:
    """The long description as HTML: with ``top`` 2 headed by the title (h1) and organisation, then a
    section per part of the vision (h{top}, h{top+1})."""
    from .html import text_alternative

    head = ""
    if top == 2:
        org = vision.organisatie + (f" — {vision.ondertitel}" if vision.ondertitel else "")
        head = f"<h1>{esc(vision.titel)}</h1><p>{esc(org)}</p>"
    return head + text_alternative(vision, lang, "pp", top)


def picture_alt(vision: Vision, scene: Scene, lang: str) -> str:
    """The short alt text of a scene of ``vision`` (its journey's, for a journey view)."""
    from ..alttext import alt_text

    journey = next((h.id for h in scene.hotspots if h.kind == "klantreis"), None) if scene.view == "reis" else None
    return alt_text(vision, scene.view, lang, journey)


def weasyprint():
    """WeasyPrint, imported late (it loads Pango), without its process-wide Pillow setting.

    Importing weasyprint sets ``PIL.ImageFile.LOAD_TRUNCATED_IMAGES = True`` for the whole process,
    which would make every other image check (logos, photos, PNG sources) accept truncated files.
    Our pictures are decoded and re-encoded before WeasyPrint sees them, so the safe default is restored.
    """
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint
    import weasyprint.images  # noqa: F401  (the module that changes the setting)

    ImageFile.LOAD_TRUNCATED_IMAGES = before
    return weasyprint


def _document(pages: list[Picture], w: float, h: float, title: str, lang: str, text: str, *, contents: bool,
              subtitle: str = "", columns: bool = True) -> bytes:
    lang = lang_of(lang)
    bg = pages[0].scene.background
    body = []
    if contents:
        heading = word("text", lang)
        items = [(f"v{n}", p.name or "") for n, p in enumerate(pages)] + ([("tekst", heading)] if text else [])
        links = "".join(f'<li><a href="#{a}">{esc(name)}</a></li>' for a, name in items)
        sub = f"<p>{esc(subtitle)}</p>" if subtitle else ""
        body.append(f'<section class="inhoud"><h1>{esc(title)}</h1>{sub}<h2>{esc(word("inhoud", lang))}</h2>'
                    f"<ol>{links}</ol></section>")
    for n, picture in enumerate(pages):
        body.append(_picture(picture, n, w, h, numbered=contents))
    if text:
        top = f'<h2 id="tekst">{esc(word("text", lang))}</h2>' if contents else ""
        body.append(f'<section class="tekst">{top}{text}</section>')
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"<style>{_css(w, h, bg, lang, contents, pages[0].scene, columns)}</style></head>"
            f"<body>{''.join(body)}</body></html>")
    document = weasyprint().HTML(string=page).render()
    document.metadata.title = title
    document.metadata.lang = lang
    return tag_fixes(document.write_pdf(pdf_variant="pdf/ua-1"))


def _fit(scene: Scene, w: float, h: float) -> tuple[float, float, float]:
    """Scale and offsets (points) of the scene fitted and centred on a w × h page."""
    s = min(w / scene.width, h / scene.height)
    return s, (w - scene.width * s) / 2, (h - scene.height * s) / 2


def _picture(picture: Picture, n: int, w: float, h: float, numbered: bool) -> str:
    """One page: the picture as an <img> of its SVG with the alt text (the Figure's /Alt); an inline
    <svg> would make WeasyPrint cascade the page's CSS over every SVG node, much slower."""
    scene = picture.scene
    s, ox, oy = _fit(scene, w, h)
    svg = _kerned(render_svg(replace(scene, title=picture.alt), width=scene.width * s / 0.75))  # CSS px
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    img = (f'<img src="data:image/svg+xml;base64,{data}" alt="{esc(picture.alt)}" '
           f'style="width:{scene.width * s:.3f}pt;height:{scene.height * s:.3f}pt">')
    heading = ""
    if picture.name:  # in the picture's bottom margin, left; the page number is on the right
        size = max(7.0, 13 * s)
        top = h - oy - 14 * s - 1.2 * size  # on the page number's line
        heading = (f'<h2 id="v{n}" class="view" style="left:{ox + 48 * s:.2f}pt;top:{top:.2f}pt;'
                   f'font-size:{size:.2f}pt">{esc(picture.name)}</h2>')
    page = "genummerd" if numbered else "plaat"
    return (f'<section class="plaat" style="page:{page};padding:{oy:.3f}pt 0 0 {ox:.3f}pt">'
            f"{heading}{img}</section>")


_TEXT = re.compile(r'<text font-size="([^"]+)"([^>]*)>(.*?)</text>', re.S)
_TSPAN = re.compile(r'(<tspan [^>]*)>([^<]*)</tspan>')


def _kerned(svg: str) -> str:
    """Each line's pair kerning as ``dx`` on its characters: WeasyPrint draws SVG text letter by
    letter, unkerned, so without it lines come out wider than the layout measured them. Joiners and
    variation selectors, which the layout leaves out (fonts.IGNORED), are left out here too: drawn
    alone they would pull in a third font."""

    def text(m: re.Match) -> str:
        size, bold = float(m[1]), 'font-weight="700"' in m[2]

        def tspan(t: re.Match) -> str:
            line = "".join(c for c in html.unescape(t[2]) if c not in fonts.IGNORED)
            dx = [0.0] + [fonts.measure(a + b, size, bold) - fonts.measure(a, size, bold) - fonts.measure(b, size, bold)
                          for a, b in zip(line, line[1:])]
            kerning = f' dx="{" ".join(f"{d:.3g}" for d in dx)}"' if any(abs(d) > 1e-3 for d in dx) else ""
            return f"{t[1]}{kerning}>{esc(line)}</tspan>"

        return f'<text font-size="{m[1]}"{m[2]}>{_TSPAN.sub(tspan, m[3])}</text>'

    return _TEXT.sub(text, svg)


def _counter(lang: str) -> str:
    """'Pagina {n} van {total}' as CSS content with the page counters."""
    head, tail = word("pagina", lang, n="\x00", total="\x01").split("\x00", 1)
    middle, end = tail.split("\x01", 1)
    return f'"{head}" counter(page) "{middle}" counter(pages) "{end}"'


def _css(w: float, h: float, bg: str, lang: str, contents: bool, first: Scene, columns: bool) -> str:
    faces = "".join(
        f"@font-face{{font-family:'{family}';src:url('{path.as_uri()}');font-weight:{weight}}}"
        for family, path, weight in ((fonts.FAMILY, fonts.path(False), 400), (fonts.FAMILY, fonts.path(True), 700),
                                     (fonts.FALLBACK_FAMILY, fonts.FALLBACK, 400),
                                     (fonts.FALLBACK_FAMILY, fonts.FALLBACK, 700)))
    ink, muted = readable_on(bg, INK), readable_on(bg, MUTED)
    base = min(16.0, max(9.0, min(w, h) / 595 * 10.5))  # 10.5 pt on A4, larger on larger pages
    s, ox, oy = _fit(first, w, h)
    label = max(7.0, 13 * s)
    foot = oy + 14 * s + 1.2 * label  # the page number's band, in the picture's bottom margin

    def number(size: float, right: float, bottom: float) -> str:
        return (f"@bottom-right{{content:{_counter(lang)};font-family:'{fonts.FAMILY}';color:{muted};"
                f"font-size:{size:.2f}pt;line-height:1.2;vertical-align:bottom;"
                f"padding:0 {right:.2f}pt {bottom:.2f}pt 0}}")

    margin = base * 4
    marks = ("h1,section.inhoud h2{bookmark-level:none}h2{bookmark-level:1}h3{bookmark-level:2}" if contents
             else "")  # bookmarks: every picture and the text version, then its sections
    flow = "column-count:2;column-gap:3em;column-fill:auto;" if columns and w > h * 1.2 else ""
    return faces + f"""
@page{{size:{w:.3f}pt {h:.3f}pt;margin:0;background:{bg}}}
@page genummerd{{margin:0 0 {foot:.2f}pt 0;{number(label, ox + 48 * s, oy + 14 * s)}}}
@page tekst{{margin:{margin:.1f}pt;{number(base * 0.85, margin, margin / 2)}}}
html{{font-family:'{fonts.FAMILY}','{fonts.FALLBACK_FAMILY}',sans-serif;color:{ink};font-size:{base:.2f}pt;line-height:1.3}}
body{{margin:0}}
section.plaat{{position:relative;break-after:page;height:{h - foot - 1:.2f}pt}}
section.plaat img{{display:block}}
h2.view{{position:absolute;z-index:1;margin:0;color:{muted};font-weight:400;line-height:1.2}}
section.inhoud{{page:tekst;break-after:page}}
section.tekst{{page:tekst;{flow}}}
table{{border-collapse:collapse;width:100%;margin:.4em 0 1.2em}}
th,td{{border:.5pt solid {muted};padding:.3em .4em;text-align:left;vertical-align:top}}
tr{{break-inside:avoid}}
caption{{text-align:left;font-weight:700;font-size:1.2em;padding:.3em 0}}
h1{{font-size:2em;margin:0 0 .4em}}
h2{{font-size:1.5em;margin:1em 0 .3em}}
h3{{font-size:1.2em;margin:.9em 0 .2em}}
h4{{font-size:1.05em;margin:.8em 0 .2em}}
h1,h2,h3,h4{{break-after:avoid;column-span:none}}
h4{{bookmark-level:none}}
{marks}
p,li,dl{{margin:0 0 .45em}}
dl{{display:block}} dt{{display:inline;font-weight:700}} dt::after{{content:": "}} dd{{display:inline;margin:0}}
dd::after{{content:"\\a";white-space:pre}}
ul,ol{{padding-left:1.3em;margin:0 0 .5em}}
ul ul{{list-style-type:"– "}}
li p,li dl{{break-inside:avoid}}
li>p:first-child{{break-after:avoid}}
blockquote{{margin:0 0 .2em 1em;font-style:normal}}
figure{{margin:0 0 .6em}} figcaption{{color:{muted};margin-left:1em}}
section.inhoud ol{{list-style:none;padding:0;font-size:1.2em}}
section.inhoud li{{margin:.5em 0;border-bottom:.5pt solid {muted}}}
section.inhoud a{{color:{ink};text-decoration:none;display:block;position:relative}}
section.inhoud a::after{{content:target-counter(attr(href),page);position:absolute;right:0}}
"""


# --- repairs on WeasyPrint's structure tree -------------------------------------------------------


def tag_fixes(data: bytes) -> bytes:
    """Content WeasyPrint marks but leaves out of the structure tree (page numbers in the page margins)
    becomes a pagination /Artifact; the non-label kids of a list item go into an /LBody; a link's
    description (/Contents, which WeasyPrint fills with the anchor's id) becomes the text it covers."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        _link_texts(pdf, data)
        root = pdf.Root.StructTreeRoot
        reachable = _reachable(root)
        nums = root.ParentTree.Nums
        for i in range(0, len(nums), 2):
            page_number, kids = int(nums[i]), nums[i + 1]
            if not isinstance(kids, pikepdf.Array) or page_number >= len(pdf.pages):
                continue
            orphans = {mcid for mcid, elem in enumerate(kids) if elem.objgen not in reachable}
            if orphans:
                _artifacts(pdf, pdf.pages[page_number], orphans)
                for mcid in orphans:
                    kids[mcid] = None
        _list_bodies(pdf, root)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _link_texts(pdf, data: bytes) -> None:
    import pypdfium2

    document = None
    for number, page in enumerate(pdf.pages):
        links = [a for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        if not links:
            continue
        document = document or pypdfium2.PdfDocument(data)
        text = document[number].get_textpage()
        best: dict[str, str] = {}  # per target: the text of the largest area that links to it
        for link in links:
            x1, y1, x2, y2 = (float(v) for v in link.Rect)
            words = " ".join(text.get_text_bounded(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)).split())
            target = repr(link.get("/Dest", link.get("/A")))
            if len(words) > len(best.get(target, "")):
                best[target] = words
        for link in links:
            if best.get(repr(link.get("/Dest", link.get("/A")))):
                link.Contents = best[repr(link.get("/Dest", link.get("/A")))]


def _kids(elem) -> list:
    import pikepdf

    k = elem.get("/K")
    return list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]


def _reachable(root) -> set[tuple[int, int]]:
    import pikepdf

    seen, stack = set(), _kids(root)
    while stack:
        elem = stack.pop()
        if isinstance(elem, pikepdf.Dictionary) and elem.get("/Type") != "/OBJR" and elem.objgen not in seen:
            seen.add(elem.objgen)
            stack += _kids(elem)
    return seen


_MARKED = re.compile(rb"/\w+\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC")


def _artifacts(pdf, page, mcids: set[int]) -> None:
    """Rewrite the page's marked-content sequences with these MCIDs as pagination artifacts (on the
    bytes: parsing a picture page's thousands of operators would take much longer)."""
    page.contents_coalesce()

    def mark(m: re.Match) -> bytes:
        return b"/Artifact << /Type /Pagination >> BDC" if int(m[1]) in mcids else m[0]

    page.Contents = pdf.make_stream(_MARKED.sub(mark, page.Contents.read_bytes()))


def _list_bodies(pdf, root) -> None:
    import pikepdf

    stack = _kids(root)
    while stack:
        elem = stack.pop()
        if not isinstance(elem, pikepdf.Dictionary) or elem.get("/Type") == "/OBJR":
            continue
        kids = _kids(elem)
        if elem.get("/S") == "/LI":
            loose = [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/S") not in ("/Lbl", "/LBody")]
            if loose:
                body = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.LBody,
                                                            P=elem, K=pikepdf.Array(loose)))
                for k in loose:
                    k.P = body
                ids = {k.objgen for k in loose}
                elem.K = pikepdf.Array([k for k in kids if not (isinstance(k, pikepdf.Dictionary) and k.objgen in ids)]
                                       + [body])
        stack += kids

"""Scene -> one-page vector PDF with fpdf2; text stays text in the embedded Atkinson Hyperlegible."""

from __future__ import annotations

import io

from fpdf import FPDF, ViewerPreferences
from PIL import Image as PILImage

from .. import fonts
from ..limits import LOGO_FORMATS
from ..scene import DASH, Circle, Image, Path, Rect, Scene, Text
from ..theme import readable_on
from .base import Renderer


def _document(page_w_pt: float, page_h_pt: float, title: str, lang: str) -> FPDF:
    pdf = FPDF(unit="pt", format=(page_w_pt, page_h_pt))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_title(title)
    pdf.set_lang(lang)
    pdf.set_creator("Praatplaat")
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    return pdf


def _page(pdf: FPDF, scene: Scene, new: bool = True) -> tuple[float, float, float]:
    """The scene scaled to fit and centred on a new page (``new``) or the current, empty one;
    returns the scale and offsets."""
    page_w_pt, page_h_pt = pdf.w, pdf.h
    if new:
        pdf.add_page()
    pdf.set_fill_color(scene.background)
    pdf.rect(0, 0, page_w_pt, page_h_pt, style="F")
    s = min(page_w_pt / scene.width, page_h_pt / scene.height)
    ox, oy = (page_w_pt - scene.width * s) / 2, (page_h_pt - scene.height * s) / 2
    with pdf.rect_clip(ox, oy, scene.width * s, scene.height * s), pdf.local_context(
        stroke_cap_style="ROUND", stroke_join_style="ROUND"
    ):
        _PdfPainter(pdf, s, ox, oy).draw(scene)
    return s, ox, oy


def render_pdf(scene: Scene, page_w_pt: float, page_h_pt: float, title: str = "") -> bytes:
    """The scene on one page of ``page_w_pt`` × ``page_h_pt`` points, scaled to fit and centred."""
    pdf = _document(page_w_pt, page_h_pt, title or scene.title, scene.lang)
    _page(pdf, scene)
    return bytes(pdf.output())


def render_pdf_pages(pages: list[tuple[str, Scene]], page_w_pt: float, page_h_pt: float, title: str,
                     lang: str = "nl") -> bytes:
    """Several scenes as one document: a table of contents first, then one page per (name, scene),
    each with a bookmark and its page number ("Pagina 2 van 9") in the bottom margin."""
    from ..words import word

    pdf = _document(page_w_pt, page_h_pt, title, lang)
    _font(pdf, True)
    _font(pdf, False)
    total = len(pages) + 1
    pdf.add_page()
    # The contents go on this first page; fpdf2 then breaks to a fresh page for the first view.
    pdf.insert_toc_placeholder(lambda doc, outline: _toc(doc, outline, title, word("inhoud", lang)), pages=1)
    for i, (name, scene) in enumerate(pages):
        s, ox, oy = _page(pdf, scene, new=i > 0)
        pdf.start_section(name, level=0)
        size = max(7.0, 13 * s)
        pdf.set_font(fonts.FAMILY, "", size)
        pdf.set_text_color(readable_on(scene.background, "#595959"))
        label = word("pagina", lang, n=pdf.page_no(), total=total)
        width = pdf.get_string_width(label)
        pdf.text(ox + (scene.width - 48) * s - width, oy + (scene.height - 18) * s, label)
    return bytes(pdf.output())


def _font(pdf: FPDF, bold: bool) -> None:
    """Embed the regular or bold font once per document (only when it is used)."""
    style = "B" if bold else ""
    if f"{fonts.FAMILY.lower()}{style}" not in pdf.fonts:
        pdf.add_font(fonts.FAMILY, style, str(fonts.path(bold)))


def _toc(pdf: FPDF, outline, title: str, heading: str) -> None:
    """The table of contents page: the title, then each section with its page number, linked."""
    margin = pdf.w * 0.08
    pdf.set_text_color("#1A1A1A")
    pdf.set_font(fonts.FAMILY, "B", pdf.h * 0.045)
    pdf.text(margin, pdf.h * 0.14, title)
    pdf.set_font(fonts.FAMILY, "B", pdf.h * 0.03)
    pdf.text(margin, pdf.h * 0.22, heading)
    pdf.set_font(fonts.FAMILY, "", pdf.h * 0.022)
    y, step = pdf.h * 0.29, pdf.h * 0.045
    for section in outline:
        number = str(section.page_number)
        pdf.text(margin, y, section.name)
        pdf.text(pdf.w - margin - pdf.get_string_width(number), y, number)
        pdf.link(margin, y - step * 0.7, pdf.w - 2 * margin, step, pdf.add_link(page=section.page_number))
        y += step


class _PdfPainter(Renderer):
    """Draws primitives in paint order: design px times ``s`` plus the centring offset, in points."""

    def __init__(self, pdf: FPDF, s: float, ox: float, oy: float) -> None:
        self.pdf, self.s, self.ox, self.oy = pdf, s, ox, oy

    def _style(self, fill: str | None, stroke: str | None, width: float) -> str:
        """Set the colours and line width; return the fpdf2 render style, or "" when nothing shows."""
        style = ""
        if fill:
            self.pdf.set_fill_color(fill)
            style = "F"
        if stroke and width > 0:
            self.pdf.set_draw_color(stroke)
            self.pdf.set_line_width(width * self.s)
            style = "D" + style
        return style

    def rect(self, r: Rect) -> None:
        style = self._style(r.fill, r.stroke, r.stroke_width)
        if not style or r.w <= 0 or r.h <= 0:
            return
        s = self.s
        x, y, w, h = self.ox + r.x * s, self.oy + r.y * s, r.w * s, r.h * s
        radius = min(r.radius * s, w / 2, h / 2)
        if radius > 0:
            self.pdf.rect(x, y, w, h, style=style, round_corners=True, corner_radius=radius)
        else:
            self.pdf.rect(x, y, w, h, style=style)

    def circle(self, c: Circle) -> None:
        style = self._style(c.fill, c.stroke, c.stroke_width)
        if style and c.r > 0:
            self.pdf.circle(self.ox + c.cx * self.s, self.oy + c.cy * self.s, c.r * self.s, style=style)

    def path(self, p: Path) -> None:
        closed = p.closed and len(p.points) > 2
        style = self._style(p.fill if closed else None, p.stroke, p.stroke_width)
        if not style or len(p.points) < 2:
            return
        s, ox, oy = self.s, self.ox, self.oy
        points = [(ox + x * s, oy + y * s) for x, y in p.points]
        if p.dash and "D" in style:
            width = p.stroke_width * s
            self.pdf.set_dash_pattern(DASH[0] * width, DASH[1] * width)
        self.pdf.polyline(points, polygon=closed, style=style)
        if p.dash:
            self.pdf.set_dash_pattern()

    def text(self, t: Text) -> None:
        pdf, s = self.pdf, self.s
        pdf.set_text_color(t.color)
        size = t.size * s
        x = self.ox + t.x * s
        for line, baseline in zip(t.lines, t.baselines()):
            if not line.strip():
                continue
            pen = x - (fonts.measure(line, size, t.bold) / 2 if t.anchor == "middle" else 0.0)
            for run, fallback in [(line, False)] if line.isascii() else fonts.runs(line):
                self._run(run, pen, self.oy + baseline * s, size, t.bold, fallback)
                pen += fonts.measure(run, size, t.bold)

    def _run(self, run: str, x: float, y: float, size: float, bold: bool, fallback: bool) -> None:
        """One run of a line in its face (the fallback embedded as its own font when used)."""
        pdf = self.pdf
        if fallback:
            if fonts.FALLBACK_FAMILY.lower() not in pdf.fonts:
                pdf.add_font(fonts.FALLBACK_FAMILY, "", str(fonts.FALLBACK))
            pdf.set_font(fonts.FALLBACK_FAMILY, "", size)
        else:
            _font(pdf, bold)
            pdf.set_font(fonts.FAMILY, "B" if bold else "", size)
        # fpdf2 does not kern; spread the kerning over the gaps so every run is exactly as wide as the
        # layout measured it (and so stays inside its box).
        width = fonts.measure(run, size, bold)
        unkerned = sum(fonts.measure(char, size, bold) for char in run)
        pdf.set_char_spacing((width - unkerned) / (len(run) - 1) if len(run) > 1 else 0.0)
        pdf.text(x, y, run)

    def image(self, im: Image) -> None:
        try:
            with PILImage.open(io.BytesIO(im.data), formats=LOGO_FORMATS) as decoded:
                decoded.load()
                source = decoded.copy()
        except (OSError, ValueError, PILImage.DecompressionBombError):
            return  # an unreadable logo is left out rather than failing the export
        s = self.s
        self.pdf.image(source, self.ox + im.x * s, self.oy + im.y * s, im.w * s, im.h * s, keep_aspect_ratio=True)

"""Scene -> one-page vector PDF with fpdf2; text stays text in the embedded Atkinson Hyperlegible."""

from __future__ import annotations

import io

from fpdf import FPDF, ViewerPreferences
from PIL import Image as PILImage

from .. import fonts
from ..scene import DASH, Circle, Image, Path, Rect, Scene, Text
from .base import Renderer


def render_pdf(scene: Scene, page_w_pt: float, page_h_pt: float, title: str = "") -> bytes:
    """The scene on one page of ``page_w_pt`` × ``page_h_pt`` points, scaled to fit and centred."""
    pdf = FPDF(unit="pt", format=(page_w_pt, page_h_pt))
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_title(title or scene.title)
    pdf.set_lang(scene.lang)
    pdf.set_creator("Praatplaat")
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.add_page()
    pdf.set_fill_color(scene.background)
    pdf.rect(0, 0, page_w_pt, page_h_pt, style="F")
    s = min(page_w_pt / scene.width, page_h_pt / scene.height)
    ox, oy = (page_w_pt - scene.width * s) / 2, (page_h_pt - scene.height * s) / 2
    with pdf.rect_clip(ox, oy, scene.width * s, scene.height * s), pdf.local_context(
        stroke_cap_style="ROUND", stroke_join_style="ROUND"
    ):
        _PdfPainter(pdf, s, ox, oy).draw(scene)
    return bytes(pdf.output())


class _PdfPainter(Renderer):
    """Draws primitives in paint order: design px times ``s`` plus the centring offset, in points."""

    def __init__(self, pdf: FPDF, s: float, ox: float, oy: float) -> None:
        self.pdf, self.s, self.ox, self.oy = pdf, s, ox, oy
        self.embedded: set[str] = set()

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
        style = "B" if t.bold else ""
        if style not in self.embedded:  # embed each weight only when it is used
            pdf.add_font(fonts.FAMILY, style, str(fonts.path(t.bold)))
            self.embedded.add(style)
        pdf.set_font(fonts.FAMILY, style, t.size * s)
        pdf.set_text_color(t.color)
        size = t.size * s
        x = self.ox + t.x * s
        for line, baseline in zip(t.lines, t.baselines()):
            if not line.strip():
                continue
            # fpdf2 does not kern; spread the kerning over the gaps so every line is exactly as wide as
            # the layout measured it (and so stays inside its box).
            width = fonts.measure(line, size, t.bold)
            unkerned = sum(fonts.measure(char, size, t.bold) for char in line)
            pdf.set_char_spacing((width - unkerned) / (len(line) - 1) if len(line) > 1 else 0.0)
            pdf.text(x - (width / 2 if t.anchor == "middle" else 0.0), self.oy + baseline * s, line)

    def image(self, im: Image) -> None:
        try:
            with PILImage.open(io.BytesIO(im.data)) as decoded:
                decoded.load()
                source = decoded.copy()
        except (OSError, ValueError, PILImage.DecompressionBombError):
            return  # an unreadable logo is left out rather than failing the export
        s = self.s
        self.pdf.image(source, self.ox + im.x * s, self.oy + im.y * s, im.w * s, im.h * s, keep_aspect_ratio=True)

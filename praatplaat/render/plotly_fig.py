"""Scene -> Plotly figure as a plain dict (no go.Figure validation), for the app.

Shapes and annotations draw the picture; hotspots become one scatter trace of invisible markers
spread over each hotspot's area, carrying [kind, id, ref] in customdata, because Streamlit reports
clicks only on point traces. Text sizes are scaled to ``display_width``, so the figure must be
shown at that width (not stretched) to look like the other outputs.
"""

from __future__ import annotations

import base64
import html
import textwrap

from ..fonts import FAMILY
from ..scene import Circle, Image, Path, Rect, Scene, Text
from ..theme import rgb
from .base import Renderer

FADE = 0.22
HOTSPOT_PX = 24  # display px between hotspot markers (and their size)


def _pts(points) -> str:
    return " L".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _rounded_path(r: Rect) -> str:
    x, y, w, h = r.x, r.y, r.w, r.h
    k = max(0.0, min(r.radius, w / 2, h / 2))
    return (f"M{x + k:.1f},{y:.1f} L{x + w - k:.1f},{y:.1f} Q{x + w:.1f},{y:.1f} {x + w:.1f},{y + k:.1f} "
            f"L{x + w:.1f},{y + h - k:.1f} Q{x + w:.1f},{y + h:.1f} {x + w - k:.1f},{y + h:.1f} "
            f"L{x + k:.1f},{y + h:.1f} Q{x:.1f},{y + h:.1f} {x:.1f},{y + h - k:.1f} "
            f"L{x:.1f},{y + k:.1f} Q{x:.1f},{y:.1f} {x + k:.1f},{y:.1f} Z")


def _line(colour: str | None, width: float, scale: float, dash: bool = False) -> dict:
    if not colour or width <= 0:
        return {"width": 0}
    line = {"color": colour, "width": round(width * scale, 2)}
    if dash:
        line["dash"] = "dash"
    return line


def _base(opacity: float) -> dict:
    return {"xref": "x", "yref": "y", "layer": "below", "opacity": opacity}


def _rect(item: Rect, scale: float, opacity: float) -> dict:
    line = _line(item.stroke, item.stroke_width, scale)
    fill = item.fill or "rgba(0,0,0,0)"
    if item.radius:
        return _base(opacity) | {"type": "path", "path": _rounded_path(item), "fillcolor": fill, "line": line}
    return _base(opacity) | {"type": "rect", "x0": item.x, "y0": item.y, "x1": item.x + item.w,
                             "y1": item.y + item.h, "fillcolor": fill, "line": line}


class _Plotly(Renderer):
    """Collects shapes, text and images; an element outside ``highlight`` is drawn faded."""

    def __init__(self, scale: float, highlight: set[str] | None) -> None:
        self.scale, self.highlight = scale, highlight
        self.opacity = 1.0
        self.shapes: list[dict] = []
        self.texts: list[tuple[Text, float]] = []
        self.images: list[dict] = []

    def begin_group(self, ref: str, title: str) -> None:
        self.opacity = FADE if self.highlight is not None and ref not in self.highlight else 1.0

    def end_group(self) -> None:
        self.opacity = 1.0

    def rect(self, r: Rect) -> None:
        self.shapes.append(_rect(r, self.scale, self.opacity))

    def circle(self, c: Circle) -> None:
        self.shapes.append(_base(self.opacity) | {
            "type": "circle", "x0": c.cx - c.r, "y0": c.cy - c.r, "x1": c.cx + c.r, "y1": c.cy + c.r,
            "fillcolor": c.fill or "rgba(0,0,0,0)", "line": _line(c.stroke, c.stroke_width, self.scale)})

    def path(self, p: Path) -> None:
        shape = _base(self.opacity) | {"type": "path", "path": "M" + _pts(p.points) + (" Z" if p.closed else ""),
                                       "line": _line(p.stroke, p.stroke_width, self.scale, p.dash)}
        if p.closed and p.fill:
            shape["fillcolor"] = p.fill
        self.shapes.append(shape)

    def text(self, t: Text) -> None:
        self.texts.append((t, self.opacity))

    def image(self, im: Image) -> None:
        self.images.append(_image(im))


def _rgba(colour: str, opacity: float) -> str:
    if opacity >= 1:
        return colour
    r, g, b = rgb(colour)
    return f"rgba({r},{g},{b},{opacity})"


def _text_trace(texts: list, scale: float) -> dict:
    """All text lines as one scatter 'text' trace (several times faster in Plotly than annotations)."""
    xs, ys, labels, positions, sizes, colours = [], [], [], [], [], []
    for item, opacity in texts:
        for i, line in enumerate(item.lines):
            text = html.escape(line, quote=False)
            xs.append(item.x)
            ys.append(round(item.y + (i + 0.5) * item.line_height, 1))
            labels.append(f"<b>{text}</b>" if item.bold else text)
            positions.append("middle center" if item.anchor == "middle" else "middle right")
            sizes.append(round(item.size * scale, 2))
            colours.append(_rgba(item.color, opacity))
    return {"type": "scatter", "mode": "text", "x": xs, "y": ys, "text": labels, "textposition": positions,
            "textfont": {"family": f"{FAMILY}, sans-serif", "size": sizes, "color": colours},
            "hoverinfo": "skip", "showlegend": False, "cliponaxis": False, "name": "text"}


def _image(item: Image) -> dict:
    uri = f"data:{item.mime};base64," + base64.b64encode(item.data).decode()
    return {"source": uri, "xref": "x", "yref": "y", "x": item.x, "y": item.y, "sizex": item.w, "sizey": item.h,
            "xanchor": "left", "yanchor": "top", "sizing": "contain", "layer": "above"}


def _hover(label: str, detail: str) -> str:
    lines = [f"<b>{html.escape(part)}</b>" for part in textwrap.wrap(label, 60)[:4]]
    for paragraph in detail.splitlines()[:8]:
        lines += [html.escape(part) for part in textwrap.wrap(paragraph, 70)[:3]]
    return "<br>".join(lines)


def _hotspot_trace(scene: Scene, scale: float) -> dict:
    grid = HOTSPOT_PX / scale
    xs, ys, data, texts = [], [], [], []
    for spot in scene.hotspots:
        nx, ny = max(1, round(spot.w / grid)), max(1, round(spot.h / grid))
        hover = _hover(spot.label, spot.detail)
        for i in range(nx):
            for j in range(ny):
                xs.append(round(spot.x + spot.w * (i + 0.5) / nx, 1))
                ys.append(round(spot.y + spot.h * (j + 0.5) / ny, 1))
                data.append([spot.kind, spot.id, spot.ref])
                texts.append(hover)
    invisible = {"opacity": 0}
    return {
        "type": "scatter", "mode": "markers", "x": xs, "y": ys, "customdata": data, "text": texts,
        "hovertemplate": "%{text}<extra></extra>", "name": "hotspots", "showlegend": False,
        "marker": {"size": HOTSPOT_PX, "symbol": "square", "color": "rgba(0,0,0,0)", "opacity": 0},
        "selected": {"marker": invisible}, "unselected": {"marker": invisible},
    }


def figure(scene: Scene, highlight: set[str] | None = None, selected: str | None = None,
           display_width: int = 1100) -> dict:
    """The scene as a Plotly figure dict shown ``display_width`` px wide.

    ``highlight`` (refs) keeps those elements in full colour and fades every other element;
    ``selected`` gets an outline in the accent colour.
    """
    scale = display_width / scene.width
    plotly = _Plotly(scale, highlight)
    plotly.draw(scene)
    shapes, texts, images = plotly.shapes, plotly.texts, plotly.images
    spot = scene.hotspot(selected) if selected else None
    if spot is not None:
        outline = Rect(spot.x - 5, spot.y - 5, spot.w + 10, spot.h + 10, stroke=scene.accent, stroke_width=5, radius=14)
        shapes.append(_rect(outline, scale, 1.0))
    height = round(display_width * scene.height / scene.width)
    return {
        "data": [_text_trace(texts, scale), _hotspot_trace(scene, scale)],
        "layout": {
            "width": display_width, "height": height, "autosize": False,
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0, "pad": 0},
            "paper_bgcolor": scene.background, "plot_bgcolor": scene.background,
            "xaxis": {"range": [0, scene.width], "visible": False, "fixedrange": True},
            "yaxis": {"range": [scene.height, 0], "visible": False, "fixedrange": True},
            "shapes": shapes, "images": images,
            "hovermode": "closest", "dragmode": False, "showlegend": False,
            "hoverlabel": {"font": {"family": f"{FAMILY}, sans-serif", "size": 15}, "align": "left"},
            "font": {"family": f"{FAMILY}, sans-serif"},
        },
    }


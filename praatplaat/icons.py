"""Line pictograms as scene primitives, drawn on a 24×24 grid with one stroke width.

Curves are polylines, so every renderer (Plotly, Pillow, SVG, PDF) draws exactly the same shape.
"""

from __future__ import annotations

import math

from .scene import Circle, Path

Shape = tuple  # ("line", points, closed) | ("circle", cx, cy, r)


def _arc(cx: float, cy: float, r: float, start: float, end: float, n: int = 10) -> list[tuple[float, float]]:
    """Points along a circular arc; angles in degrees, 0 = east, counter-clockwise on screen."""
    return [
        (cx + r * math.cos(math.radians(start + (end - start) * i / n)),
         cy - r * math.sin(math.radians(start + (end - start) * i / n)))
        for i in range(n + 1)
    ]


def _rounded(x: float, y: float, w: float, h: float, r: float) -> list[tuple[float, float]]:
    return (
        _arc(x + w - r, y + r, r, 0, 90, 4)
        + _arc(x + r, y + r, r, 90, 180, 4)
        + _arc(x + r, y + h - r, r, 180, 270, 4)
        + _arc(x + w - r, y + h - r, r, 270, 360, 4)
    )


def _line(*points, closed: bool = False) -> Shape:
    return ("line", list(points), closed)


_ENVELOPE = [_line((3, 6), (21, 6), (21, 18), (3, 18), closed=True), _line((3, 6), (12, 13), (21, 6))]

ICONS: dict[str, list[Shape]] = {
    # channels
    "online": [_line((3, 4), (21, 4), (21, 16), (3, 16), closed=True), _line((12, 16), (12, 20)),
               _line((8, 20), (16, 20))],
    "email": _ENVELOPE,
    "chat": [("line", _rounded(3, 4, 18, 12, 3), True), _line((8, 16), (6, 21), (12, 16)),
             ("circle", 8, 10, 0.6), ("circle", 12, 10, 0.6), ("circle", 16, 10, 0.6)],
    "sociale-media": [("circle", 18, 5, 2.5), ("circle", 6, 12, 2.5), ("circle", 18, 19, 2.5),
                      _line((8.2, 10.8), (15.8, 6.2)), _line((8.2, 13.2), (15.8, 17.8))],
    "telefoon": [_line((6, 3), (10, 3), (11, 8), (8.5, 9.5), (14.5, 15.5), (16, 13), (21, 14), (21, 18),
                       (19, 20), (12, 18), (6, 12), (4, 5), closed=True)],
    "video": [_line((2, 7), (15, 7), (15, 17), (2, 17), closed=True), _line((15, 11), (22, 7), (22, 17), (15, 13))],
    "balie": [("circle", 12, 6, 3), _line((6, 15), (6.5, 12), (9, 10.5), (15, 10.5), (17.5, 12), (18, 15)),
              _line((2, 15), (22, 15), (22, 21), (2, 21), closed=True)],
    "thuis": [_line((3, 11), (12, 3), (21, 11)), _line((5, 9.5), (5, 21), (19, 21), (19, 9.5)),
              _line((10, 21), (10, 15), (14, 15), (14, 21))],
    "post": [_line((5, 2), (15, 2), (19, 6), (19, 22), (5, 22), closed=True), _line((15, 2), (15, 6), (19, 6)),
             _line((8, 11), (16, 11)), _line((8, 15), (16, 15)), _line((8, 19), (13, 19))],
    # principles
    "hart": [_line(*(_arc(7.5, 8.5, 4.5, 200, 0, 10) + _arc(16.5, 8.5, 4.5, 180, -20, 10) + [(12, 20.5)]),
                   closed=True)],
    "hand": [_line((4, 13), (9, 18), (18, 18), (21, 14), (12, 14), (9, 11), (4, 11), closed=False),
             _line((12, 14), (15, 14)), ("circle", 14, 6, 3)],
    "mens": [("circle", 12, 6, 3.5), _line(*_arc(12, 21, 7, 0, 180, 10))],
    "mensen": [("circle", 9, 7, 3), _line(*_arc(9, 20, 6, 0, 180, 10)), ("circle", 17, 8, 2.5),
               _line(*_arc(17, 20, 5, 0, 90, 5))],
    "oog": [_line(*(_arc(12, 20, 12, 42, 138, 8) + _arc(12, 4, 12, 222, 318, 8)), closed=True), ("circle", 12, 12, 3)],
    "ster": [_line(*[(12 + (9.5 if i % 2 == 0 else 4) * math.sin(math.radians(36 * i)),
                      12.5 - (9.5 if i % 2 == 0 else 4) * math.cos(math.radians(36 * i))) for i in range(10)],
                   closed=True)],
    "schild": [_line((12, 2), (20, 5), (20, 11), (17, 17), (12, 21), (7, 17), (4, 11), (4, 5), closed=True),
               _line((8.5, 11.5), (11, 14), (15.5, 9))],
    "sleutel": [("circle", 7, 12, 4), _line((11, 12), (21, 12), (21, 16)), _line((17, 12), (17, 15))],
    "lamp": [_line(*_arc(12, 9, 6, -40, 220, 12)), _line((9, 18), (15, 18)), _line((10, 21), (14, 21)),
             _line((7.4, 12.9), (9, 15), (9, 18)), _line((16.6, 12.9), (15, 15), (15, 18))],
    "kompas": [("circle", 12, 12, 9), _line((15, 9), (13, 13), (9, 15), (11, 11), closed=True)],
    "weegschaal": [_line((12, 3), (12, 21)), _line((8, 21), (16, 21)), _line((4, 6), (20, 6)),
                   _line((4, 6), (1.5, 13), (6.5, 13), closed=True),
                   _line((20, 6), (17.5, 13), (22.5, 13), closed=True)],
    "klok": [("circle", 12, 12, 9), _line((12, 6.5), (12, 12), (16, 14))],
    "check": [("circle", 12, 12, 9), _line((7.5, 12.5), (10.5, 15.5), (16.5, 9))],
    "praat": [("line", _rounded(2, 3, 14, 10, 2.5), True), _line((6, 13), (5, 17), (9, 13)),
              _line((18, 8), (22, 8), (22, 17), (19, 17), (19, 20), (16, 17), (11, 17), (11, 15))],
    "boek": [_line((12, 6), (12, 20)), _line((12, 6), (8, 4), (2, 4), (2, 18), (8, 18), (12, 20)),
             _line((12, 6), (16, 4), (22, 4), (22, 18), (16, 18), (12, 20))],
    "huis": [_line((3, 11), (12, 3), (21, 11)), _line((5, 9.5), (5, 21), (19, 21), (19, 9.5))],
}


def icon(name: str, x: float, y: float, size: float, color: str, ref: str | None = None) -> list:
    """Primitives drawing pictogram ``name`` in the square (x, y, size, size)."""
    k = size / 24
    width = max(1.0, 1.8 * k)
    out: list = []
    for shape in ICONS.get(name, ICONS["check"]):
        if shape[0] == "circle":
            _, cx, cy, r = shape
            filled = r < 1
            out.append(Circle(x + cx * k, y + cy * k, max(r, 0.9) * k, fill=color if filled else None,
                              stroke=None if filled else color, stroke_width=0 if filled else width, ref=ref))
        else:
            _, points, closed = shape
            out.append(Path([(x + px * k, y + py * k) for px, py in points], closed=closed, stroke=color,
                            stroke_width=width, ref=ref))
    return out

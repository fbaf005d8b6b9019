"""The renderer-neutral scene: what every output (Plotly, PNG, SVG, PDF, HTML) draws.

Coordinates are design pixels with the origin top-left and y downwards; a scene is 1920 wide
and as high as its aspect ratio asks (1080 for 16:9). Renderers only scale. Every primitive may
carry ``ref`` = "kind:id" of the model element it belongs to, so renderers can group, highlight
and fade by element. Hotspots are the clickable areas, one per model element.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import baseline_offset

DASH = (4.0, 3.0)  # dash and gap length of a dashed Path, in multiples of its stroke width


@dataclass(slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0
    ref: str | None = None


@dataclass(slots=True)
class Path:
    """A polyline, or a polygon when closed; ``dash`` draws it dashed."""

    points: list[tuple[float, float]]
    closed: bool = False
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    dash: bool = False
    ref: str | None = None


@dataclass(slots=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0
    ref: str | None = None


@dataclass(slots=True)
class Text:
    """Pre-wrapped lines; (x, y) is the top-left of the block (top-centre when anchor='middle').

    ``size`` is the font size in design px, ``line_height`` the distance between baselines.
    ``full`` holds the untruncated text when lines were shortened with an ellipsis; ``box``
    (x, y, w, h) is the area the layout promised the text stays inside.
    """

    x: float
    y: float
    lines: list[str]
    size: float
    color: str
    bold: bool = False
    line_height: float = 0.0
    anchor: str = "start"
    full: str | None = None
    box: tuple[float, float, float, float] | None = None
    ref: str | None = None

    def __post_init__(self) -> None:
        if not self.line_height:
            self.line_height = round(self.size * 1.3, 2)

    def baselines(self) -> list[float]:
        """The baseline y of each line: the same numbers for every renderer."""
        first = self.y + baseline_offset(self.size, self.line_height)
        return [first + i * self.line_height for i in range(len(self.lines))]

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


@dataclass(slots=True)
class Image:
    """A raster image (PNG/JPEG bytes), e.g. the organisation's logo, fitted inside the box."""

    x: float
    y: float
    w: float
    h: float
    data: bytes
    mime: str = "image/png"
    ref: str | None = None


@dataclass(slots=True)
class Hotspot:
    """A clickable area standing for one model element.

    ``kind`` is one of principe, kanaal, stap, klantreis, verhaal, agenda, visie, fundament,
    doelgroep; ``id`` the element's id (steps: "<journey id>/<n>", 1-based). ``links`` are the
    refs ("kind:id") of elements linked to it (a principle -> its steps, quotes, agenda items).
    """

    kind: str
    id: str
    x: float
    y: float
    w: float
    h: float
    label: str
    detail: str = ""
    links: list[str] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.kind}:{self.id}"


Primitive = Rect | Path | Circle | Text | Image


@dataclass
class Scene:
    """One laid-out picture: primitives in paint order plus hotspots in reading order."""

    width: float
    height: float
    background: str
    view: str
    title: str
    lang: str = "nl"
    accent: str = "#F39200"  # the house style's accent, for selection outlines
    items: list[Primitive] = field(default_factory=list)
    hotspots: list[Hotspot] = field(default_factory=list)

    def add(self, *items: Primitive) -> None:
        self.items.extend(items)

    def texts(self) -> list[Text]:
        return [i for i in self.items if isinstance(i, Text)]

    def hotspot(self, ref: str) -> Hotspot | None:
        return next((h for h in self.hotspots if h.ref == ref), None)

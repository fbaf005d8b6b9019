"""The renderer-neutral scene: what every output (Plotly, PNG, SVG, PDF, HTML) draws.

Coordinates are design pixels with the origin top-left and y downwards; a scene is 1920 wide
and as high as its aspect ratio asks (1080 for 16:9). Renderers only scale. Every primitive may
carry ``ref`` = "kind:id" of the model element it belongs to (see praatplaat.ref). A scene's
paint order is a sequence of groups (``Scene.groups``): each element's primitives are drawn
together, in exactly one group, so every output has one group with one title per element;
``Scene.add`` refuses a primitive of an element whose group is already closed. Hotspots are the
clickable areas, one per model element.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import baseline_offset
from .ref import Ref

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
    (x, y, w, h) is the area the layout promised the text stays inside; ``field`` names the model
    field of element ``ref`` the text shows (e.g. 'uitleg'; 'titel' for the vision's title).
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
    field: str | None = None

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
        return str(Ref(self.kind, self.id))


Primitive = Rect | Path | Circle | Text | Image


class SceneError(ValueError):
    """A layout drew an element in two places (its primitives would form two groups)."""


@dataclass(slots=True)
class Group:
    """A run of primitives in paint order: one element's (``ref``), or unowned ones (``ref`` None)."""

    ref: str | None
    items: list[Primitive]


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
    _closed: set[str] = field(default_factory=set, repr=False, compare=False)

    def add(self, *items: Primitive) -> None:
        """Append primitives in paint order; an element's primitives must follow each other."""
        last = self.items[-1].ref if self.items else None
        for item in items:
            ref = item.ref
            if ref != last:
                if ref is not None and ref in self._closed:
                    raise SceneError(f"{ref} is drawn in two places")
                if last is not None:
                    self._closed.add(last)
                last = ref
            self.items.append(item)

    def groups(self) -> list[Group]:
        """The primitives as groups in paint order, one per element ref.

        Scenes built with ``add`` already hold each element's primitives together; for a scene whose
        ``items`` were assembled by hand, later primitives of an element join its first group.
        """
        out: list[Group] = []
        by_ref: dict[str, Group] = {}
        for item in self.items:
            ref = item.ref
            if out and out[-1].ref == ref:
                out[-1].items.append(item)
            elif ref is not None and ref in by_ref:
                by_ref[ref].items.append(item)
            else:
                out.append(Group(ref, [item]))
                if ref is not None:
                    by_ref[ref] = out[-1]
        return out

    def texts(self) -> list[Text]:
        return [i for i in self.items if isinstance(i, Text)]

    def hotspot(self, ref: str) -> Hotspot | None:
        return next((h for h in self.hotspots if h.ref == ref), None)

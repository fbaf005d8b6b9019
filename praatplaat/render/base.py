"""The renderer contract: every output draws a Scene through the same five primitives and groups.

Like matplotlib's ``RendererBase`` with ``open_group``/``close_group``: ``draw`` walks the scene's
groups in paint order, calls ``begin_group(ref, title)`` before an element's primitives and
``end_group()`` after them, and one method per primitive type. PNG, SVG and Plotly implement it;
the HTML export and the tagged PDF (render/pdf.py, through WeasyPrint) reuse the SVG renderer.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from ..scene import Circle, Hotspot, Image, Path, Rect, Scene, Text


def group_title(spot: Hotspot | None) -> str:
    """The title of an element's group: its hotspot's label, then its detail."""
    if spot is None:
        return ""
    return f"{spot.label}\n{spot.detail}" if spot.detail else spot.label


class Renderer(ABC):
    """Base of all renderers: ``draw(scene)`` dispatches each primitive to its method, in groups."""

    def draw(self, scene: Scene) -> None:
        spots = {h.ref: h for h in scene.hotspots}
        for group in scene.groups():
            if group.ref is not None:
                self.begin_group(group.ref, group_title(spots.get(group.ref)))
            for item in group.items:
                self.draw_item(item)
            if group.ref is not None:
                self.end_group()

    def draw_item(self, item) -> None:
        getattr(self, _METHOD[type(item)])(item)

    def begin_group(self, ref: str, title: str) -> None:  # noqa: B027 - optional hook
        """Start the primitives of element ``ref`` (titled ``title``); nothing by default."""

    def end_group(self) -> None:  # noqa: B027 - optional hook
        """End the current element's primitives; nothing by default."""

    @abstractmethod
    def rect(self, r: Rect) -> None: ...

    @abstractmethod
    def path(self, p: Path) -> None: ...

    @abstractmethod
    def circle(self, c: Circle) -> None: ...

    @abstractmethod
    def text(self, t: Text) -> None: ...

    @abstractmethod
    def image(self, im: Image) -> None: ...


_METHOD = {Rect: "rect", Path: "path", Circle: "circle", Text: "text", Image: "image"}

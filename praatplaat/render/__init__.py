"""Thin renderers of a Scene: each draws exactly the primitives it is given, only scaled."""

from __future__ import annotations


class Painter:
    """Base of renderers that draw primitives one by one: ``paint`` calls the method named after
    each primitive's type (``rect``, ``path``, ``circle``, ``text``, ``image``), in paint order."""

    def paint(self, items: list) -> None:
        for item in items:
            getattr(self, type(item).__name__.lower())(item)

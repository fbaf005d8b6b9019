"""View 'huis' (placeholder)."""

from __future__ import annotations

from ..scene import Scene
from .common import Ctx


def layout(vision, width: float, height: float, lang: str = "nl", logo: bytes | None = None, **_) -> Scene:
    ctx = Ctx.start(vision, "huis", width, height, lang)
    ctx.header(logo)
    return ctx.scene

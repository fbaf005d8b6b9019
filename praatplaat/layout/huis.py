"""View 'huis': the vision as a house, large, with explanations and examples on the pillars."""

from __future__ import annotations

from ..scene import Scene
from .common import GAP, MARGIN, Ctx
from .house import draw_house


def layout(vision, width: float, height: float, lang: str = "nl", logo: bytes | None = None, **_) -> Scene:
    ctx = Ctx.start(vision, "huis", width, height, lang)
    top = ctx.header(logo) + GAP
    house_w = min(width - 2 * MARGIN, 1560)
    draw_house(ctx, (width - house_w) / 2, top, house_w, height - MARGIN - top, rich=True)
    return ctx.scene

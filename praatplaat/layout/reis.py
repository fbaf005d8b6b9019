"""View 'reis': one journey step by step, with its experience curve and a card per step."""

from __future__ import annotations

import math

from ..fonts import measure
from ..links import step_id
from ..scene import Path, Rect, Scene
from ..theme import readable_on
from .common import DETAIL, GAP, LABEL, MARGIN, MIN, NAME, RADIUS, Ctx, step_detail

PER_ROW = 8


class UnknownJourney(ValueError):
    """The asked journey id is not in the vision."""


def layout(vision, width: float, height: float, lang: str = "nl", logo: bytes | None = None,
           journey: str | None = None, **_) -> Scene:
    ctx = Ctx.start(vision, "reis", width, height, lang)
    top = ctx.header(logo) + GAP
    bottom = height - MARGIN
    if not vision.klantreizen:
        ctx.empty_state(MARGIN, top, width - 2 * MARGIN, bottom - top, ctx.w("geen_reizen"),
                        ctx.w("geen_reizen_hint"), "mensen")
        return ctx.scene
    reis = _pick(vision, journey)
    t = ctx.theme
    inner = width - 2 * MARGIN
    # Title line: journey name, target group and number of steps.
    jref = f"klantreis:{reis.id}"
    groups = {d.id: d.naam for d in vision.doelgroepen}
    f = ctx.text(reis.naam, MARGIN, top, inner * 0.6, 40, 32, LABEL, bold=True, color=t.heading, ref=jref,
                 max_lines=1)
    sub = " · ".join(x for x in (groups.get(reis.doelgroep or ""), ctx.w("stappen", n=len(reis.stappen))) if x)
    ctx.text(sub, MARGIN, top + f.height + 2, inner * 0.6, 24, NAME, MIN, color=t.muted, ref=jref, max_lines=1)
    ctx.hotspot("klantreis", reis.id, MARGIN, top, inner * 0.6, f.height + 26, reis.naam, sub)
    _legend(ctx, width - MARGIN, top + 4)
    top += f.height + 26 + 16
    steps = reis.stappen
    rows = math.ceil(len(steps) / PER_ROW)
    per_row = math.ceil(len(steps) / rows)
    card_w = (inner - (per_row - 1) * CARD_GAP) / per_row
    # The cards take what they need (up to what leaves the curve 170 px); the curve gets the rest.
    card_room = (bottom - top - 170 - GAP - (rows - 1) * CARD_GAP) / rows
    card_h = _card_height(ctx, reis, card_w, card_room)
    curve_h = min(480.0, bottom - top - GAP - rows * card_h - (rows - 1) * CARD_GAP)
    if rows == 1:  # each point on the curve straight above its card
        xs = [MARGIN + i * (card_w + CARD_GAP) + card_w / 2 for i in range(len(steps))]
    else:
        x0, x1 = MARGIN + AXIS_W + 20, width - MARGIN - 30
        xs = [x0 + (x1 - x0) * i / (len(steps) - 1) for i in range(len(steps))]
    _curve(ctx, reis, xs, MARGIN, top, inner, curve_h)
    _cards(ctx, reis, xs if rows == 1 else None, MARGIN, top + curve_h + GAP, card_w, card_h, per_row, top)
    return ctx.scene


AXIS_W = 56
CARD_GAP = 16


def _legend(ctx: Ctx, right: float, y: float) -> None:
    """The five beleving levels, with marks and words, right-aligned."""
    t = ctx.theme
    words = [(v, ctx.beleving_word(v)) for v in (-2, -1, 0, 1, 2)]
    total = sum(30 + measure(wd, DETAIL) + 18 for _, wd in words)
    x = right - total
    for value, word in words:
        ctx.beleving_dot(x + 11, y + 12, 11, value)
        ww = measure(word, DETAIL) + 4
        ctx.text(word, x + 28, y + 12 - DETAIL * 0.65, ww, DETAIL * 1.3, DETAIL, DETAIL, color=t.muted, max_lines=1)
        x += 30 + ww + 14


def _pick(vision, journey: str | None):
    if journey is None:
        return vision.klantreizen[0]
    for reis in vision.klantreizen:
        if journey in (reis.id, reis.naam):
            return reis
    raise UnknownJourney(journey)


def _curve(ctx: Ctx, reis, xs: list[float], x: float, y: float, w: float, h: float) -> None:
    """The experience curve from very negative (bottom) to very positive (top)."""
    t = ctx.theme
    ctx.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=RADIUS))
    top, bottom = y + 24, y + h - 40
    row = (bottom - top) / 4

    def level_y(value: int) -> float:
        return bottom - (value + 2) * row

    for value in (2, 1, 0, -1, -2):
        ly = level_y(value)
        ctx.scene.add(Rect(x + AXIS_W, ly - 0.75, w - AXIS_W - 16, 1.5, fill=t.panel_line))
        ctx.beleving_dot(x + 28, ly, 10, value)
    steps = reis.stappen
    spacing = (xs[1] - xs[0]) if len(xs) > 1 else w
    known = [(px, level_y(s.beleving)) for px, s in zip(xs, steps, strict=True) if s.beleving is not None]
    if len(known) > 1:
        ctx.scene.add(Path(known, stroke=t.primary, stroke_width=3, ref=f"klantreis:{reis.id}"))
    r = 15 if spacing >= 44 else 11
    for i, (px, s) in enumerate(zip(xs, steps, strict=True)):
        sref = f"stap:{step_id(reis.id, i)}"
        py = level_y(s.beleving) if s.beleving is not None else level_y(0)
        ctx.beleving_dot(px, py, r, s.beleving, sref)
        ctx.text(str(i + 1), px - 20, bottom + 12, 40, 22, 16, MIN, bold=True, color=t.muted, ref=sref,
                 anchor="middle", max_lines=1)


def _card_height(ctx: Ctx, reis, card_w: float, room: float) -> float:
    """Common card height: what the fullest card needs, at most ``room`` (measured by a trial layout)."""
    mark = len(ctx.scene.items)
    needed = max(_card(ctx, reis, i, 0, 0, card_w, room) for i in range(len(reis.stappen))) + 14
    del ctx.scene.items[mark:]
    return min(room, needed)


def _cards(ctx: Ctx, reis, xs: list[float] | None, x: float, y: float, card_w: float, card_h: float,
           per_row: int, curve_top: float) -> None:
    """A card per step, in rows of ``per_row``; in a single row each step's hotspot spans card and curve."""
    t = ctx.theme
    for i in range(len(reis.stappen)):
        r, c = divmod(i, per_row)
        cx, cy = x + c * (card_w + CARD_GAP), y + r * (card_h + CARD_GAP)
        sref = f"stap:{step_id(reis.id, i)}"
        if xs is not None:  # a short stem from the curve's panel down to the card
            ctx.scene.add(Rect(xs[i] - 1, y - GAP, 2, GAP, fill=t.panel_line, ref=sref))
        _card(ctx, reis, i, cx, cy, card_w, card_h)
        s = reis.stappen[i]
        top = curve_top if xs is not None else cy
        ctx.hotspot("stap", step_id(reis.id, i), cx, top, card_w, cy + card_h - top, s.naam, step_detail(ctx, s))


def _card(ctx: Ctx, reis, i: int, cx: float, cy: float, card_w: float, card_h: float) -> float:
    """Draw the card of step i; returns the height its content used."""
    t = ctx.theme
    s = reis.stappen[i]
    kanalen = {k.id: k for k in ctx.vision.kanalen}
    principes = {p.id: p.naam for p in ctx.vision.principes}
    sref = f"stap:{step_id(reis.id, i)}"
    ctx.scene.add(Rect(cx, cy, card_w, card_h, fill=t.card, stroke=t.card_line, stroke_width=1.5, radius=12,
                       ref=sref))
    pad = 14 if card_w > 160 else 10
    inner_w = card_w - 2 * pad
    bottom = cy + card_h - pad
    ctx.scene.add(Rect(cx + pad, cy + pad, 34, 30, fill=t.primary, radius=8, ref=sref))
    ctx.text(str(i + 1), cx + pad, cy + pad + 3, 34, 24, 17, MIN, bold=True, color=readable_on(t.primary), ref=sref,
             anchor="middle", max_lines=1)
    ty = cy + pad + 40
    f = ctx.text(s.naam, cx + pad, ty, inner_w, min(bottom - ty, NAME * 1.25 * 3), NAME + 1, 15, bold=True,
                 ref=sref, leading=1.25)
    ty += f.height + 8
    k = kanalen.get(s.kanaal or "")
    if k and bottom - ty >= 26:
        ctx.icon(k.soort, cx + pad, ty, 22, t.primary, sref)
        ctx.text(k.naam, cx + pad + 30, ty + 1, inner_w - 30, 22, DETAIL + 1, MIN, ref=sref, max_lines=1)
        ty += 30
    for p in s.principes:
        if bottom - ty < DETAIL * 1.3:
            break
        pf = ctx.text(f"• {principes.get(p, p)}", cx + pad, ty, inner_w, min(bottom - ty, DETAIL * 1.3 * 2), DETAIL,
                      MIN, bold=True, color=readable_on(t.card, t.primary), ref=sref)
        ty += pf.height + 2
    if s.toelichting and bottom - ty - 6 >= MIN * 1.3:
        tf = ctx.text(s.toelichting, cx + pad, ty + 6, inner_w, bottom - ty - 6, DETAIL + 1, MIN,
                      color=readable_on(t.card, t.muted), ref=sref)
        ty += 6 + tf.height
    return ty - cy

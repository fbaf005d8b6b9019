"""View 'reis': one journey step by step, with its experience curve and a card per step."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..fonts import measure
from ..metrics import LEADING, LEADING_TIGHT
from ..ref import Ref, step_id
from ..scene import Path, Rect, Scene, Text
from ..textfit import Fit, fit
from ..theme import readable_on
from .common import DETAIL, GAP, LABEL, MARGIN, MIN, NAME, RADIUS, Ctx

PER_ROW = 8
PER_ROW_PORTRAIT = 3


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
    if not reis.stappen:  # a journey just begun
        ctx.empty_state(MARGIN, top, width - 2 * MARGIN, bottom - top, reis.naam, ctx.w("leeg_stappen_hint"), "mensen")
        ctx.hotspot("klantreis", reis.id, MARGIN, top, width - 2 * MARGIN, bottom - top)
        return ctx.scene
    t = ctx.theme
    inner = width - 2 * MARGIN
    # Title line: journey name, target group and number of steps (measured; drawn with the curve).
    groups = {d.id: d.naam for d in vision.doelgroepen}
    name = fit(reis.naam, inner * 0.6, 40, 32, LABEL, True, max_lines=1)
    sub = " · ".join(x for x in (groups.get(reis.doelgroep or ""), ctx.w("stappen", n=len(reis.stappen))) if x)
    title_y, title_h = top, name.height + 26
    _legend(ctx, width - MARGIN, top + 4, unknown=any(s.beleving is None for s in reis.stappen))
    top += title_h + 16
    steps = reis.stappen
    rows = math.ceil(len(steps) / (PER_ROW if width > height else PER_ROW_PORTRAIT))
    per_row = math.ceil(len(steps) / rows)
    card_w = (inner - (per_row - 1) * CARD_GAP) / per_row
    # The cards take what they need (up to what leaves the curve 170 px); the curve gets the rest.
    card_room = (bottom - top - 170 - GAP - (rows - 1) * CARD_GAP) / rows
    card_h = min(card_room, max(_card_plan(ctx, reis, i, card_w, card_room).height for i in range(len(steps))) + 14)
    curve_h = min(480.0, bottom - top - GAP - rows * card_h - (rows - 1) * CARD_GAP)
    if rows == 1:  # each point on the curve straight above its card
        xs = [MARGIN + i * (card_w + CARD_GAP) + card_w / 2 for i in range(len(steps))]
    else:
        x0, x1 = MARGIN + AXIS_W + 20, width - MARGIN - 30
        xs = [x0 + (x1 - x0) * i / (len(steps) - 1) for i in range(len(steps))]
    level_y = _curve_panel(ctx, MARGIN, top, inner, curve_h)
    # The journey's group: its curve, title and subtitle; then one group per step (dot, number, card).
    jref = str(Ref("klantreis", reis.id))
    known = [(px, level_y(s.beleving)) for px, s in zip(xs, steps, strict=True) if s.beleving is not None]
    if len(known) > 1:
        ctx.scene.add(Path(known, stroke=t.primary, stroke_width=3, ref=jref))
    f = ctx.text(reis.naam, MARGIN, title_y, inner * 0.6, 40, 32, LABEL, bold=True, color=t.heading, ref=jref,
                 max_lines=1, field="naam")
    ctx.text(sub, MARGIN, title_y + f.height + 2, inner * 0.6, 24, NAME, MIN, color=t.muted, ref=jref, max_lines=1,
             field="doelgroep")
    ctx.hotspot("klantreis", reis.id, MARGIN, title_y, inner * 0.6, title_h)
    card_y = top + curve_h + GAP
    spacing = (xs[1] - xs[0]) if len(xs) > 1 else inner
    for i, (px, s) in enumerate(zip(xs, steps, strict=True)):
        sref = str(Ref.step(reis.id, i))
        py = level_y(s.beleving) if s.beleving is not None else level_y(0)
        ctx.beleving_dot(px, py, 15 if spacing >= 44 else 11, s.beleving, sref)
        ctx.text(str(i + 1), px - 20, level_y(-2) + 12, 40, 22, 16, MIN, bold=True, color=t.muted, ref=sref,
                 anchor="middle", max_lines=1)
        r, c = divmod(i, per_row)
        cx, cy = MARGIN + c * (card_w + CARD_GAP), card_y + r * (card_h + CARD_GAP)
        if rows == 1:  # a short stem from the curve's panel down to the card
            ctx.scene.add(Rect(px - 1, card_y - GAP, 2, GAP, fill=t.panel_line, ref=sref))
        _draw_card(ctx, _card_plan(ctx, reis, i, card_w, card_h), cx, cy, card_w, card_h, sref)
        spot_top = top if rows == 1 else cy  # in a single row each step's hotspot spans card and curve
        ctx.hotspot("stap", step_id(reis.id, i), cx, spot_top, card_w, cy + card_h - spot_top)
    return ctx.scene


AXIS_W = 56
CARD_GAP = 16


def _legend(ctx: Ctx, right: float, y: float, unknown: bool = False) -> None:
    """The five beleving levels, with marks and words, right-aligned."""
    t = ctx.theme
    words = [(v, ctx.beleving_word(v)) for v in (-2, -1, 0, 1, 2)]
    if unknown:  # a step without beleving has its own mark, explained here
        words.append((None, ctx.w("beleving_onbekend")))
    total = sum(30 + measure(wd, DETAIL) + 18 for _, wd in words)
    x = right - total
    for value, word in words:
        ctx.beleving_dot(x + 11, y + 12, 11, value)
        ww = measure(word, DETAIL) + 4
        ctx.text(word, x + 28, y + 12 - DETAIL * 0.65, ww, DETAIL * LEADING, DETAIL, DETAIL, color=t.muted, max_lines=1)
        x += 30 + ww + 14


def _pick(vision, journey: str | None):
    if journey is None:
        return vision.klantreizen[0]
    for reis in vision.klantreizen:
        if journey in (reis.id, reis.naam):
            return reis
    raise UnknownJourney(journey)


def _curve_panel(ctx: Ctx, x: float, y: float, w: float, h: float):
    """The curve's panel and its five levels, very negative (bottom) to very positive (top);
    returns the function from a beleving value to its y."""
    t = ctx.theme
    ctx.scene.add(Rect(x, y, w, h, fill=t.panel, stroke=t.panel_line, stroke_width=1.5, radius=t.corner(RADIUS)))
    top, bottom = y + 24, y + h - 40
    row = (bottom - top) / 4

    def level_y(value: int) -> float:
        return bottom - (value + 2) * row

    for value in (2, 1, 0, -1, -2):
        ly = level_y(value)
        ctx.scene.add(Rect(x + AXIS_W, ly - 0.75, w - AXIS_W - 16, 1.5, fill=t.panel_line))
        ctx.beleving_dot(x + 28, ly, 10, value)
    return level_y


@dataclass
class _Part:
    """One text of a card: where it goes (relative to the card's top-left) and how it was fitted."""

    kind: str  # number, name, channel, principle, note
    text: str
    dx: float
    dy: float
    w: float
    h: float
    fit: Fit


@dataclass
class _CardPlan:
    pad: float
    parts: list[_Part]
    icon: str | None  # the channel's pictogram
    height: float  # what the content uses


def _card_plan(ctx: Ctx, reis, i: int, card_w: float, card_h: float) -> _CardPlan:
    """Measure the card of step i in a card_w × card_h card: what goes where (nothing is drawn)."""
    s = reis.stappen[i]
    kanalen = {k.id: k for k in ctx.vision.kanalen}
    principes = {p.id: p.naam for p in ctx.vision.principes}
    pad = 14 if card_w > 160 else 10
    inner_w = card_w - 2 * pad
    bottom = card_h - pad
    parts = [_Part("number", str(i + 1), pad, pad + 3, 34, 24, fit(str(i + 1), 34, 24, 17, MIN, True, max_lines=1))]
    ty = pad + 40
    name_h = min(bottom - ty, NAME * LEADING_TIGHT * 3)
    f = fit(s.naam, inner_w, name_h, NAME + 1, 15, True, LEADING_TIGHT)
    parts.append(_Part("name", s.naam, pad, ty, inner_w, name_h, f))
    ty += f.height + 8
    k = kanalen.get(s.kanaal or "")
    pictogram = None
    if k and bottom - ty >= 26:
        pictogram = k.soort
        parts.append(_Part("channel", k.naam, pad + 30, ty + 1, inner_w - 30, 22,
                           fit(k.naam, inner_w - 30, 22, DETAIL + 1, MIN, max_lines=1)))
        ty += 30
    for p in s.principes:
        if bottom - ty < DETAIL * LEADING:
            break
        text, h = f"• {principes.get(p, p)}", min(bottom - ty, DETAIL * LEADING * 2)
        pf = fit(text, inner_w, h, DETAIL, MIN, True)
        parts.append(_Part("principle", text, pad, ty, inner_w, h, pf))
        ty += pf.height + 2
    if s.toelichting and bottom - ty - 6 >= MIN * LEADING:
        h = bottom - ty - 6
        tf = fit(s.toelichting, inner_w, h, DETAIL + 1, MIN)
        parts.append(_Part("note", s.toelichting, pad, ty + 6, inner_w, h, tf))
        ty += 6 + tf.height
    return _CardPlan(pad, parts, pictogram, ty)


_FIELD = {"number": None, "name": "naam", "channel": "kanaal", "principle": "principes", "note": "toelichting"}


def _draw_card(ctx: Ctx, plan: _CardPlan, cx: float, cy: float, card_w: float, card_h: float, ref: str) -> None:
    """Draw a measured card at (cx, cy)."""
    t = ctx.theme
    ctx.scene.add(Rect(cx, cy, card_w, card_h, fill=t.card, stroke=t.card_line, stroke_width=1.5,
                       radius=t.corner(12), ref=ref))
    pad = plan.pad
    ctx.scene.add(Rect(cx + pad, cy + pad, 34, 30, fill=t.primary, radius=8, ref=ref))
    colours = {"number": readable_on(t.primary), "name": t.text, "channel": t.text,
               "principle": readable_on(t.card, t.primary), "note": readable_on(t.card, t.muted)}
    for part in plan.parts:
        if part.kind == "channel" and plan.icon:
            ctx.icon(plan.icon, cx + pad, cy + part.dy - 1, 22, t.primary, ref)
        f = part.fit
        x = cx + part.dx
        ctx.scene.add(Text(x + part.w / 2 if part.kind == "number" else x, cy + part.dy, f.lines, f.size,
                           colours[part.kind], part.kind in ("number", "name", "principle"), f.line_height,
                           "middle" if part.kind == "number" else "start", full=part.text if f.truncated else None,
                           box=(x, cy + part.dy, part.w, part.h), ref=ref, field=_FIELD[part.kind]))

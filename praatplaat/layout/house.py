"""The house: the core sentence as the roof, principles as pillars, the foundation as the base."""

from __future__ import annotations

import math

from ..scene import Path, Rect
from ..textfit import fit
from .common import DETAIL, MIN, NAME, Ctx


def draw_house(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool = False) -> None:
    """Draw the house within the box; ``rich`` also shows examples and the vision's explanation.

    A house with few or short principles does not stretch: pillars are at most PILLAR_MAX_W wide
    (wider only when that keeps the house HOUSE_MIN_W wide) and a little taller than their text
    needs, and the house is centred in the box.
    """
    v, t = ctx.vision, ctx.theme
    n = len(v.principes)
    cols = math.ceil(n / (1 if n <= 6 else 2))
    house_w = min(w, max(HOUSE_MIN_W, cols * PILLAR_MAX_W + (cols - 1) * 24 + 56))
    x, w = x + (w - house_w) / 2, house_w
    roof_h = max(120.0, min(h * (0.30 if rich else 0.27), 260.0))
    base_h = 0.0
    if v.fundament:
        base_h = max(64.0, min(h * 0.14, 120.0 if rich else 96.0))
    plinth = 14.0
    fixed = roof_h + 10 + base_h + plinth + (10 if base_h else 0)
    body_h = h - fixed
    rows = 1 if n <= 6 else 2
    pw = (w - 56 - (cols - 1) * (16 if cols > 4 else 24)) / cols
    needed = max(_pillar_needed(p, pw, rich) for p in v.principes) * rows + (rows - 1) * 16
    if body_h > needed * 1.25 + 60:
        body_h = max(needed * 1.25 + 60, 300.0) if body_h > 300 else body_h
        y += (h - fixed - body_h) / 2
    body_y = y + roof_h + 10

    _roof(ctx, x, y, w, roof_h, rich)
    _pillars(ctx, x + 28, body_y, w - 56, body_h, rich)

    by = body_y + body_h
    ctx.scene.add(Rect(x + 14, by, w - 28, plinth, fill=t.foundation, radius=4))
    if v.fundament:
        fy = by + plinth + 10
        ref = "fundament:fundament"
        ctx.scene.add(Rect(x, fy, w, base_h, fill=t.foundation, radius=12, ref=ref))
        tc = t.on_foundation
        name_f = ctx.text(v.fundament.naam, x + 24, fy + 12, w - 48, min(base_h - 20, 60), 22, 16, bold=True,
                          color=tc, ref=ref, anchor="middle", max_lines=2)
        rest = base_h - 24 - name_f.height
        if v.fundament.uitleg and rest >= DETAIL * 1.3:
            ctx.text(v.fundament.uitleg, x + 24, fy + 12 + name_f.height + 2, w - 48, rest, 16, MIN, color=tc,
                     ref=ref, anchor="middle")
        ctx.hotspot("fundament", "fundament", x, fy, w, base_h)


def _roof(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool) -> None:
    v, t = ctx.vision, ctx.theme
    ref = "visie:visie"
    ctx.scene.add(Path([(x, y + h), (x + w / 2, y), (x + w, y + h)], closed=True, fill=t.roof, ref=ref))
    # The text sits in the lower part of the triangle, in the widest rectangle that fits there.
    top = y + h * 0.36
    avail_w = w * (top - y) / h - 24
    avail_h = y + h - 12 - top
    core_h = avail_h
    explain = rich and v.visie.toelichting and avail_h > 90
    if explain:
        core_h = avail_h * 0.6
    f = ctx.text(v.visie.kern, x + (w - avail_w) / 2, top, avail_w, core_h, 30, 18, bold=True, color=t.on_primary,
                 ref=ref, anchor="middle")
    if explain:
        ty = top + f.height + 6
        bottom_w = w * (ty - y) / h - 40
        ctx.text(v.visie.toelichting, x + (w - bottom_w) / 2, ty, bottom_w, y + h - 10 - ty, 17, MIN,
                 color=t.on_primary, ref=ref, anchor="middle")
    ctx.hotspot("visie", "visie", x + w * 0.25, y + h * 0.3, w * 0.5, h * 0.7)


def _pillars(ctx: Ctx, x: float, y: float, w: float, h: float, rich: bool) -> None:
    principes = ctx.vision.principes
    n = len(principes)
    rows = 1 if n <= 6 else 2
    cols = math.ceil(n / rows)
    gap = 16 if cols > 4 else 24
    pw = (w - (cols - 1) * gap) / cols
    row_gap = 16
    ph = (h - (rows - 1) * row_gap) / rows
    # Siblings share one type size: the largest at which every pillar's text fits.
    name_max = 21 if pw > 200 else NAME + 1
    sizes = [_pillar_sizes(p, pw, ph, name_max, rich) for p in principes]
    name_size = min(s[0] for s in sizes)
    detail_size = min(s[1] for s in sizes)
    for i, p in enumerate(principes):
        r, c = divmod(i, cols)
        in_row = min(cols, n - r * cols)
        offset = (w - (in_row * pw + (in_row - 1) * gap)) / 2  # centre a shorter last row
        px, py = x + offset + c * (pw + gap), y + r * (ph + row_gap)
        _pillar(ctx, p, px, py, pw, ph, rich, name_size, detail_size)


CAP = 10
PILLAR_MAX_W = 330
HOUSE_MIN_W = 820


def _pillar_needed(p, w: float, rich: bool) -> float:
    """Height a pillar needs for its icon, name and text at full size."""
    pad = _pad(w)
    isz = 36 if w > 160 else 28
    name = fit(p.naam, w - 2 * pad, 1e4, 21 if w > 200 else NAME + 1, 15, True, 1.25).height
    detail = _detail(p, rich)
    text = fit(detail, w - 2 * pad, 1e4, 17 if rich else 16, MIN).height + 14 if detail else 0
    return CAP + pad + (isz + 10 if p.icoon else 0) + name + 10 + text + pad


def _pad(w: float) -> float:
    return 14 if w > 150 else 10


def _icon_size(p, w: float, h: float) -> float:
    return (36 if w > 160 else 28) if p.icoon and h > 170 else 0


def _detail(p, rich: bool) -> str:
    detail = p.uitleg or ""
    if rich and p.voorbeelden:
        detail = "\n".join([detail] + [f"• {e}" for e in p.voorbeelden]).strip()
    return detail


def _pillar_sizes(p, w: float, h: float, name_max: float, rich: bool) -> tuple[float, float]:
    """Name and detail sizes at which this pillar's texts fit."""
    pad = _pad(w)
    isz = _icon_size(p, w, h)
    top = CAP + pad + (isz + 10 if isz else 0)
    name_h = min(h - top - pad, name_max * 1.25 * 4)
    nf = fit(p.naam, w - 2 * pad, name_h, name_max, 15, True, 1.25)
    detail = _detail(p, rich)
    room = h - top - pad - nf.height - 14
    if not detail or room < MIN * 1.3:
        return nf.size, 99.0
    return nf.size, fit(detail, w - 2 * pad, room, 17 if rich else 16, MIN).size


def _pillar(ctx: Ctx, p, x: float, y: float, w: float, h: float, rich: bool, name_size: float,
            detail_size: float) -> None:
    t = ctx.theme
    ref = f"principe:{p.id}"
    ctx.scene.add(Rect(x - 4, y, w + 8, CAP, fill=t.foundation, radius=3, ref=ref))
    ctx.scene.add(Rect(x, y + CAP, w, h - CAP, fill=t.primary, radius=8, ref=ref))
    pad = _pad(w)
    cy = y + CAP + pad
    inner_w = w - 2 * pad
    bottom = y + h - pad
    isz = _icon_size(p, w, h)
    if isz:
        ctx.icon(p.icoon, x + (w - isz) / 2, cy, isz, t.on_primary, ref)
        cy += isz + 10
    name_h = min(bottom - cy, name_size * 1.25 * 4)
    f = ctx.text(p.naam, x + pad, cy, inner_w, name_h, name_size, name_size, bold=True, color=t.on_primary,
                 ref=ref, anchor="middle", leading=1.25)
    cy += f.height + 10
    detail = _detail(p, rich)
    size = min(detail_size, 17 if rich else 16)
    if detail and bottom - cy - 4 >= size * 1.3:
        ctx.scene.add(Rect(x + w * 0.3, cy - 6, w * 0.4, 2, fill=t.on_primary, ref=ref))
        ctx.text(detail, x + pad, cy + 4, inner_w, bottom - cy - 4, size, size, color=t.on_primary, ref=ref)
    ctx.hotspot("principe", p.id, x, y, w, h)
